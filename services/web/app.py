"""The FastAPI app: routes by resource, the servers opened and closed by its lifespan.

The broker, the driver and the accounts come from the composition root
(`services.bootstrap.web_app`), so tests and `contamina serve` build the same app. OpenAPI is
at the conventional paths (`/openapi.json`, `/docs`), for signed-in users (`routes.docs`).
"""

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager, asynccontextmanager
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from faststream.kafka import KafkaBroker
from neo4j import Driver
from starlette.exceptions import HTTPException

from services.accounts import Accounts
from services.settings import Settings
from services.web import pages
from services.web.access import RefusedError
from services.web.i18n import Catalogue, catalogue
from services.web.limits import BodyLimit, SecurityHeaders
from services.web.pages import dashboard as dashboard_pages
from services.web.pages import needs as need_pages
from services.web.pages import profile as profile_pages
from services.web.pages import session as session_pages
from services.web.problems import invalid, message, problem
from services.web.routes import (
    dashboard,
    docs,
    firms,
    health,
    needs,
    neo4j_browser,
    profile,
    session,
)
from services.web.sessions import CsrfRefusedError, NotSignedInError
from services.web.state import Servers


def create_app(
    settings: Settings,
    broker: Callable[[], KafkaBroker],
    driver: Callable[[], AbstractContextManager[Driver]],
    accounts: Accounts,
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        kafka = broker()
        with driver() as neo4j:
            async with kafka:  # connects: without Kafka the app does not start
                app.state.servers = Servers(settings, kafka, neo4j)
                yield

    app = FastAPI(
        title="Contamina",
        summary="Partner suggestions for innovation needs, explained.",
        version="0.1.0",
        lifespan=lifespan,
        # FastAPI's own routes would answer anyone and load Swagger UI from a CDN: see `docs`.
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.accounts = accounts
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=settings.web_max_body_bytes)
    routers = (health, session, needs, firms, profile, dashboard, docs)
    for module in (*routers, session_pages, need_pages, profile_pages, dashboard_pages):
        app.include_router(module.router)
    app.include_router(neo4j_browser.routes(settings))
    docs.mount_assets(app)
    app.mount("/static", StaticFiles(packages=[("services.web", "static")]), name="static")
    _answer_errors_as_problems(app)
    return app


def _language(request: Request) -> Catalogue:
    """The page's or account's language, else the one the browser asks for."""
    return catalogue(pages.language(request))


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PATHS)


API_PATHS = ("/api/", "/health", "/ready", "/openapi.json", "/neo4j/")


def _answer(request: Request, status: int, title: str, detail: str) -> Response:
    """A problem-details body for API clients, an error page for people."""
    if _is_api(request):
        return problem(status, title, detail)
    return pages.error_page(request, status, title, detail)


def _answer_errors_as_problems(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        tr = _language(request)
        if _is_api(request):
            return invalid(list(error.errors()), tr)
        detail = "; ".join(message(e, tr) for e in error.errors())
        return _answer(request, 422, tr("Invalid input"), detail)

    @app.exception_handler(NotSignedInError)
    async def _anonymous(request: Request, _: NotSignedInError) -> Response:
        if not _is_api(request):
            return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", 303)
        tr = _language(request)
        return problem(401, tr("Not signed in"), tr("sign in first: POST /api/session"))

    @app.exception_handler(CsrfRefusedError)
    async def _forged(request: Request, _: CsrfRefusedError) -> Response:
        tr = _language(request)
        detail = tr("the request lacks its session's CSRF token (X-CSRF-Token or csrf_token)")
        return _answer(request, 403, tr("Forbidden"), detail)

    @app.exception_handler(RefusedError)
    async def _refused(request: Request, error: RefusedError) -> Response:
        tr = _language(request)
        return _answer(request, 403, tr("Forbidden"), tr(error.message, **error.values))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> Response:
        tr = _language(request)
        if error.status_code == 404:
            return _answer(request, 404, tr("Not found"), tr("no such page or resource"))
        if error.status_code == 405:
            detail = tr("this address does not take %(method)s", method=request.method)
            return _answer(request, 405, tr("Method not allowed"), detail)
        return _answer(request, error.status_code, tr("Error"), str(error.detail))

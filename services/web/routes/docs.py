"""The API's own description, for signed-in users only: the OpenAPI document at
`/openapi.json` and Swagger UI at `/docs`.

Swagger UI's files come from the npm package `swagger-ui-dist`, pinned in
`services/web/assets/package.json` and installed by `make setup`; the app serves them itself
(no CDN: hub offices may have no internet). The page's script is the app's own, so the
Content-Security-Policy stays 'self'; it sends the session's CSRF token with "Try it out".
"""

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from services.web import pages
from services.web.i18n import catalogue
from services.web.sessions import SignedIn

SWAGGER_UI = Path(__file__).parents[1] / "assets" / "node_modules" / "swagger-ui-dist"
SWAGGER_UI_URL = "/static/swagger-ui"

router = APIRouter(include_in_schema=False)


@router.get("/openapi.json")
async def openapi(request: Request, _: SignedIn) -> dict[str, Any]:
    app: FastAPI = request.app
    return app.openapi()


@router.get("/docs")
async def swagger_ui(request: Request, account: SignedIn) -> Response:
    if not (SWAGGER_UI / "swagger-ui-bundle.js").is_file():
        tr = catalogue(pages.language(request))
        detail = tr("Swagger UI's files are not installed here: run `make setup`.")
        return pages.error_page(request, 503, tr("Unavailable"), detail)
    return pages.render(request, "api_docs.html", assets=SWAGGER_UI_URL)


def mount_assets(app: FastAPI) -> None:
    """Serve Swagger UI's files, when `make setup` installed them."""
    if SWAGGER_UI.is_dir():
        app.mount(SWAGGER_UI_URL, StaticFiles(directory=SWAGGER_UI), name="swagger-ui")

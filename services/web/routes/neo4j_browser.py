"""The coordinators' Neo4j Browser guide and style, fetched by the Browser's own page.

Neo4j Browser runs in the coordinator's browser on Neo4j's origin and fetches `:guide` and
`:style` URLs from there, so these routes answer across origins, to that origin only. Its guide
fetch sends `pragma` and `cache-control` headers, which makes the browser ask first (a CORS
preflight): the OPTIONS answers say those headers may come. Both files are public: they hold
queries and colours, no data, and the Browser fetches them without the app's login.
"""

from importlib import resources

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse

from services.settings import Settings
from services.web.neo4j_links import GUIDE_PATH, STYLE_PATH, browser_origins, guide_url, style_url

PREFLIGHT_HEADERS = "pragma, cache-control"


def _asset(name: str) -> str:
    return (resources.files("graph") / "browser" / name).read_text(encoding="utf-8")


def routes(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["neo4j-browser"])
    origins = browser_origins(settings)

    def cross_origin(request: Request) -> dict[str, str]:
        origin = request.headers.get("origin")
        if origin in origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {"Vary": "Origin"}

    @router.get(GUIDE_PATH, response_class=HTMLResponse, summary="Neo4j Browser's guide")
    async def guide(request: Request) -> HTMLResponse:
        page = _asset("guide.html")
        page = page.replace("{style_url}", style_url(settings))
        page = page.replace("{guide_url}", guide_url(settings))
        return HTMLResponse(page, headers=cross_origin(request))

    @router.get(STYLE_PATH, response_class=PlainTextResponse, summary="Neo4j Browser's style")
    async def style(request: Request) -> PlainTextResponse:
        return PlainTextResponse(_asset("style.grass"), headers=cross_origin(request))

    @router.options(GUIDE_PATH, include_in_schema=False)
    @router.options(STYLE_PATH, include_in_schema=False)
    async def preflight(request: Request) -> Response:
        headers = cross_origin(request)
        if "Access-Control-Allow-Origin" in headers:
            headers |= {
                "Access-Control-Allow-Methods": "GET",
                "Access-Control-Allow-Headers": PREFLIGHT_HEADERS,
                "Access-Control-Max-Age": "600",
            }
        return Response(status_code=204, headers=headers)

    return router

"""The coordinators' dashboard as JSON: the hub's figures, and one need's picture data."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from schemas.dashboard import Dashboard, NeedPicture
from services.web import dashboard
from services.web.i18n import catalogue
from services.web.problems import problem
from services.web.routes.needs import PROBLEMS
from services.web.sessions import SignedIn

router = APIRouter(prefix="/api/dashboard", tags=["dashboard"])


@router.get(
    "",
    summary="The hub's figures: needs by month, acceptance, contamination, times, load",
    response_model=Dashboard,
    responses=PROBLEMS,
)
async def figures(account: SignedIn, request: Request) -> Dashboard:
    return await dashboard.figures(request.app.state.servers, account)


@router.get(
    "/needs/{need_id}",
    summary="A need's firm, suggested partners and their introduction paths",
    response_model=NeedPicture,
    responses=PROBLEMS,
)
async def need_picture(
    need_id: str, account: SignedIn, request: Request
) -> NeedPicture | JSONResponse:
    picture = await dashboard.picture(request.app.state.servers, account, need_id)
    if picture is None:
        tr = catalogue(account.language)
        return problem(404, tr("Not found"), tr("no need %(id)s", id=need_id))
    return picture

"""The coordinators' dashboard page and a need's picture page: the API's figures drawn as
inline SVG (`services.web.figures`), each with its numbers in a table beside it."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from schemas.dashboard import Dashboard, GroupSeries, NeedPicture
from services.web import dashboard, figures
from services.web.i18n import Catalogue, catalogue
from services.web.pages import error_page, language, render
from services.web.sessions import SignedIn

router = APIRouter(include_in_schema=False)


def _columns(title: str, board: Dashboard, groups: list[GroupSeries], tr: Catalogue) -> str:
    return figures.columns(
        title,
        board.months,
        [(g.name or tr("None"), [m.needs for m in g.months]) for g in groups],
    )


def charts(board: Dashboard, tr: Catalogue) -> dict[str, str]:
    """The page's figures by name, their titles in the page's language."""
    acceptance = board.acceptance
    shares = [
        (tr("Suggestions accepted"), acceptance.suggestions.share or 0.0),
        (tr("Needs with an acceptance"), acceptance.needs.share or 0.0),
        (tr("Accepted from another sector"), board.cross_sector.share or 0.0),
    ]
    return {
        "associations": _columns(
            tr("Needs per month by association"), board, board.by_association, tr
        ),
        "offices": _columns(tr("Needs per month by hub office"), board, board.by_office, tr),
        "shares": figures.bars(tr("Acceptance and contamination"), shares, top=1),
        "topics": figures.bars(
            tr("Most requested topics"), [(t.topic, t.needs) for t in board.topics]
        ),
        "loads": figures.bars(
            tr("Open engagements of the most loaded partners"),
            [(load.name, load.open) for load in board.loads],
        ),
    }


@router.get("/dashboard")
async def dashboard_page(account: SignedIn, request: Request) -> Response:
    board = await dashboard.figures(request.app.state.servers, account)
    tr = catalogue(language(request))
    return render(request, "dashboard.html", board=board, charts=charts(board, tr))


def picture_svg(picture: NeedPicture, tr: Catalogue) -> str:
    firm = picture.need.firm
    partners = [
        figures.Partner(
            id=p.partner_id,
            name=p.name,
            kind=p.kind,
            accepted=p.decision == "accepted",
            steps=[(s.id, s.name, s.kind) for s in p.path[:-1]],
        )
        for p in picture.partners
    ]
    return figures.need_picture(
        tr("The firm, its suggested partners and the introduction paths"),
        (firm.id, firm.name) if firm else ("", tr("Firm not in the graph yet")),
        partners,
        tr("accepted"),
    )


@router.get("/dashboard/needs/{need_id}")
async def need_picture_page(need_id: str, account: SignedIn, request: Request) -> Response:
    picture = await dashboard.picture(request.app.state.servers, account, need_id)
    tr = catalogue(language(request))
    if picture is None:
        return error_page(request, 404, tr("Not found"), tr("no need %(id)s", id=need_id))
    return render(request, "need_picture.html", picture=picture, figure=picture_svg(picture, tr))

"""Needs: an officer submits one, reads it with its suggestions, records the firm's decisions.

A submitted need is two events: `need.submitted` (it enters the graph through ingestion) and
`match.requested` for it (the matcher answers on the suggestions topic, and ingestion keeps the
answer with the need). Reading waits, up to `wait` seconds, for the need and its suggestions to
reach the graph, so a client can submit and then ask once.
"""

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from graph import views
from schemas.api import Accepted, NeedForm, NeedSummary, NeedView
from schemas.feedback import PartnerDecision
from services.web import actions, reading
from services.web.access import needs_scope
from services.web.i18n import catalogue
from services.web.problems import problem, refused_field, responses
from services.web.sessions import SignedIn
from services.web.state import Servers

MAX_WAIT_S = 30.0

router = APIRouter(prefix="/api/needs", tags=["needs"])
PROBLEMS = responses(
    (401, "Not signed in"),
    (403, "The account's role may not do this"),
    (404, "No such need among those the account may read"),
    (422, "Invalid input: each field named, with what is allowed"),
)


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Submit a firm's need; the matcher's suggestions follow",
    response_model=Accepted,
    responses=PROBLEMS,
)
async def submit(
    form: NeedForm, account: SignedIn, request: Request, response: Response
) -> Accepted | JSONResponse:
    servers: Servers = request.app.state.servers
    try:
        need = await actions.submit_need(servers, account, form)
    except actions.FieldRefusedError as refusal:
        return refused_field(refusal.field, refusal.message, catalogue(account.language))
    location = f"/api/needs/{need.id}"
    response.headers["Location"] = location
    return Accepted(id=need.id, location=location)


@router.get("", summary="The needs of the account's association, newest first", responses=PROBLEMS)
async def listed(
    account: SignedIn, request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 200
) -> list[NeedSummary]:
    servers: Servers = request.app.state.servers
    scope = needs_scope(account)
    db = servers.settings.neo4j_database
    rows = await asyncio.to_thread(views.needs, servers.driver, scope, limit, db)
    return [reading.need_summary(row) for row in rows]


Wait = Annotated[
    float, Query(ge=0, le=MAX_WAIT_S, description="Seconds to wait for the suggestions.")
]


@router.get(
    "/{need_id}",
    summary="A need with its explained suggestions",
    response_model=NeedView,
    responses=PROBLEMS,
)
async def read(
    need_id: str, account: SignedIn, request: Request, wait: Wait = 0
) -> NeedView | JSONResponse:
    needs_scope(account)  # refuses roles that read no needs
    row = await actions.visible_need(request.app.state.servers, account, need_id, wait)
    if row is None:
        return _no_need(need_id, account.language)
    return reading.need_view(row)


@router.post(
    "/{need_id}/feedback",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Record the firm's decision about one suggested partner",
    response_model=Accepted,
    responses=PROBLEMS,
)
async def record_feedback(
    need_id: str, form: PartnerDecision, account: SignedIn, request: Request
) -> Accepted | JSONResponse:
    servers: Servers = request.app.state.servers
    needs_scope(account)
    row = await actions.visible_need(servers, account, need_id)
    if row is None:
        return _no_need(need_id, account.language)
    try:
        await actions.record_feedback(servers, account, row, form)
    except actions.FieldRefusedError as refusal:
        return refused_field(refusal.field, refusal.message, catalogue(account.language))
    return Accepted(id=need_id, location=f"/api/needs/{need_id}")


def _no_need(need_id: str, language: str) -> JSONResponse:
    tr = catalogue(language)
    return problem(404, tr("Not found"), tr("no need %(id)s", id=need_id))

"""Firms of the account's association: found by name for the need form, or opened by id."""

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from graph import views
from schemas.api import FirmSummary
from schemas.envelope import EntityId
from services.web.access import may_read, needs_scope
from services.web.i18n import catalogue
from services.web.problems import problem, refused_field
from services.web.reading import firm_summary
from services.web.routes.needs import PROBLEMS
from services.web.sessions import SignedIn
from services.web.state import Servers

router = APIRouter(prefix="/api/firms", tags=["firms"])


@router.get(
    "",
    summary="Member firms whose name contains `q`, by name",
    response_model=list[FirmSummary],
    responses=PROBLEMS,
)
async def search(
    account: SignedIn,
    request: Request,
    q: Annotated[str, Query(max_length=100, description="Part of the firm's name.")] = "",
    association: Annotated[
        EntityId | None, Query(description="For coordinators: whose members to search.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[FirmSummary] | JSONResponse:
    servers: Servers = request.app.state.servers
    scope = needs_scope(account) or association
    if scope is None:
        return refused_field("association", "is required", catalogue(account.language))
    db = servers.settings.neo4j_database
    rows = await asyncio.to_thread(views.firms, servers.driver, scope, q.strip(), limit, db)
    return [firm_summary(row) for row in rows]


@router.get("/{firm_id}", summary="One member firm", response_model=FirmSummary, responses=PROBLEMS)
async def read(firm_id: str, account: SignedIn, request: Request) -> FirmSummary | JSONResponse:
    servers: Servers = request.app.state.servers
    db = servers.settings.neo4j_database
    row = await asyncio.to_thread(views.firm, servers.driver, firm_id, db)
    if row is None or not may_read(account, row["associations"]):
        tr = catalogue(account.language)
        return problem(404, tr("Not found"), tr("no firm %(id)s", id=firm_id))
    return firm_summary(row["firm"])

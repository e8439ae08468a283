"""The officer's pages: the association's needs, the need form, a need with its suggestions
and the accept / decline / outcome buttons. Coordinators read the same lists and needs.

Each form post is an action of `services.web.actions` (an event on Kafka) followed by a
redirect; where the next page should show what was just done, the redirect waits (briefly)
for the graph to have it.
"""

import asyncio
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from graph import views
from schemas.api import NeedForm
from schemas.feedback import PartnerDecision
from services.accounts import Account
from services.web import actions, reading
from services.web.access import needs_scope, officer
from services.web.i18n import catalogue
from services.web.pages import error_page, language, render
from services.web.problems import field_name, message
from services.web.sessions import CSRF_FIELD, SignedIn
from services.web.state import Servers

router = APIRouter(include_in_schema=False)
ARRIVAL_S = 10.0
"""How long a redirect waits for what the user just did to be in the graph."""
FIRMS_IN_FORM = 500
TICKED = ("wanted_kinds", "services")
"""The form's checkbox groups: each a list, empty when nothing is ticked."""


@router.get("/needs")
async def needs_page(account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    db = servers.settings.neo4j_database
    rows = await asyncio.to_thread(views.needs, servers.driver, needs_scope(account), 200, db)
    return render(request, "needs.html", needs=[reading.need_summary(row) for row in rows])


@router.get("/needs/new")
async def need_form(account: SignedIn, request: Request) -> Response:
    officer(account)
    return await _form(request, account, {}, {})


async def _form(
    request: Request,
    account: Account,
    values: dict[str, Any],
    errors: dict[str, str],
    status_code: int = 200,
) -> Response:
    servers: Servers = request.app.state.servers
    db = servers.settings.neo4j_database
    association = officer(account)
    firms = await asyncio.to_thread(views.firms, servers.driver, association, "", FIRMS_IN_FORM, db)
    shown = {"wanted_kinds": [], "services": [], "urgency": "medium", "budget": "unknown", **values}
    return render(
        request, "need_form.html", status_code,
        firms=[reading.firm_summary(firm) for firm in firms], values=shown, errors=errors,
    )  # fmt: skip


def form_values(form: FormData) -> dict[str, Any]:
    """The form as typed, to show it again when it is refused."""
    single = {key: str(form.get(key) or "").strip() for key in form if key != CSRF_FIELD}
    return {**single, **{name: [str(v) for v in form.getlist(name)] for name in TICKED}}


def need_form_of(values: dict[str, Any]) -> dict[str, Any]:
    """The typed values as the API's NeedForm reads them: empty fields left out."""
    document: dict[str, Any] = {
        key: values[key]
        for key in ("firm_id", "text", "language", "urgency", "budget", "funding")
        if values.get(key)
    }
    document |= {name: values.get(name, []) for name in TICKED}
    topics = [t.strip() for t in str(values.get("topics", "")).split(",") if t.strip()]
    document["topics"] = topics
    if values.get("province"):
        document["territory"] = {"province": str(values["province"]).upper()}
    return document


@router.post("/needs")
async def submit_need(account: SignedIn, request: Request) -> Response:
    tr = catalogue(language(request))
    values = form_values(await request.form())
    try:
        form = NeedForm.model_validate(need_form_of(values))
    except ValidationError as error:
        errors: dict[str, str] = {}
        for problem in error.errors(include_url=False):
            name = field_name(problem["loc"]).split(".")[0]
            errors.setdefault("province" if name == "territory" else name, message(problem, tr))
        return await _form(request, account, values, errors, 422)
    try:
        need = await actions.submit_need(request.app.state.servers, account, form)
    except actions.FieldRefusedError as refusal:
        return await _form(request, account, values, {refusal.field: tr(refusal.message)}, 422)
    return RedirectResponse(f"/needs/{need.id}", status_code=303)


@router.get("/needs/{need_id}")
async def need_page(need_id: str, account: SignedIn, request: Request) -> Response:
    needs_scope(account)
    servers: Servers = request.app.state.servers
    row = await actions.visible_need(servers, account, need_id, ARRIVAL_S, until=actions.exists)
    if row is None:
        return _no_need(request, need_id)
    return render(request, "need.html", need=reading.need_view(row))


@router.post("/needs/{need_id}/feedback")
async def record_feedback(need_id: str, account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    tr = catalogue(language(request))
    needs_scope(account)
    row = await actions.visible_need(servers, account, need_id)
    form = await request.form()
    try:
        decision = PartnerDecision.model_validate(
            {key: form.get(key) for key in ("partner_id", "decision", "outcome") if form.get(key)}
        )
    except ValidationError as error:
        detail = "; ".join(message(e, tr) for e in error.errors(include_url=False))
        return error_page(request, 422, tr("Invalid input"), detail)
    if row is None:
        return _no_need(request, need_id)
    try:
        await actions.record_feedback(servers, account, row, decision)
    except actions.FieldRefusedError as refusal:
        return error_page(request, 422, tr("Invalid input"), tr(refusal.message))
    await actions.visible_need(
        servers, account, need_id, ARRIVAL_S, until=actions.decided(decision)
    )
    return RedirectResponse(f"/needs/{need_id}", status_code=303)


def _no_need(request: Request, need_id: str) -> Response:
    tr = catalogue(language(request))
    return error_page(request, 404, tr("Not found"), tr("no need %(id)s", id=need_id))

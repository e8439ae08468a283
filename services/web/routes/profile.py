"""The signed-in expert's or lab's own profile: read it, replace it, see the needs it was
suggested for, download one's data, ask for erasure.

`/api/profile` is always the account's own: there is no id in the path to try another's, and
a body naming another id is refused on its `id` field. A replaced profile is an upsert event
on Kafka; reading right after may still show the old one for a moment (`wait` bridges it).
"""

import json
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from schemas.api import Accepted, ErasureRequest, ProfileExport, ProfileNeed
from services.accounts import Accounts
from services.web import profiles
from services.web.actions import FieldRefusedError
from services.web.i18n import catalogue
from services.web.problems import invalid, invalid_fields, problem, refused_field, responses
from services.web.sessions import SignedIn, clear_cookie
from services.web.state import Servers

router = APIRouter(prefix="/api/profile", tags=["profile"])
MAX_WAIT_S = 30.0
PROBLEMS = responses(
    (401, "Not signed in"),
    (403, "Only an expert or a lab has a profile"),
    (404, "The profile is not in the graph yet"),
    (422, "Invalid input: each field named, with what is allowed"),
)
_EITHER_PROFILE = {"oneOf": [{"$ref": "#/components/schemas/Expert"},
                             {"$ref": "#/components/schemas/Lab"}]}  # fmt: skip
_PROFILE_BODY = {"required": True, "content": {"application/json": {"schema": _EITHER_PROFILE}}}


@router.get(
    "",
    summary="One's own expert or lab profile, as the graph has it",
    response_model=profiles.Profile,
    responses=PROBLEMS,
)
async def read(account: SignedIn, request: Request) -> profiles.Profile | JSONResponse:
    profile = await profiles.read(request.app.state.servers, account)
    if profile is None:
        tr = catalogue(account.language)
        detail = tr("profile %(id)s is not in the graph yet", id=str(account.profile_id))
        return problem(404, tr("Not found"), detail)
    return profile


@router.put(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Replace one's own profile (every field: those left out are emptied)",
    response_model=Accepted,
    responses=PROBLEMS,
    openapi_extra={"requestBody": _PROFILE_BODY},
)
async def replace(
    account: SignedIn, request: Request, wait: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 0
) -> Accepted | JSONResponse:
    """An expert sends an `Expert`, a lab a `Lab`; `id` may be left out. With `wait`, answers
    once the graph has the change (or the wait is over)."""
    servers: Servers = request.app.state.servers
    tr = catalogue(account.language)
    profiles.model_of(account)  # refuses roles without a profile before reading the body
    try:
        document = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return invalid_fields([("", tr("is not valid JSON"))], tr)
    if not isinstance(document, dict):
        return invalid_fields([("", tr("must be an object"))], tr)
    try:
        since = await profiles.save(servers, account, document)
    except ValidationError as error:
        return invalid(list(error.errors(include_url=False)), tr)
    except FieldRefusedError as refusal:
        return refused_field(refusal.field, refusal.message, tr)
    if wait:
        await profiles.arrived(servers, account, since, wait)
    return Accepted(id=str(account.profile_id), location="/api/profile")


@router.get(
    "/needs",
    summary="The needs one's profile was suggested for, and the firms' decisions",
    responses=PROBLEMS,
)
async def suggested_for(account: SignedIn, request: Request) -> list[ProfileNeed]:
    return await profiles.needs(request.app.state.servers, account)


@router.get(
    "/export",
    summary="Download everything Contamina keeps about one's profile and account",
    response_model=ProfileExport,
    responses=PROBLEMS,
)
async def export(account: SignedIn, request: Request) -> Response:
    data = await profiles.export(request.app.state.servers, account)
    name = str(account.profile_id).replace(":", "-")
    return Response(
        data.model_dump_json(indent=2),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="contamina-{name}.json"'},
    )


@router.post(
    "/erasure",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Erase one's profile from the graph and close one's account (cannot be undone)",
    responses=PROBLEMS,
)
async def erase(form: ErasureRequest, account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    try:
        await profiles.erase(servers, accounts, account, form)
    except FieldRefusedError as refusal:
        return refused_field(refusal.field, refusal.message, catalogue(account.language))
    response = Response(status_code=status.HTTP_202_ACCEPTED)
    clear_cookie(response, servers.settings)  # the session ended with the account
    return response

"""The expert's and the lab's pages: their profile as a form with every field, the needs they
were suggested for, their data to download, and erasure behind a confirmation.

A saved form is an upsert event (`services.web.profiles.save`); the redirect waits briefly
for the graph to have it, so the page that follows shows what was just saved.
"""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from schemas.api import ErasureRequest
from services.accounts import Account, Accounts
from services.web import profiles
from services.web.actions import FieldRefusedError
from services.web.i18n import catalogue
from services.web.pages import language, render
from services.web.problems import field_name, message
from services.web.sessions import CSRF_FIELD, SignedIn, clear_cookie
from services.web.state import Servers

router = APIRouter(include_in_schema=False)
ARRIVAL_S = 10.0
"""How long the redirect after saving waits for the graph to have the change."""

LINES = ("equipment", "tests", "accreditations")  # one item per line: names hold commas
COMMAS = ("topics", "sectors", "languages")
PLACES = ("province", "canton", "region", "country", "comune")
CONTACTS = ("email", "phone", "website")
NUMBERS = ("hours_per_month", "weekly_slots")


@router.get("/profile")
async def profile_page(account: SignedIn, request: Request) -> Response:
    profiles.model_of(account)
    profile = await profiles.read(request.app.state.servers, account)
    values = form_values_of(profile.model_dump(mode="json")) if profile else {}
    saved = request.query_params.get("saved") == "1"
    return _form(request, account, values, {}, missing=profile is None, saved=saved)


@router.post("/profile")
async def save_profile(account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    tr = catalogue(language(request))
    profiles.model_of(account)
    values = typed_values(await request.form())
    try:
        since = await profiles.save(servers, account, document_of(values))
    except ValidationError as error:
        errors: dict[str, str] = {}
        for problem in error.errors(include_url=False):
            errors.setdefault(form_field(problem["loc"]), message(problem, tr))
        return _form(request, account, values, errors, status_code=422)
    except FieldRefusedError as refusal:
        return _form(request, account, values, {refusal.field: tr(refusal.message)}, 422)
    await profiles.arrived(servers, account, since, ARRIVAL_S)
    return RedirectResponse("/profile?saved=1", status_code=303)


@router.get("/profile/needs")
async def needs_page(account: SignedIn, request: Request) -> Response:
    suggested = await profiles.needs(request.app.state.servers, account)
    return render(request, "profile_needs.html", needs=suggested)


@router.get("/profile/erasure")
async def erasure_page(account: SignedIn, request: Request) -> Response:
    profiles.model_of(account)
    return render(request, "profile_erasure.html", error="")


@router.post("/profile/erasure")
async def erase(account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    tr = catalogue(language(request))
    form = await request.form()
    try:
        confirmed = ErasureRequest(confirm=form.get("confirm") == "yes")
        await profiles.erase(servers, accounts, account, confirmed)
    except FieldRefusedError:
        error = tr("Tick the box to confirm: the erasure cannot be undone.")
        return render(request, "profile_erasure.html", 422, error=error)
    request.state.account = None  # gone: the page that says so is an anonymous one
    page = render(request, "profile_erased.html")
    clear_cookie(page, servers.settings)
    return page


def _form(
    request: Request,
    account: Account,
    values: dict[str, Any],
    errors: dict[str, str],
    status_code: int = 200,
    *,
    missing: bool = False,
    saved: bool = False,
) -> Response:
    shown = {"services": [], "availability": "available", "language": "it", **values}
    return render(
        request, "profile.html", status_code, values=shown, errors=errors, missing=missing,
        saved=saved, kind=account.role.value, profile_id=account.profile_id,
    )  # fmt: skip


def form_values_of(profile: dict[str, Any]) -> dict[str, Any]:
    """A profile (as JSON) as the form's inputs show it."""
    values = {key: value for key, value in profile.items() if not isinstance(value, dict | list)}
    for key in LINES:
        values[key] = "\n".join(profile.get(key) or [])
    for key in COMMAS:
        values[key] = ", ".join(profile.get(key) or [])
    values["services"] = list(profile.get("services") or [])
    territory = profile.get("territory") or {}
    values.update({key: territory.get(key) for key in PLACES})
    coordinates = territory.get("coordinates") or {}
    values.update(lat=coordinates.get("lat"), lon=coordinates.get("lon"))
    values.update({key: (profile.get("contact") or {}).get(key) for key in CONTACTS})
    return {key: "" if value is None else value for key, value in values.items()}


def typed_values(form: FormData) -> dict[str, Any]:
    """The form as typed, to show it again when it is refused."""
    single = {key: str(form.get(key) or "").strip() for key in form if key != CSRF_FIELD}
    return {**single, "services": [str(service) for service in form.getlist("services")]}


def document_of(values: dict[str, Any]) -> dict[str, Any]:
    """The typed values as the profile model reads them: lists split, empty fields left out
    (a field left empty is emptied, as the whole profile is replaced)."""
    plain = ("name", "headline", "bio", "competences", "description", "sector", "availability",
             "language")  # fmt: skip
    document: dict[str, Any] = {key: values[key] for key in plain if values.get(key)}
    for key in LINES:
        if key in values:
            document[key] = [line.strip() for line in values[key].splitlines() if line.strip()]
    for key in COMMAS:
        if key in values:
            document[key] = [item.strip() for item in values[key].split(",") if item.strip()]
    document["services"] = values.get("services", [])
    for key in NUMBERS:
        if values.get(key):
            document[key] = values[key]
    territory: dict[str, Any] = {key: _code(key, values[key]) for key in PLACES if values.get(key)}
    if values.get("lat") or values.get("lon"):
        territory["coordinates"] = {"lat": values.get("lat"), "lon": values.get("lon")}
    if territory:
        document["territory"] = territory
    contact = {key: values[key] for key in CONTACTS if values.get(key)}
    if contact:
        document["contact"] = contact
    return document


def _code(key: str, value: str) -> str:
    """Place codes are capitals (BG, TI, ITC4, FR); a municipality keeps its spelling."""
    return value if key == "comune" else value.upper()


def form_field(location: tuple[int | str, ...]) -> str:
    """The input a validation error belongs to: `territory.province` is `province`,
    `topics.3` is `topics`, a territory that names no place is `territory`."""
    parts = field_name(location).split(".")
    if parts[0] in {"territory", "contact"} and len(parts) > 1:
        return parts[-1] if parts[1] != "coordinates" else (parts[2] if len(parts) > 2 else "lat")
    return parts[0]

"""An expert's or a lab's own profile, for the API and the pages alike: read back from the
graph into the model its events carry, edited as a new upsert event, erased as
`profile.erased` with the account closed.

An account edits only the profile it is bound to (`access.own_profile`); nothing here writes
to the graph, ingestion does, from the log.
"""

import asyncio
from datetime import UTC, datetime
from typing import Any

from neo4j.time import DateTime

from graph import profiles
from schemas.api import AccountExport, ErasureRequest, ProfileExport, ProfileNeed
from schemas.erasure import ErasableKind, Erasure, ProfileErased
from schemas.profiles import Expert, ExpertUpserted, Lab, LabUpserted
from services import polling
from services.accounts import Account, Accounts
from services.accounts.model import Role
from services.web.access import own_profile
from services.web.actions import POLL_S, FieldRefusedError, source
from services.web.publishing import envelope, publish
from services.web.state import Servers

Profile = Expert | Lab
ERASURE_REASON = "asked by its owner in the web app"
_PLACE = ("province", "canton", "region", "country", "comune")
_CONTACT = ("email", "phone", "website")
_COMMON = ("id", "name", "topics", "services", "languages", "language", "availability")
_OWN = {
    "expert": ("headline", "bio", "competences", "hours_per_month"),
    "lab": ("description", "equipment", "tests", "accreditations", "sector", "weekly_slots"),
}


def model_of(account: Account) -> type[Expert] | type[Lab]:
    own_profile(account)
    return Expert if account.role is Role.EXPERT else Lab


def profile_of(row: dict[str, Any]) -> Profile:
    """The graph's flat properties as the profile an event would carry."""
    kind = row["kind"]
    document = {key: row[key] for key in (*_COMMON, *_OWN[kind]) if row.get(key) is not None}
    territory = {key: row[key] for key in _PLACE if row.get(key) is not None}
    if row.get("lat") is not None and row.get("lon") is not None:
        territory["coordinates"] = {"lat": row["lat"], "lon": row["lon"]}
    if territory:
        document["territory"] = territory
    contact = {key: row[key] for key in _CONTACT if row.get(key) is not None}
    if contact:
        document["contact"] = contact
    if kind == "expert":  # graphs projected before `sectors` was kept have the first only
        document["sectors"] = row.get("sectors") or ([row["sector"]] if row.get("sector") else [])
        return Expert.model_validate(document)
    return Lab.model_validate(document)


async def read(servers: Servers, account: Account) -> Profile | None:
    """The account's own profile as the graph has it; None until it reaches the graph."""
    row = await _row(servers, own_profile(account))
    return profile_of(row) if row else None


async def save(servers: Servers, account: Account, document: dict[str, Any]) -> datetime:
    """Publish the edited profile (the whole of it) and return when the edit happened.

    Raises ValidationError for invalid fields, FieldRefusedError for another profile's id."""
    profile_id = own_profile(account)
    model = model_of(account)
    profile = model.model_validate({"id": profile_id, **document})
    if profile.id != profile_id:
        raise FieldRefusedError("id", "is not the id of your profile")
    event: ExpertUpserted | LabUpserted
    if isinstance(profile, Expert):
        event = envelope(ExpertUpserted, profile, source(account))
    else:
        event = envelope(LabUpserted, profile, source(account))
    await publish(servers, event)
    return event.occurred_at


async def arrived(servers: Servers, account: Account, since: datetime, within: float) -> bool:
    """Whether the graph holds the profile as of `since` (an edit made then), waiting up to
    `within` seconds for ingestion to bring it."""

    def current(row: dict[str, Any] | None) -> bool:
        return row is not None and _native(row["updated_at"]) >= since

    row = await polling.poll(
        lambda: profiles.profile(servers.driver, own_profile(account), _db(servers)),
        current,
        within,
        POLL_S,
    )
    return current(row)


async def needs(servers: Servers, account: Account) -> list[ProfileNeed]:
    """The needs the account's profile was suggested for, newest first."""
    rows = await asyncio.to_thread(
        profiles.suggested_for, servers.driver, own_profile(account), 500, _db(servers)
    )
    return [
        ProfileNeed.model_validate({**row, "submitted_at": _native(row["submitted_at"]),
                                    "accepted_at": _native(row["accepted_at"])})
        for row in rows
    ]  # fmt: skip


async def export(servers: Servers, account: Account) -> ProfileExport:
    """What Contamina keeps about the account and its profile, for its owner to download."""
    profile, suggested = await asyncio.gather(read(servers, account), needs(servers, account))
    return ProfileExport(
        exported_at=datetime.now(UTC),
        account=AccountExport.model_validate(
            account.model_dump(include=set(AccountExport.model_fields))
        ),
        profile=profile,
        needs=suggested,
    )


async def erase(
    servers: Servers, accounts: Accounts, account: Account, request: ErasureRequest
) -> None:
    """Erase the profile from the graph (a `profile.erased` event) and remove the account with
    its sessions. The account goes only once Kafka has taken the erasure."""
    profile_id = own_profile(account)
    if not request.confirm:
        raise FieldRefusedError("confirm", "must be true: the erasure cannot be undone")
    kind = ErasableKind.EXPERT if account.role is Role.EXPERT else ErasableKind.LAB
    erasure = Erasure(id=profile_id, kind=kind, reason=ERASURE_REASON)
    await publish(servers, envelope(ProfileErased, erasure, source(account)))
    await asyncio.to_thread(accounts.remove, account.username)


async def _row(servers: Servers, profile_id: str) -> dict[str, Any] | None:
    return await asyncio.to_thread(profiles.profile, servers.driver, profile_id, _db(servers))


def _db(servers: Servers) -> str | None:
    return servers.settings.neo4j_database


def _native(value: Any) -> Any:
    return value.to_native() if isinstance(value, DateTime) else value

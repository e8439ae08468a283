"""From events to graph rows: plain functions, no I/O."""

from typing import Any

from graph.labels import ORGANISATION_LABELS
from graph.store import as_row
from schemas.organisations import OrganisationUpserted


def organisation_row(event: OrganisationUpserted) -> dict[str, Any]:
    org = event.payload
    properties = {
        "kind": org.kind.value,
        "name": org.name,
        "description": org.description,
        "province": org.province,
    }
    return as_row(org.id, ORGANISATION_LABELS[org.kind.value], event.occurred_at, properties)

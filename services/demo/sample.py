"""A small, fixed sample of Bergamo's innovation network (the full generator comes later)."""

from datetime import UTC, datetime
from uuid import NAMESPACE_URL, uuid5

from schemas.organisations import Organisation, OrganisationKind, OrganisationUpserted

_ORGANISATIONS = [
    ("association:confartigianato-bg", OrganisationKind.ASSOCIATION, "Confartigianato Bergamo"),
    ("association:confimi-apindustria-bg", OrganisationKind.ASSOCIATION, "Confimi Apindustria"),
    ("association:cna-bg", OrganisationKind.ASSOCIATION, "CNA Bergamo"),
    ("association:coldiretti-bg", OrganisationKind.ASSOCIATION, "Coldiretti Bergamo"),
    ("incubator:point-dalmine", OrganisationKind.INCUBATOR, "Point - Polo per l'Innovazione"),
    ("hub_office:sportello-treviglio", OrganisationKind.HUB_OFFICE, "Sportello di Treviglio"),
    ("university:unibg", OrganisationKind.UNIVERSITY, "Università degli Studi di Bergamo"),
    ("firm:officine-seriane", OrganisationKind.FIRM, "Officine Seriane Srl"),
    ("firm:gomme-sebino", OrganisationKind.FIRM, "Gomme del Sebino Snc"),
    ("startup:agrisense", OrganisationKind.STARTUP, "AgriSense Srl"),
]
_WHEN = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def sample_events() -> list[OrganisationUpserted]:
    """Deterministic: the same ids and event ids every run, so replays change nothing."""
    return [
        OrganisationUpserted(
            event_id=uuid5(NAMESPACE_URL, f"contamina-demo/{org_id}"),
            occurred_at=_WHEN,
            source="contamina-demo",
            payload=Organisation(id=org_id, kind=kind, name=name, province="BG"),
        )
        for org_id, kind, name in _ORGANISATIONS
    ]

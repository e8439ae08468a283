"""The labelled evaluation set: the generated profiles and needs, with each need's answers,
and the hub's past projects (its memory), all dated before the first need.

Run `python -m services.demo.devset tests/data/devset` to rewrite the committed files from
`generate(seed=7, scale=1.0)`. Relevance comes from the generator's hidden archetypes, so
the files are the only place where it is written down next to the texts.
"""

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from schemas.organisations import Organisation
from schemas.profiles import Expert, Lab
from services.demo.network import Network, generate

# The dataset speaks the matcher's partner kinds: a department answers as its university,
# offices and the incubator as the associations they are part of.
KINDS = {"department": "university", "hub_office": "association", "incubator": "association"}


def _text(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _row(profile: Organisation | Expert | Lab) -> dict[str, Any]:
    match profile:
        case Organisation():
            kind, sector = KINDS.get(profile.kind.value, profile.kind.value), profile.sector
            text = _text(profile.description)
        case Expert():
            kind, sector = "expert", (profile.sectors[0] if profile.sectors else None)
            text = _text(profile.headline or "", profile.bio, profile.competences)
        case Lab():
            kind, sector = "lab", profile.sector
            text = _text(
                profile.description,
                "; ".join(profile.equipment),
                "; ".join(profile.tests),
                "; ".join(profile.accreditations),
            )
    territory = profile.territory.province if profile.territory else None
    return {
        "id": profile.id,
        "kind": kind,
        "name": profile.name,
        "text": text,
        "sector": sector,
        "territory": territory,
        "topics": list(profile.topics),
        "services": [service.value for service in profile.services],
        "language": profile.language,
        "relations": [],
    }


def profile_rows(network: Network) -> list[dict[str, Any]]:
    """One row per profile, with the relations it is the source of."""
    profiles: list[Organisation | Expert | Lab] = [
        *(event.payload for event in network.organisations),
        *(event.payload for event in network.experts),
        *(event.payload for event in network.labs),
    ]
    rows = {profile.id: _row(profile) for profile in profiles}
    for event in network.relations:
        relation = event.payload
        rows[relation.source_id]["relations"].append(
            {"type": relation.type.value, "target": relation.target_id}
        )
    return list(rows.values())


def need_rows(network: Network) -> list[dict[str, Any]]:
    """One row per need, dated the day the demo submits it, with the services its officer
    ticked (none on about half: the matcher's services signal must do without them)."""
    sectors = {event.payload.id: event.payload.sector for event in network.organisations}
    return [
        {
            "id": need.id,
            "date": event.occurred_at.date().isoformat(),
            "text": need.text,
            "language": need.language,
            "firm_id": need.firm_id,
            "sector": sectors.get(need.firm_id) if need.firm_id else None,
            "territory": need.territory.province if need.territory else None,
            "kinds": [kind.value for kind in need.wanted_kinds],
            "services": [service.value for service in need.services],
            "relevant": sorted(network.relevant[need.id]),
        }
        for event in network.needs
        for need in (event.payload,)
    ]


def project_rows(network: Network) -> list[dict[str, Any]]:
    """One row per past project, as `shared/data/cordis-dev/projects.jsonl` has them (the
    participants' ids), with its kind, language and each participant's role."""
    return [
        {
            "id": project.id,
            "title": project.title,
            "text": project.text,
            "date": project.date.isoformat(),
            "kind": project.kind.value,
            "language": project.language,
            "participants": [p.id for p in project.participants],
            "roles": {p.id: p.role.value for p in project.participants},
        }
        for project in (event.payload for event in network.projects)
    ]


def _write(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def write_dataset(network: Network, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    _write(directory / "profiles.jsonl", profile_rows(network))
    _write(directory / "needs.jsonl", need_rows(network))
    _write(directory / "projects.jsonl", project_rows(network))


if __name__ == "__main__":
    write_dataset(generate(seed=7, scale=1.0), Path(sys.argv[1] if len(sys.argv) > 1 else "."))

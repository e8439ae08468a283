"""Rows the ingestion writes: kind labels that follow a change of kind, symmetric ties,
and the erasure guard's key."""

import pytest

from graph.labels import KIND_LABELS, entity_labels, stale_labels
from graph.store import erasure_key
from schemas.relations import Relation, RelationType
from services.ingest.projection import SUMMARY_CHARS, project_summary, relation_row


@pytest.mark.parametrize("kind", ["firm", "startup", "expert", "lab", "association", "department"])
def test_an_entity_sheds_every_kind_label_but_its_own(kind: str) -> None:
    labels, stale = set(entity_labels(kind)), set(stale_labels(kind))
    assert not labels & stale
    assert (labels | stale) - {"Entity"} == KIND_LABELS


def test_a_firm_that_becomes_a_startup_loses_nothing_it_still_is() -> None:
    assert "Organisation" not in stale_labels("startup")
    assert "Firm" in stale_labels("startup")
    assert {"Organisation", "Startup", "Firm"} <= set(stale_labels("expert"))


def test_a_collaboration_stated_either_way_round_is_one_row() -> None:
    forward = Relation(type=RelationType.COLLABORATED_WITH, source_id="firm:b", target_id="lab:a")
    backward = Relation(type=RelationType.COLLABORATED_WITH, source_id="lab:a", target_id="firm:b")
    assert relation_row(forward) == relation_row(backward)
    assert (relation_row(forward)["source_id"], relation_row(forward)["target_id"]) == (
        "firm:b",
        "lab:a",
    )


def test_the_erasure_guard_keeps_no_readable_id() -> None:
    key = erasure_key("expert:mario-rossi")
    assert key == erasure_key("expert:mario-rossi")
    assert "mario" not in key
    assert key != erasure_key("expert:maria-rossi")


def test_a_project_is_embedded_by_its_title_and_the_start_of_its_report() -> None:
    assert project_summary("Dati ambientali", "Dati ambientali per la banca.") == (
        "Dati ambientali per la banca."
    )  # a report that starts with its title holds it once
    assert project_summary("LCA", "Impronta di prodotto.") == "LCA. Impronta di prodotto."
    long = project_summary("LCA", "parola " * 200)
    assert len(long) <= SUMMARY_CHARS
    assert long.endswith("parola")  # cut after a whole word

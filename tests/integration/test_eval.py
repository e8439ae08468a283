"""`contamina eval` end to end on a tiny dataset: Kafka, the ingestion consumers, Neo4j, the
matcher and both baselines, on the test servers instead of the eval stack."""

import json
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from services.cli.eval import as_json, configuration
from services.embedding import Embedder
from services.evaluation.run import BM25_PARTNERS, FOCUSING, SYSTEMS, Evaluation, evaluate, load
from services.matcher.ranking.model import SIGNALS, Weights
from services.settings import Settings
from tests.integration.ingest_support import ids, relation_types

pytestmark = pytest.mark.integration


def profile(profile_id: str, kind: str, text: str, **fields: Any) -> dict[str, Any]:
    return {"id": profile_id, "kind": kind, "name": profile_id.title(), "text": text, **fields}


PROFILES = [
    profile("association:cna", "association", "Associazione artigiani", territory="BG"),
    profile(
        "firm:gomme",
        "firm",
        "Stampaggio di guarnizioni in gomma per elettrodomestici",
        sector="22.19",
        territory="BG",
        relations=[
            {"type": "member_of", "target": "association:cna"},
            {"type": "collaborated_with", "target": "firm:not-in-the-dataset"},
        ],
    ),
    profile("firm:vini", "firm", "Cantina e produzione di vino", sector="11.02"),
    profile("firm:rete", "firm", "Reti informatiche per uffici", sector="62.02"),
    profile(
        "expert:fatica",
        "expert",
        "Prove di fatica e invecchiamento di elastomeri e guarnizioni in gomma",
        sector="72.19",
        topics=["fatica", "elastomeri"],
        relations=[{"type": "affiliated_with", "target": "association:cna"}],
    ),
    profile("expert:vino", "expert", "Enologo: fermentazione e affinamento del vino"),
    profile("expert:cyber", "expert", "Sicurezza informatica OT, difesa da ransomware"),
    profile(
        "lab:materiali",
        "lab",
        "Laboratorio prove meccaniche su gomma ed elastomeri",
        territory={"canton": "TI"},
    ),
    profile("lab:sensoriale", "lab", "Analisi sensoriale di vini e alimenti"),
    profile(
        "startup:sensori", "startup", "Sensori IoT per manutenzione predittiva", territory="DE21"
    ),
    profile("university:polimi", "university", "Dipartimento di chimica dei materiali polimerici"),
    profile(
        "research_centre:ict",
        "research_centre",
        "Centro di ricerca su reti e sicurezza",
        territory={"country": "FR"},
    ),
    profile("lab:corrosione", "lab", "Prove in nebbia salina, corrosione di rivestimenti"),
    profile(
        "expert:coatings",
        "expert",
        "Salt spray testing and anti-corrosion coatings for steel",
        language="en",
    ),
]
NEEDS = [
    {
        "id": "need:guarnizioni",
        "text": "Le guarnizioni in gomma si rompono dopo pochi mesi: servono prove di fatica",
        "firm_id": "firm:gomme",
        "sector": "22.19",
        "territory": "BG",
        "relevant": ["expert:fatica", "lab:materiali", "firm:gomme"],
    },
    {
        "id": "need:vino",
        "text": "Vogliamo migliorare la fermentazione del nostro vino",
        "firm_id": "firm:vini",
        "kinds": ["expert"],
        "relevant": ["expert:vino"],
    },
    {
        "id": "need:ransomware",
        "text": "Abbiamo subito un attacco ransomware alle macchine di produzione",
        "kinds": ["expert", "research_centre"],
        "relevant": ["expert:cyber", "research_centre:ict"],
    },
    {
        "id": "need:rust",
        "text": "Our steel flanges rust after a few weeks in the warehouse",
        "language": "en",
        "relevant": ["lab:corrosione"],
    },
    {"id": "need:unscored", "text": "Cerchiamo un partner", "relevant": ["expert:elsewhere"]},
]
PROJECTS = [
    {
        "id": "project:guarnizioni-2024",
        "title": "Voucher 2024: guarnizioni che si criccano",
        "text": "Partendo dai resi di guarnizioni in gomma rotte, prove di fatica in laboratorio.",
        "date": "2024-04-02",
        "kind": "voucher",
        "participants": ["firm:gomme", "lab:materiali", "firm:not-in-the-dataset"],
        "roles": {"firm:gomme": "beneficiary", "lab:materiali": "provider"},
    },
    {
        "id": "project:nobody-here",
        "title": "A project of others",
        "text": "Nobody of this dataset took part in this project about bridges.",
        "date": "2023-01-01",
        "participants": ["firm:elsewhere"],
    },
]


def write_dataset(directory: Path) -> Path:
    files = (("profiles.jsonl", PROFILES), ("needs.jsonl", NEEDS), ("projects.jsonl", PROJECTS))
    for name, rows in files:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def countries(graph: Driver, wanted: list[str]) -> dict[str, tuple[str | None, ...]]:
    records, _, _ = graph.execute_query(
        "MATCH (e:Entity) WHERE e.id IN $ids"
        " RETURN e.id AS id, e.canton AS canton, e.region AS region, e.country AS country",
        ids=wanted,
    )
    return {r["id"]: (r["canton"], r["region"], r["country"]) for r in records}


@pytest.fixture
async def evaluation(
    tmp_path: Path, settings: Settings, graph: Driver, embedder: Embedder
) -> Evaluation:
    return await evaluate(load(write_dataset(tmp_path)), settings, graph, embedder)


def test_the_dataset_reaches_the_graph_and_the_report_gives_sizes_model_and_timings(
    evaluation: Evaluation, graph: Driver
) -> None:
    assert ids(graph) >= {row["id"] for row in PROFILES}
    assert ("firm:gomme", "MEMBER_OF", "association:cna") in relation_types(graph)
    assert ("expert:fatica", "AFFILIATED_WITH", "association:cna") in relation_types(graph)
    assert countries(graph, ["lab:materiali", "startup:sensori", "research_centre:ict"]) == {
        "lab:materiali": ("TI", None, "CH"),
        "startup:sensori": (None, "DE21", "DE"),
        "research_centre:ict": (None, None, "FR"),
    }

    report = json.loads(json.dumps(as_json(evaluation)))

    assert report["dataset"] == {
        "profiles": 14,
        "relations": 2,
        "projects": 1,  # the other has no participant in the dataset
        "needs": 5,
        "scored_needs": 4,
    }
    assert report["model"] == evaluation.model
    assert set(report["systems"]) == set(SYSTEMS)
    assert set(report["systems"]["matcher"]) == {
        "ndcg_at_10",
        "recall_at_10",
        "mrr",
        "success_at_5",
        "p_at_5",
    }
    records, _, _ = graph.execute_query(
        "MATCH (e:Entity)-[t:TOOK_PART_IN]->(p:Project) RETURN e.id AS id, t.role AS role"
    )
    assert {(r["id"], r["role"]) for r in records} == {
        ("firm:gomme", "beneficiary"),
        ("lab:materiali", "provider"),
    }
    # The needs are in the graph as a hub's are, with their vectors (memory.framings).
    records, _, _ = graph.execute_query(
        "MATCH (n:Need) WHERE n.embedding IS NOT NULL RETURN count(n) AS needs"
    )
    assert records[0]["needs"] == 5
    # One ablation per signal that is on (topics is off by default); focusing is off.
    on = {signal for signal, weight in Weights().by_signal().items() if weight > 0}
    assert set(report["ablations"]) == {f"without_{signal}" for signal in on}
    assert on < set(SIGNALS)
    assert {name: part["needs"] for name, part in report["slices"].items()} == {
        "same_language": 3,
        "cross_lingual": 1,  # the English need answered by an Italian lab
    }
    assert all(set(part["systems"]) == set(SYSTEMS) for part in report["slices"].values())
    assert report["fitted"] is None
    assert report["unsuggestable_answers"] == 0.0  # the association is no one's right answer
    assert set(report["bm25_among_partners"]) == set(report["systems"]["bm25"])
    assert {"ingest_s", "rank_s", "baselines_s", "matcher_mean_latency_ms"} <= set(
        report["timings"]
    )
    assert report["timings"]["matcher_mean_latency_ms"] > 0


def test_every_system_finds_the_obvious_answers_within_the_filters_without_the_requester(
    evaluation: Evaluation,
) -> None:
    kinds = {row["id"]: row["kind"] for row in PROFILES}
    for system in SYSTEMS:
        assert len(evaluation.rankings[system]) == len(NEEDS)
        for need, ranked in zip(NEEDS, evaluation.rankings[system], strict=True):
            assert len(ranked) <= 10, system
            assert need.get("firm_id") not in ranked, system
            wanted = need.get("kinds")
            assert not wanted or {kinds[found] for found in ranked} <= set(wanted), system
        scores = evaluation.scores[system]
        assert 0.5 <= scores.mrr <= 1.0, system
        assert 0.0 < scores.ndcg_at_10 <= 1.0, system
        assert 0.0 < scores.recall_at_10 <= 1.0, system
    assert evaluation.rankings["bm25"][1] == ["expert:vino"]  # no other expert shares a word


async def test_fitting_reports_both_halves_and_settings_that_can_be_kept(
    tmp_path: Path,
    settings: Settings,
    graph: Driver,
    embedder: Embedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded = load(write_dataset(tmp_path))
    focusing = settings.model_copy(update={"focus_query": True})
    evaluation = await evaluate(loaded, focusing, graph, embedder, fit_weights=True)
    assert FOCUSING in evaluation.ablations  # switched off once, since it was on
    fitted = evaluation.fitted
    assert fitted is not None
    assert set(fitted.halves) == {"fit", "report"}
    for systems in fitted.halves.values():
        assert {*SYSTEMS, BM25_PARTNERS, "fitted"} <= set(systems)
        assert set(systems) <= {*SYSTEMS, BM25_PARTNERS, "fitted", "learned"}
    assert sum(fitted.weights.by_signal().values()) == pytest.approx(1.0, abs=1e-3)
    assert 0.0 <= fitted.whole.ndcg_at_10 <= 1.0

    for name, value in configuration(fitted).items():
        monkeypatch.setenv(name, value)
    kept = Settings(_env_file=None)
    assert kept.focus_query == fitted.focus_query
    assert kept.weights.model_dump() == pytest.approx(fitted.weights.__dict__)

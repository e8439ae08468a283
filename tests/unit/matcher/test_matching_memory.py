from datetime import date

import pytest

from services.matcher.memory import HUB_PROJECTS, MemoryIndex, Remembered, index_of
from services.matcher.ranking.text import indexed

LCA = "analisi del ciclo di vita impronta ambientale dei prodotti dati ambientali per la banca"
FATIGUE = "prove di fatica su componenti stampati in tecnopolimero rotture vicino agli inserti"


def remembered(id: str, when: date, *participants: str, roles: tuple[str, ...] = ()) -> Remembered:
    return Remembered(
        id=id,
        title=id.title(),
        date=when,
        kind="voucher",
        participants=participants,
        roles=roles or tuple("partner" for _ in participants),
    )


def memory(*items: tuple[Remembered, str]) -> MemoryIndex:
    return MemoryIndex([item for item, _ in items], [indexed(text) for _, text in items])


MEMORY = memory(
    (remembered("p:lca", date(2024, 5, 1), "lab:lca", "firm:other"), LCA),
    (remembered("p:fatigue", date(2023, 1, 1), "lab:fatigue", "firm:rossi"), FATIGUE),
    (remembered("p:later", date(2026, 6, 1), "expert:late", "firm:rossi"), LCA),
)


def test_the_hub_memory_finds_who_did_projects_like_the_need() -> None:
    found = MEMORY.recall(indexed("la banca chiede dati ambientali"), before=None, requester=None)
    assert found["lab:lca"].experience == pytest.approx(1.0)
    assert found["lab:lca"].project is not None
    assert found["lab:lca"].project.id in {"p:lca", "p:later"}
    assert "lab:fatigue" not in found


def test_a_project_dated_after_the_need_never_contributes() -> None:
    need = indexed("la banca chiede dati ambientali")
    found = MEMORY.recall(need, before=date(2026, 1, 15), requester="firm:rossi")
    assert "expert:late" not in found
    assert found["lab:lca"].project is not None
    assert found["lab:lca"].project.id == "p:lca"
    same_day = MEMORY.recall(need, before=date(2026, 6, 1), requester="firm:rossi")
    assert "expert:late" not in same_day


def test_the_requester_memory_weighs_its_own_similar_projects_and_leaves_it_out() -> None:
    found = MEMORY.recall(indexed(FATIGUE), before=None, requester="firm:rossi")
    assert found["lab:fatigue"].history == pytest.approx(1.0)
    assert found["lab:fatigue"].shared is not None
    assert found["lab:fatigue"].shared.id == "p:fatigue"
    assert "firm:rossi" not in found
    assert "firm:other" not in found  # its project is nothing like the need


def test_a_beneficiary_passes_on_less_than_who_did_the_work() -> None:
    index = memory(
        (
            remembered(
                "p:1",
                date(2024, 1, 1),
                "firm:had-it",
                "lab:did-it",
                roles=("beneficiary", "provider"),
            ),
            LCA,
        )
    )
    found = index.recall(indexed(LCA), before=None, requester=None)
    assert found["firm:had-it"].experience < found["lab:did-it"].experience


def test_the_hub_memory_reads_only_the_most_similar_projects() -> None:
    many = [
        (remembered(f"p:{n:03}", date(2024, 1, 1), f"lab:{n:03}"), f"{LCA} variante {n}")
        for n in range(HUB_PROJECTS + 20)
    ]
    found = memory(*many).recall(indexed(LCA), before=None, requester=None)
    assert len(found) == HUB_PROJECTS


def test_an_empty_memory_recalls_nothing() -> None:
    assert MemoryIndex([], []).recall("banca", before=None, requester="firm:x") == {}


def test_graph_rows_become_an_index_and_needs_are_analysed_here() -> None:
    rows = [
        {
            "id": "p:1",
            "title": "LCA",
            "date": date(2024, 1, 1),
            "kind": "voucher",
            "terms": indexed(LCA),
            "text": None,
            "participants": [{"id": "lab:lca", "role": "provider"}],
        },
        {
            "id": "need:9",
            "title": "Serve un LCA",
            "date": date(2025, 1, 1),
            "kind": "need",
            "terms": None,
            "text": FATIGUE,
            "participants": [{"id": "lab:fatigue", "role": "provider"}],
        },
        {
            "id": "p:empty",
            "title": "Nobody left",
            "date": date(2024, 1, 1),
            "kind": "eu",
            "terms": indexed(LCA),
            "text": None,
            "participants": [],
        },
    ]
    index = index_of(rows)
    assert [item.id for item in index.items] == ["p:1", "need:9"]
    assert "lab:fatigue" in index.recall(indexed(FATIGUE), before=None, requester=None)

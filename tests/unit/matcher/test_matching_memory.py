from datetime import date

import numpy as np
import pytest

from services.matcher.memory import (
    ACROSS_SHARE,
    FRAMING_TEXTS,
    HUB_PROJECTS,
    MemoryIndex,
    Need,
    Remembered,
    across,
    framings,
    index_of,
)
from services.matcher.ranking.text import indexed

LCA = "analisi del ciclo di vita impronta ambientale dei prodotti dati ambientali per la banca"
FATIGUE = "prove di fatica su componenti stampati in tecnopolimero rotture vicino agli inserti"


def remembered(
    id: str, when: date, *participants: str, roles: tuple[str, ...] = (), language: str = "it"
) -> Remembered:
    return Remembered(
        id=id,
        title=id.title(),
        date=when,
        kind="voucher",
        participants=participants,
        roles=roles or tuple("partner" for _ in participants),
        language=language,
    )


def project_row(
    id: str, vector: list[float], participant: str, model: str = "m"
) -> dict[str, object]:
    """A past project as `graph.memory.memories` returns it, with a vector of `model`."""
    return {
        "id": id,
        "title": id,
        "date": date(2024, 1, 1),
        "kind": "voucher",
        "terms": indexed("progetto"),
        "text": None,
        "language": "it",
        "embedding": vector,
        "embedding_model": model,
        "participants": [{"id": participant, "role": "provider"}],
    }


def memory(*items: tuple[Remembered, str]) -> MemoryIndex:
    return MemoryIndex([item for item, _ in items], [indexed(text) for _, text in items])


MEMORY = memory(
    (remembered("p:lca", date(2024, 5, 1), "lab:lca", "firm:other"), LCA),
    (remembered("p:fatigue", date(2023, 1, 1), "lab:fatigue", "firm:rossi"), FATIGUE),
    (remembered("p:later", date(2026, 6, 1), "expert:late", "firm:rossi"), LCA),
)


def test_the_hub_memory_finds_who_did_projects_like_the_need() -> None:
    found = MEMORY.recall(
        Need(indexed("la banca chiede dati ambientali")), before=None, requester=None
    )
    assert found["lab:lca"].experience == pytest.approx(1.0)
    assert found["lab:lca"].project is not None
    assert found["lab:lca"].project.id in {"p:lca", "p:later"}
    assert "lab:fatigue" not in found


def test_a_project_dated_after_the_need_never_contributes() -> None:
    need = indexed("la banca chiede dati ambientali")
    found = MEMORY.recall(Need(need), before=date(2026, 1, 15), requester="firm:rossi")
    assert "expert:late" not in found
    assert found["lab:lca"].project is not None
    assert found["lab:lca"].project.id == "p:lca"
    same_day = MEMORY.recall(Need(need), before=date(2026, 6, 1), requester="firm:rossi")
    assert "expert:late" not in same_day


def test_the_requester_memory_weighs_its_own_similar_projects_and_leaves_it_out() -> None:
    found = MEMORY.recall(Need(indexed(FATIGUE)), before=None, requester="firm:rossi")
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
    found = index.recall(Need(indexed(LCA)), before=None, requester=None)
    assert found["firm:had-it"].experience < found["lab:did-it"].experience


def test_the_hub_memory_reads_only_the_most_similar_projects() -> None:
    many = [
        (remembered(f"p:{n:03}", date(2024, 1, 1), f"lab:{n:03}"), f"{LCA} variante {n}")
        for n in range(HUB_PROJECTS + 20)
    ]
    found = memory(*many).recall(Need(indexed(LCA)), before=None, requester=None)
    assert len(found) == HUB_PROJECTS


def test_an_empty_memory_recalls_nothing() -> None:
    assert MemoryIndex([], []).recall(Need("banca"), before=None, requester="firm:x") == {}


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
    assert "lab:fatigue" in index.recall(Need(indexed(FATIGUE)), before=None, requester=None)


AXES = {"lca": [1.0, 0.0, 0.0], "fatigue": [0.0, 1.0, 0.0], "wine": [0.0, 0.0, 1.0]}
"""Stand-in vectors: one axis of meaning per subject, whatever the language."""


def bilingual() -> MemoryIndex:
    items = [
        (remembered("p:lca", date(2024, 1, 1), "lab:lca"), LCA, AXES["lca"]),
        (remembered("p:fatigue", date(2024, 1, 1), "lab:fatigue"), FATIGUE, AXES["fatigue"]),
        (remembered("p:wine", date(2024, 1, 1), "lab:wine"), "vinificazione", AXES["wine"]),
        (
            remembered("p:eu", date(2024, 1, 1), "centre:eu", language="en"),
            "life cycle assessment",
            AXES["lca"],
        ),
        *(  # what most of a hub's projects are to any one need: about something else
            (remembered(f"p:wine-{n}", date(2024, 1, 1), "lab:wine"), "cantina", AXES["wine"])
            for n in range(4)
        ),
    ]
    return MemoryIndex(
        [item for item, _, _ in items],
        [indexed(text) for _, text, _ in items],
        [vector for _, _, vector in items],
    )


def test_a_project_in_another_language_is_recalled_by_its_meaning() -> None:
    english = Need(indexed("our bank wants figures on our footprint"), AXES["lca"], "en")
    found = bilingual().recall(english, before=None, requester=None)
    assert found["lab:lca"].experience == pytest.approx(1.0)  # no shared word, same meaning
    assert "lab:fatigue" not in found
    assert "lab:wine" not in found


def test_meaning_never_stands_in_for_words_within_one_language() -> None:
    # The English project means the same, but an English need without its words finds nothing
    # in it: within a language, the words are the evidence.
    english = Need(indexed("our bank wants figures on our footprint"), AXES["lca"], "en")
    assert "centre:eu" not in bilingual().recall(english, before=None, requester=None)
    italian = Need(indexed("il cliente chiede un bilancio"), AXES["lca"], "it")
    found = bilingual().recall(italian, before=None, requester=None)
    assert "lab:lca" not in found
    assert "centre:eu" in found  # the English one, by its meaning


def test_a_project_by_meaning_is_still_only_one_from_before_the_need() -> None:
    english = Need(indexed("figures on our footprint"), AXES["lca"], "en")
    assert bilingual().recall(english, before=date(2024, 1, 1), requester=None) == {}


def test_across_languages_a_typical_project_is_nothing_and_a_close_one_is_a_share() -> None:
    cosines = np.array([0.1] * 3 + [0.2] * 4 + [0.6, 0.9], dtype=np.float32)
    scaled = across(cosines)  # the 75th percentile is 0.2
    assert scaled[:7] == pytest.approx([0.0] * 7)
    assert scaled[7] == pytest.approx(ACROSS_SHARE)  # halfway from 0.2 to 1
    assert scaled[8] == pytest.approx(ACROSS_SHARE)  # never more
    assert across(np.ones(3, dtype=np.float32)) == pytest.approx([0.0, 0.0, 0.0])


def test_only_the_current_models_vectors_are_read_from_the_graph() -> None:
    rows = [
        project_row("p:1", AXES["lca"], "lab:lca", "old-model"),
        *(project_row(f"p:{n}", AXES["wine"], "lab:wine", "old-model") for n in (2, 3)),
    ]  # the need's typical project is not the first
    english = Need(indexed("figures on our footprint"), AXES["lca"], "en")
    assert index_of(rows, "new-model").recall(english, before=None, requester=None) == {}
    assert "lab:lca" in index_of(rows, "old-model").recall(english, before=None, requester=None)


def test_projects_without_a_vector_keep_their_words_and_the_others_their_meaning() -> None:
    index = bilingual()
    items = [*index.items, remembered("p:old", date(2024, 1, 1), "lab:old")]
    vectors = [*(index.vectors or []), None]  # recorded before projects were embedded
    mixed = MemoryIndex(items, [*index.terms, indexed(FATIGUE)], vectors)
    english = Need(indexed("figures on our footprint"), AXES["lca"], "en")
    assert set(mixed.recall(english, before=None, requester=None)) == {"lab:lca"}
    italian = Need(indexed(FATIGUE), AXES["fatigue"], "it")
    assert "lab:old" in mixed.recall(italian, before=None, requester=None)


FRAMED = {
    "fatigue": [0.0, 1.0, 0.0, 0.0],
    "abroad": [0.0, 0.0, 0.0, 1.0],  # "the Italian branch of a group based abroad"
    "wine": [0.0, 0.0, 1.0, 0.0],
}


FRAMED_PROJECTS = [
    project_row("p:export", FRAMED["abroad"], "expert:export"),  # selling abroad
    project_row("p:fatigue", FRAMED["fatigue"], "lab:fatigue"),
    *(project_row(f"p:wine-{n}", FRAMED["wine"], "lab:wine") for n in range(4)),
]

ENGLISH_NEEDS = [{"language": "en", "embedding": [0.0, 0.1, 0.0, 0.7]}] * FRAMING_TEXTS
"""How every English note presents its firm, whatever its problem."""


def test_what_the_hubs_needs_share_does_not_lead_the_memory_across_languages() -> None:
    # An English note on a fatigue failure at a foreign-owned firm: its vector leans more to
    # the way such notes present the firm than to its problem.
    need = Need(indexed("parts break in service"), [0.0, 0.6, 0.0, 0.8], "en")
    plain = index_of(FRAMED_PROJECTS, "m").recall(need, before=None, requester=None)
    assert plain["expert:export"].experience > plain["lab:fatigue"].experience
    framed = index_of(FRAMED_PROJECTS, "m", ENGLISH_NEEDS)
    found = framed.recall(need, before=None, requester=None)
    assert found["lab:fatigue"].experience == pytest.approx(1.0)
    assert found["expert:export"].experience < 0.2


def test_what_texts_share_is_read_only_from_enough_of_them() -> None:
    assert framings(ENGLISH_NEEDS[1:]) == {}
    shared = framings([*ENGLISH_NEEDS, {"language": "it", "embedding": [1.0, 0, 0, 0]}])
    assert set(shared) == {"en"}
    assert shared["en"] == pytest.approx([0.0, 0.1, 0.0, 0.7])
    # An Italian need is not centred on the English notes' framing.
    italian = Need(indexed("parole"), [0.0, 0.6, 0.0, 0.8], "it")
    framed = index_of([{**row, "language": "en"} for row in FRAMED_PROJECTS], "m", ENGLISH_NEEDS)
    found = framed.recall(italian, before=None, requester=None)
    assert found["expert:export"].experience > found["lab:fatigue"].experience


def test_a_needs_vector_is_centred_on_its_languages_needs_where_there_are_enough() -> None:
    framed = index_of(FRAMED_PROJECTS, "m", ENGLISH_NEEDS)
    centred = framed.centred([0.0, 0.6, 0.0, 0.8], "en")
    expected = np.array([0.0, 0.5, 0.0, 0.1]) / np.hypot(0.5, 0.1)
    assert centred == pytest.approx(list(expected), abs=1e-6)  # float32
    assert framed.centred([0.0, 0.6, 0.0, 0.8], "it") == pytest.approx([0.0, 0.6, 0.0, 0.8])
    few = index_of(FRAMED_PROJECTS, "m", ENGLISH_NEEDS[1:])
    assert few.centred([0.0, 0.6, 0.0, 0.8], "en") == pytest.approx([0.0, 0.6, 0.0, 0.8])

"""How the ingestion writes the graph without its writers deadlocking: the shared nodes a
batch names are merged once each, in key order."""

from typing import Any

from graph.store import vocabulary


def _row(topics: list[str], sections: list[str], provinces: list[str]) -> dict[str, Any]:
    return {
        "topics": [{"key": t.lower(), "name": t} for t in topics],
        "sectors": [{"section": s, "name": f"section {s}"} for s in sections],
        "provinces": provinces,
    }


def test_a_batch_names_each_shared_node_once_in_key_order() -> None:
    shared = vocabulary(
        [_row(["Stampi", "gomma"], ["C"], ["MI"]), _row(["gomma", "Acciaio"], ["F", "C"], ["BG"])]
    )
    assert [t["key"] for t in shared["topics"]] == ["acciaio", "gomma", "stampi"]
    assert [s["section"] for s in shared["sectors"]] == ["C", "F"]
    assert shared["provinces"] == ["BG", "MI"]


def test_a_batch_without_links_names_nothing() -> None:
    assert vocabulary([_row([], [], [])]) == {"provinces": [], "sectors": [], "topics": []}

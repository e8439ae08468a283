from typing import Any

import pytest

from schemas.events import decode
from schemas.needs import Need, NeedSubmitted
from services.demo import needs
from services.demo.archetypes import ARCHETYPES
from services.demo.needs import misreadings
from services.demo.network import Network, generate
from services.ingest.projection import need_row


@pytest.fixture(scope="module")
def network() -> Network:
    return generate(seed=7, scale=1.0)


def submitted(network: Network) -> list[Need]:
    return [event.payload for event in network.needs]


def own(network: Network, need: Need) -> set[str]:
    return set(ARCHETYPES[network.archetypes[need.id]].services)


def test_about_half_the_needs_tick_one_or_two_services(network: Network) -> None:
    ticks = [need.services for need in submitted(network)]
    assert 0.45 * len(ticks) <= sum(map(bool, ticks)) <= 0.65 * len(ticks)
    assert all(len(services) <= 2 and len(set(services)) == len(services) for services in ticks)
    assert any(len(services) == 2 for services in ticks)


def test_ticked_services_are_mostly_the_archetypes_but_not_always(network: Network) -> None:
    ticking = [need for need in submitted(network) if need.services]
    right = [need for need in ticking if set(need.services) <= own(network, need)]
    assert 0.75 * len(ticking) <= len(right) <= 0.95 * len(ticking)


def test_a_wrong_tick_is_a_plausible_one(network: Network) -> None:
    for need in submitted(network):
        number = network.archetypes[need.id]
        for service in set(need.services) - own(network, need):
            assert service in misreadings(number), (need.id, service)


def test_every_archetype_can_be_misread_and_never_as_itself() -> None:
    for number, archetype in enumerate(ARCHETYPES):
        wrong = misreadings(number)
        assert wrong
        assert not set(wrong) & set(archetype.services)


def test_the_same_seed_ticks_the_same_services() -> None:
    first, again = generate(seed=7, scale=0.2), generate(seed=7, scale=0.2)
    assert [n.services for n in submitted(first)] == [n.services for n in submitted(again)]


def unticked(network: Network) -> list[dict[str, Any]]:
    """Every event as JSON, the needs' services left out."""
    dumps = [event.model_dump(mode="json") for event in network.events()]
    for dump in dumps:
        if dump["type"] == "need.submitted":
            dump["payload"]["services"] = []
    return dumps


def test_ticking_services_changes_nothing_else(
    network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The services come from streams of their own: without them, every text, firm, answer,
    project and event is what it is with them."""
    monkeypatch.setattr(needs, "ticked", lambda rng, number: [])
    without = generate(seed=7, scale=1.0)
    assert not any(need.services for need in submitted(without))
    assert unticked(without) == unticked(network)
    assert without.relevant == network.relevant
    assert without.archetypes == network.archetypes


def test_the_demo_publishes_each_need_with_its_services(network: Network) -> None:
    """What the web need page shows: the services on the need's graph row, as consumed."""
    for event in network.needs:
        consumed = decode(event.model_dump_json().encode(), max_bytes=1_000_000)
        assert isinstance(consumed, NeedSubmitted)
        row = need_row(consumed, None, "model")
        assert row["properties"]["services"] == [s.value for s in event.payload.services]

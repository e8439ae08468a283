from collections import Counter

import pytest

from schemas.events import decode
from services.demo.network import Network, generate


@pytest.fixture(scope="module")
def network() -> Network:
    return generate(seed=7, scale=1.0)


def events(network: Network) -> list[str]:
    groups = (network.organisations, network.experts, network.labs, network.relations)
    rest = (network.projects, network.needs)
    return [event.model_dump_json() for group in (*groups, *rest) for event in group]


def test_same_seed_gives_the_same_events_and_answers(network: Network) -> None:
    again = generate(seed=7, scale=1.0)
    assert events(again) == events(network)
    assert again.relevant == network.relevant


def test_another_seed_gives_another_network(network: Network) -> None:
    other = generate(seed=8, scale=1.0)
    assert events(other) != events(network)
    assert other.relevant != network.relevant


def test_every_event_passes_the_consumers_decoding(network: Network) -> None:
    for raw in events(network):
        decode(raw.encode(), max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("kind", "target"),
    [("firm", 2000), ("startup", 40), ("association", 10), ("hub_office", 9), ("incubator", 1)],
)
def test_organisations_come_in_the_demo_sizes(network: Network, kind: str, target: int) -> None:
    count = Counter(event.payload.kind.value for event in network.organisations)[kind]
    assert 0.85 * target <= count <= 1.15 * target


def test_partners_needs_and_collaborations_come_in_the_demo_sizes(network: Network) -> None:
    types = Counter(event.payload.type.value for event in network.relations)
    for count, target in [
        (len(network.experts), 300),
        (len(network.labs), 80),
        (len(network.needs), 300),
        (types["collaborated_with"], 1000),
        (types["member_of"], 2000),
    ]:
        assert 0.85 * target <= count <= 1.15 * target


def test_scale_multiplies_the_network_but_not_the_hub() -> None:
    small = generate(seed=7, scale=0.1)
    kinds = Counter(event.payload.kind.value for event in small.organisations)
    assert kinds["firm"] == 200
    assert kinds["association"] == 10
    assert len(small.needs) == 30
    assert small.profiles_count() == len(small.organisations) + len(small.experts) + len(small.labs)


def profile_ids(network: Network) -> list[str]:
    return [
        *(event.payload.id for event in network.organisations),
        *(event.payload.id for event in network.experts),
        *(event.payload.id for event in network.labs),
    ]


def test_ids_are_unique(network: Network) -> None:
    ids = profile_ids(network)
    assert len(ids) == len(set(ids))
    assert len({e.payload.id for e in network.needs}) == len(network.needs)
    assert len({e.event_id for e in network.relations}) == len(network.relations)


def test_event_ids_are_unique_across_all_events(network: Network) -> None:
    ids = [event.event_id for event in network.events()]
    assert len(ids) == len(set(ids))


def test_relations_and_needs_point_at_existing_profiles(network: Network) -> None:
    ids = set(profile_ids(network))
    for event in network.relations:
        assert event.payload.source_id in ids
        assert event.payload.target_id in ids
    for need in network.needs:
        assert need.payload.firm_id is None or need.payload.firm_id in ids
        assert network.relevant[need.payload.id] <= ids


def test_every_firm_belongs_to_one_association(network: Network) -> None:
    members = Counter(
        event.payload.source_id
        for event in network.relations
        if event.payload.type.value == "member_of"
    )
    firms = [e.payload.id for e in network.organisations if e.payload.kind.value == "firm"]
    assert all(members[firm] == 1 for firm in firms)


def test_events_do_not_carry_the_answers(network: Network) -> None:
    for need in network.needs:
        relevant = network.relevant[need.payload.id]
        assert not any(partner in need.model_dump_json() for partner in relevant)

from dataclasses import replace
from typing import Any

import pytest

from services.matcher.ranking.filters import (
    is_admissible,
    is_conflict,
    is_excluded,
    is_wanted_kind,
    is_within_reach,
)
from services.matcher.ranking.model import Candidate, NeedQuery, UnplacedNeedError

BERGAMO = (45.6983, 9.6773)
DALMINE = (45.6489, 9.6047)
MILANO = (45.4642, 9.1900)


NEED = NeedQuery(text="stampaggio", firm_id="firm:rossi", province="BG")
PARTNER = Candidate(id="expert:bianchi", kind="expert", name="Bianchi")


def need(**changes: Any) -> NeedQuery:
    return replace(NEED, **changes)


def partner(**changes: Any) -> Candidate:
    return replace(PARTNER, **changes)


def test_any_kind_when_none_wanted() -> None:
    assert is_wanted_kind(need(), partner(kind="lab"))


def test_only_wanted_kinds() -> None:
    wanted = need(kinds=frozenset({"lab", "university"}))
    assert is_wanted_kind(wanted, partner(kind="lab"))
    assert not is_wanted_kind(wanted, partner(kind="expert"))


def test_no_territory_limit_keeps_everyone() -> None:
    assert is_within_reach(need(), partner(province="PA"))


def test_province_only_keeps_the_same_province() -> None:
    local = need(province_only=True)
    assert is_within_reach(local, partner(province="BG"))
    assert not is_within_reach(local, partner(province="MI"))
    assert not is_within_reach(local, partner(province=None))


def test_province_only_needs_a_province() -> None:
    with pytest.raises(ValueError, match="province_only"):
        need(province=None, province_only=True)


def test_max_distance_uses_coordinates() -> None:
    near = need(coordinates=BERGAMO, max_distance_km=20.0)
    assert is_within_reach(near, partner(province="BG", coordinates=DALMINE))
    assert not is_within_reach(near, partner(province="MI", coordinates=MILANO))
    assert is_within_reach(
        need(coordinates=BERGAMO, max_distance_km=50.0), partner(coordinates=MILANO)
    )


def test_max_distance_without_coordinates_falls_back_to_province() -> None:
    near = need(coordinates=BERGAMO, max_distance_km=20.0)
    assert is_within_reach(near, partner(province="BG"))
    assert not is_within_reach(near, partner(province="MI"))
    assert not is_within_reach(
        need(max_distance_km=20.0), partner(province="MI", coordinates=MILANO)
    )


def test_negative_distance_is_refused() -> None:
    with pytest.raises(ValueError, match="max_distance_km"):
        need(max_distance_km=-1.0)


def test_engaged_or_declined_partners_are_excluded() -> None:
    done = need(excluded_ids=frozenset({"expert:bianchi"}))
    assert is_excluded(done, partner())
    assert not is_excluded(done, partner(id="expert:verdi"))


def test_the_firm_itself_is_a_conflict() -> None:
    assert is_conflict(need(), partner(id="firm:rossi", kind="firm"))


def test_the_firms_own_staff_is_a_conflict() -> None:
    assert is_conflict(need(), partner(organisation_id="firm:rossi"))


def test_the_firms_group_is_a_conflict() -> None:
    grouped = need(firm_group_ids=frozenset({"group:rossi-holding"}))
    assert is_conflict(
        grouped, partner(id="firm:rossi-2", group_ids=frozenset({"group:rossi-holding"}))
    )
    assert is_conflict(grouped, partner(organisation_id="group:rossi-holding"))
    assert is_conflict(grouped, partner(id="group:rossi-holding", kind="firm"))
    assert not is_conflict(grouped, partner(organisation_id="lab:polimi"))


def test_no_firm_no_conflict() -> None:
    assert not is_conflict(need(firm_id=None), partner(id="firm:rossi"))


def test_admissible_needs_every_filter() -> None:
    wanted = need(kinds=frozenset({"expert"}), province_only=True)
    assert is_admissible(wanted, partner(province="BG"))
    assert not is_admissible(wanted, partner(province="BG", kind="lab"))
    assert not is_admissible(wanted, partner(province="MI"))
    assert not is_admissible(wanted, partner(province="BG", organisation_id="firm:rossi"))


def test_province_only_is_refused_for_a_need_outside_italy() -> None:
    with pytest.raises(UnplacedNeedError, match=r"canton TI.*max_distance_km"):
        need(province=None, canton="TI", country="CH", province_only=True)
    with pytest.raises(UnplacedNeedError, match="in DE21"):
        need(province=None, region="DE21", province_only=True)


def test_a_canton_is_not_the_province_of_the_same_letters() -> None:
    brescia = need(province="BS", province_only=True)
    assert not is_within_reach(brescia, partner(canton="BS", country="CH"))


def test_max_distance_crosses_borders_by_coordinates() -> None:
    como = need(province="CO", coordinates=(45.8081, 9.0852), max_distance_km=30.0)
    lugano = partner(canton="TI", country="CH", coordinates=(46.0037, 8.9511))
    munich = partner(region="DE212", country="DE", coordinates=(48.1351, 11.5820))
    assert is_within_reach(como, lugano)
    assert not is_within_reach(como, munich)

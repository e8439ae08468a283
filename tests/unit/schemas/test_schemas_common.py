"""Shared value types: provinces, coordinates, contacts, topics, languages and services.

Each refusal must name the field and what was given; where the message also says what is
allowed, the test asserts that too, so a less helpful message fails here.
"""

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from schemas.common import Contact, Coordinates, Service, Territory
from schemas.events import describe
from schemas.organisations import Organisation
from schemas.places import CANTONS, COUNTRIES, NUTS_COUNTRIES, PROVINCES

FIRM = {"id": "firm:x1", "kind": "firm", "name": "X"}


def refusal(model: type[BaseModel], data: dict[str, Any]) -> str:
    """What the dead-letter record would say about this input."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return describe(caught.value)


def test_all_107_provinces_are_known() -> None:
    assert len(PROVINCES) == 107
    assert {"BG", "BS", "MI", "MB", "LC", "SO", "RM", "SU"} <= PROVINCES


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Territory, {"province": "BG"}),
        (Territory, {"region": "CH07"}),
        (Territory, {"region": "FR"}),
        (Territory, {"province": "LC", "comune": "Lecco"}),
        (Coordinates, {"lat": -90, "lon": -180}),
        (Coordinates, {"lat": 90, "lon": 180}),
        (Coordinates, {"lat": 45.6983, "lon": 9.6773}),
        (Contact, {"email": "mario.rossi@example.it"}),
        (Contact, {"phone": "+39 035 123 4567"}),
        (Contact, {"phone": "035/123.456-7"}),
        (Contact, {"website": "https://www.kilometrorosso.com/joiint-lab"}),
        (Contact, {"website": "http://point.bg.it"}),
        (Organisation, FIRM | {"topics": ["ab", "x" * 60]}),
        (Organisation, FIRM | {"topics": [f"t{n:02d}" for n in range(30)]}),
        (Organisation, FIRM | {"languages": ["it", "en", "de"]}),
        (Organisation, FIRM | {"services": [service.value for service in Service]}),
    ],
)
def test_values_within_bounds_are_accepted(model: type[BaseModel], data: dict[str, Any]) -> None:
    model.model_validate(data)


@pytest.mark.parametrize(
    ("model", "data", "field", "fragments"),
    [
        (Territory, {"province": "Bergamo"}, "province", ["not an Italian province", "e.g. BG"]),
        (Territory, {"province": "bg"}, "province", ["two capital letters"]),
        (Territory, {"province": "XX"}, "province", ["not an Italian province"]),
        (Territory, {"region": "Lombardia"}, "region", ["NUTS code", "e.g. ITC4"]),
        (Territory, {"region": "XX9"}, "region", ["XX is not a NUTS country", "DE21"]),
        (Territory, {"region": "US12"}, "region", ["US is not a NUTS country"]),
        (Territory, {"region": "ZZ"}, "region", ["ZZ is no country code", "e.g. FR"]),
        (Territory, {"canton": "MI"}, "canton", ["not a Swiss canton", "e.g. TI"]),
        (Territory, {"country": "ZZ"}, "country", ["ISO 3166-1", "e.g. IT, CH"]),
        (Territory, {"country": "EL"}, "country", ["EL is how NUTS writes GR"]),
        (Territory, {"province": "BG", "comune": ""}, "comune", ["at least 1 character"]),
        (Coordinates, {"lat": 90.01, "lon": 0}, "lat", ["less than or equal to 90"]),
        (Coordinates, {"lat": -90.01, "lon": 0}, "lat", ["greater than or equal to -90"]),
        (Coordinates, {"lat": 0, "lon": 180.5}, "lon", ["less than or equal to 180"]),
        (Coordinates, {"lat": 0, "lon": -181}, "lon", ["greater than or equal to -180"]),
        (Coordinates, {"lat": float("nan"), "lon": 0}, "lat", ["less than or equal to 90"]),
        (Coordinates, {"lat": "north", "lon": 0}, "lat", ["valid number", "'north'"]),
        (Coordinates, {"lat": 45.7}, "lon", ["Field required"]),
        (Contact, {"email": "mario.rossi"}, "email", ["email address"]),
        (Contact, {"email": "mario@localhost"}, "email", ["email address"]),
        (Contact, {"email": "mario rossi@example.it"}, "email", ["email address"]),
        (Contact, {"email": f"{'m' * 250}@example.it"}, "email", ["at most 254 characters"]),
        (Contact, {"phone": "chiamare in ufficio"}, "phone", ["phone number"]),
        (Contact, {"phone": "12345"}, "phone", ["phone number"]),
        (Contact, {"phone": "1" * 31}, "phone", ["at most 30 characters"]),
        (Contact, {"website": "www.point.bg.it"}, "website", ["web address"]),
        (Contact, {"website": "ftp://point.bg.it"}, "website", ["web address"]),
        (Contact, {"website": "https://point bg.it"}, "website", ["web address"]),
        (Contact, {"website": "https://" + "x" * 300}, "website", ["at most 300 characters"]),
        (Organisation, FIRM | {"topics": ["x"]}, "topics.0", ["at least 2 characters"]),
        (Organisation, FIRM | {"topics": ["x" * 61]}, "topics.0", ["at most 60 characters"]),
        (Organisation, FIRM | {"topics": ["ab"] * 31}, "topics", ["at most 30 items", "not 31"]),
        (Organisation, FIRM | {"languages": ["ita"]}, "languages.0", ["language code"]),
        (Organisation, FIRM | {"languages": ["IT"]}, "languages.0", ["language code"]),
        (Organisation, FIRM | {"languages": ["it"] * 11}, "languages", ["at most 10 items"]),
        (
            Organisation,
            FIRM | {"services": ["cooking"]},
            "services.0",
            ["'materials_testing'", "'research_development'", "'cooking'"],
        ),
        (
            Organisation,
            FIRM | {"services": ["training"] * 14},
            "services",
            ["at most 13 items"],
        ),
    ],
)
def test_values_out_of_bounds_are_refused_naming_the_field(
    model: type[BaseModel], data: dict[str, Any], field: str, fragments: list[str]
) -> None:
    detail = refusal(model, data)
    assert detail.startswith(f"{field}: ")
    for fragment in fragments:
        assert fragment in detail


def test_the_refused_value_is_quoted_so_the_sender_can_find_it() -> None:
    assert "(got 'Bergamo')" in refusal(Territory, {"province": "Bergamo"})


def test_text_is_stripped_before_its_bounds_are_checked() -> None:
    assert "at least 2 characters" in refusal(Organisation, FIRM | {"topics": [" x "]})
    assert Territory(province="BG", comune="  Dalmine ").comune == "Dalmine"


def test_a_territory_names_a_province_a_canton_a_region_or_a_country() -> None:
    detail = refusal(Territory, {"comune": "Lugano"})
    assert "Swiss canton" in detail
    assert '{"country": "FR"}' in detail


@pytest.mark.parametrize(
    ("data", "country"),
    [
        ({"province": "LC"}, "IT"),
        ({"canton": "TI"}, "CH"),
        ({"canton": "BS"}, "CH"),
        ({"region": "DE21"}, "DE"),
        ({"region": "CH07", "canton": "TI"}, "CH"),
        ({"region": "EL30"}, "GR"),
        ({"region": "UKI3"}, "GB"),
        ({"region": "US"}, "US"),
        ({"country": "FR"}, "FR"),
        ({"province": "CO", "region": "ITC4", "country": "IT"}, "IT"),
        ({"canton": " TI "}, "CH"),
    ],
)
def test_every_territory_has_its_country(data: dict[str, str], country: str) -> None:
    assert Territory.model_validate(data).country == country


def test_a_province_and_a_canton_of_the_same_letters_stay_apart() -> None:
    brescia, basel = Territory(province="BS"), Territory(canton="BS")
    assert (brescia.province, brescia.canton, brescia.country) == ("BS", None, "IT")
    assert (basel.province, basel.canton, basel.country) == (None, "BS", "CH")


@pytest.mark.parametrize(
    "data",
    [
        {"province": "BG", "canton": "TI"},
        {"province": "BG", "country": "FR"},
        {"canton": "TI", "region": "ITC4"},
    ],
)
def test_a_territory_lies_in_one_country(data: dict[str, str]) -> None:
    assert "lies in one country" in refusal(Territory, data)


def test_a_territory_round_trips_with_its_country() -> None:
    ticino = Territory(canton="TI", comune="Lugano")
    assert Territory.model_validate_json(ticino.model_dump_json()) == ticino


def test_the_code_lists_are_complete() -> None:
    assert len(CANTONS) == 26
    assert len(COUNTRIES) == 250
    assert {"IT", "CH", "DE", "FR", "GR", "GB", "XK"} <= COUNTRIES
    assert {"EL", "UK"} == NUTS_COUNTRIES - COUNTRIES

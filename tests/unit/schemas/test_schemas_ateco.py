"""ATECO codes: the format, the divisions that exist, and the section each one belongs to (the
section is what cross-sector contamination compares, so a wrong letter skews every ranking)."""

import pytest
from pydantic import ValidationError

from schemas import ateco
from schemas.events import describe
from schemas.organisations import Organisation

FORMAT_HINT = "two-digit division, optionally refined like 25.6, 25.62 or 25.62.00"


def firm_in(sector: str) -> Organisation:
    return Organisation(id="firm:x1", kind="firm", name="X", sector=sector)


@pytest.mark.parametrize("code", ["01", "25", "25.6", "25.62", "25.62.00", "99"])
def test_well_formed_codes_in_existing_divisions_are_accepted(code: str) -> None:
    assert ateco.validate(code) == code


def test_surrounding_spaces_are_dropped_in_a_profile() -> None:
    assert firm_in(" 25.62 ").sector == "25.62"


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("04", "division 04 does not exist in ATECO 2007"),
        ("00", "division 00 does not exist"),
        ("34", "division 34 does not exist"),
        ("40.1", "division 40 does not exist"),
        ("89.10", "division 89 does not exist"),
        ("25.6x", FORMAT_HINT),
        ("2562", FORMAT_HINT),
        ("2", FORMAT_HINT),
        ("25.", FORMAT_HINT),
        ("25.62.000", FORMAT_HINT),
        ("25,62", FORMAT_HINT),
        ("C25.62", FORMAT_HINT),
        ("", FORMAT_HINT),
    ],
)
def test_bad_codes_are_refused_saying_what_is_allowed(code: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        firm_in(code)
    detail = describe(caught.value)
    assert detail.startswith("sector: ")
    assert fragment in detail
    assert repr(code) in detail


@pytest.mark.parametrize(
    ("code", "letter"),
    [
        ("22.29", "C"),
        ("62.01", "J"),
        ("01.11", "A"),
        ("88.10", "Q"),
        ("47.91", "G"),
        ("10", "C"),
        ("33.20.09", "C"),
        ("35.11", "D"),
        ("58", "J"),
        ("63.99", "J"),
        ("71.20.10", "M"),
        ("72.19", "M"),
        ("85.42", "P"),
        ("99.00", "U"),
    ],
)
def test_each_code_maps_to_its_section(code: str, letter: str) -> None:
    assert ateco.section(code) == letter


def test_sections_cover_the_88_divisions_of_ateco_2007_once_each() -> None:
    assert len(ateco.DIVISION_SECTION) == 88
    assert set(ateco.DIVISION_SECTION.values()) == set(ateco.SECTION_NAMES)
    assert sorted(ateco.SECTION_NAMES) == [chr(letter) for letter in range(ord("A"), ord("V"))]


def test_a_section_is_never_asked_of_an_invalid_code() -> None:
    with pytest.raises(ValueError, match="division 04"):
        ateco.section("04.10")

"""Value types shared by the profiles: sector, territory, contacts, services, topics."""

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from schemas import ateco, places
from schemas.envelope import Contract, ShortText

AtecoCode = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(ateco.validate),
    Field(description="ATECO 2007 code, e.g. 22.29 or 25.62.00", examples=["22.29.09"]),
]
Province = Annotated[str, AfterValidator(places.province), Field(examples=["BG", "LC"])]
Canton = Annotated[str, AfterValidator(places.canton), Field(examples=["TI", "GR"])]
Region = Annotated[str, AfterValidator(places.region), Field(examples=["ITC4", "DE21"])]
Country = Annotated[str, AfterValidator(places.country), Field(examples=["CH", "FR"])]
Topic = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=60)]
Topics = Annotated[list[Topic], Field(max_length=30, description="Keywords, at most 30")]
LANGUAGE = r"^[a-z]{2}$"
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
PHONE = r"^\+?[0-9 ./-]{6,30}$"
WEBSITE = r"^https?://\S+$"
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE), Field(examples=["it"])]
TextLanguage = Annotated[
    str,
    StringConstraints(pattern=LANGUAGE),
    Field(
        description="ISO 639-1 code of the language its texts are written in, which full-text"
        " search analyses them by; `languages` are the ones spoken.",
        examples=["it", "en"],
    ),
]


class Coordinates(Contract):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Territory(Contract):
    """Where a party is: an Italian province, a Swiss canton, a NUTS region or only a country.

    Cantons have a field of their own rather than sharing `province`: their abbreviations
    clash with Italian plate codes (BS is Basel-Stadt and Brescia, SO Solothurn and Sondrio;
    GE, FR, BL, GR, LU, AG, AR too), so only the field can say which is meant. Nor are they
    written `CH-TI` in `region`: that would give `region` a third grammar, and Ticino's
    officers name their canton the way Lombardy's name their province.

    `country` (ISO 3166-1) is always there once parsed: given alone for a party placed only
    by its country, otherwise derived (IT for a province, CH for a canton, a NUTS code's
    prefix, EL read as GR and UK as GB) and, when given as well, checked against the rest.
    """

    province: Province | None = Field(None, description="Italian province, by its plate code.")
    canton: Canton | None = Field(None, description="Swiss canton, by its two-letter code.")
    region: Region | None = Field(
        None,
        description="NUTS region of any level (ITC4 Lombardy, CH07 Ticino, DE21 Upper Bavaria)"
        " or, for a party outside NUTS, its ISO country code.",
    )
    country: Country | None = Field(
        None,
        description="ISO 3166-1 alpha-2 country: alone for a party known only by its country;"
        " derived from the other fields when they are given, and must agree with them.",
    )
    comune: ShortText | None = None
    coordinates: Coordinates | None = None

    @model_validator(mode="before")
    @classmethod
    def _country_derived(cls, data: Any) -> Any:
        """Fill in the country the other codes agree on: before the fields are checked, as a
        frozen model cannot be filled in after. Disagreement is left for `_in_one_country`."""
        if not isinstance(data, dict) or data.get("country") is not None:
            return data
        implied = set(implied_countries(data).values())
        return {**data, "country": implied.pop()} if len(implied) == 1 else data

    @model_validator(mode="after")
    def _in_one_country(self) -> Self:
        """A territory is somewhere, and in one country: the fields must not disagree."""
        given = implied_countries(self.model_dump(include={"province", "canton", "region"}))
        if self.country is not None:
            given[f"country {self.country}"] = self.country
        if not given:
            raise ValueError(
                "a territory names an Italian province, a Swiss canton, a NUTS region or a"
                ' country, e.g. {"province": "BG"}, {"canton": "TI"}, {"region": "DE21"},'
                ' {"country": "FR"}'
            )
        if len(set(given.values())) > 1:
            said = ", ".join(f"{field} is in {code}" for field, code in given.items())
            raise ValueError(f"a territory lies in one country, but {said}")
        return self


def implied_countries(fields: dict[str, Any]) -> dict[str, str]:
    """The country each valid place code implies, by the code ("canton TI": "CH"); a code
    that is not valid implies nothing here, as its field reports it."""
    implied = {}
    for field, check in _CHECKS.items():
        code = fields.get(field)
        code = code.strip() if isinstance(code, str) else None
        if code and _passes(check, code):
            implied[f"{field} {code}"] = places.country_of(field, code)
    return implied


_CHECKS = {"province": places.province, "canton": places.canton, "region": places.region}


def _passes(check: Callable[[str], str], code: str) -> bool:
    try:
        check(code)
    except ValueError:
        return False
    return True


class Contact(Contract):
    """Personal data for natural persons: erased with the profile."""

    email: Annotated[str, StringConstraints(max_length=254, pattern=EMAIL)] | None = None
    phone: Annotated[str, StringConstraints(max_length=30, pattern=PHONE)] | (None) = None
    website: Annotated[str, StringConstraints(max_length=300, pattern=WEBSITE)] | (None) = None


class Service(StrEnum):
    """Services the hubs offer and partners provide."""

    MATERIALS_TESTING = "materials_testing"
    PATENTS_TRADEMARKS = "patents_trademarks"
    TECHNOLOGY_SCOUTING = "technology_scouting"
    TRAINING = "training"
    STARTUP_SUPPORT = "startup_support"
    CERTIFICATION = "certification"
    DIGITAL_TRANSFORMATION = "digital_transformation"
    PROTOTYPING = "prototyping"
    FUNDING_ADVICE = "funding_advice"
    ENERGY_SUSTAINABILITY = "energy_sustainability"
    CYBERSECURITY = "cybersecurity"
    DESIGN = "design"
    RESEARCH_DEVELOPMENT = "research_development"


Services = Annotated[list[Service], Field(max_length=len(Service))]
Languages = Annotated[list[LanguageCode], Field(max_length=10)]


class Availability(StrEnum):
    AVAILABLE = "available"
    LIMITED = "limited"
    UNAVAILABLE = "unavailable"

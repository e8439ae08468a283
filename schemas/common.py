"""Value types shared by the profiles: sector, territory, contacts, services, topics."""

import re
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from schemas import ateco
from schemas.envelope import Contract, ShortText

# Italy's 107 provinces and metropolitan cities, by their vehicle-plate code.
# fmt: off
PROVINCES = frozenset({
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR",
    "BS", "BT", "BZ", "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC",
    "FE", "FG", "FI", "FM", "FR", "GE", "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT",
    "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT", "NA", "NO", "NU", "OR", "PA", "PC", "PD",
    "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RM",
    "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP", "TR",
    "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
})
# fmt: on


def _province(code: str) -> str:
    if code not in PROVINCES:
        raise ValueError("not an Italian province code (two capital letters, e.g. BG, MI, BS)")
    return code


REGION = re.compile(r"[A-Z]{2}[A-Z0-9]{0,3}")


def _region(code: str) -> str:
    if not REGION.fullmatch(code):
        raise ValueError(
            "not a European region code: a NUTS code (the country's two capital letters, then"
            " up to three letters or digits, e.g. ITC4, CH07, DE21) or an ISO country code"
            " (e.g. FR)"
        )
    return code


AtecoCode = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(ateco.validate),
    Field(description="ATECO 2007 code, e.g. 22.29 or 25.62.00", examples=["22.29.09"]),
]
Province = Annotated[str, AfterValidator(_province), Field(examples=["BG"])]
Region = Annotated[str, AfterValidator(_region), Field(examples=["ITC4", "CH07"])]
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
    """Where a party is: its Italian province, or for a party abroad its European region."""

    province: Province | None = None
    region: Region | None = Field(
        None,
        description="NUTS region (ITC4 Lombardy, CH07 Ticino) or, where that is unknown, the"
        " ISO country code: for parties outside an Italian province.",
    )
    comune: ShortText | None = None
    coordinates: Coordinates | None = None

    @model_validator(mode="after")
    def _somewhere(self) -> Self:
        if self.province is None and self.region is None:
            raise ValueError("a territory names an Italian province or a European region")
        return self


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

"""The fictional firms: mostly micro and small, spread over Bergamo's valleys and plain.

A firm in a sector that solves problems for others (software, engineering, design, some
manufacturers) may itself be a partner, and then says so in its description.
"""

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from random import Random

from schemas.common import Contact, Coordinates, Service, Territory
from schemas.needs import PartnerKind
from schemas.organisations import Organisation, OrganisationKind
from services.demo import phrasing
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers, eligible, pick
from services.demo.places import PLACES, Place
from services.demo.sectors import Sector, sectors
from services.demo.vocabulary import COOP_NAMES, LEGAL_FORMS, SURNAMES

PARTNER_SHARE = {"services": 0.8}  # other groups: OTHER_PARTNER_SHARE
OTHER_PARTNER_SHARE = 0.06
# Districts: where a sector clusters in reality (rubber on the Sebino, textiles up the Serio).
DISTRICTS = {
    "22.19": "Sebino",
    "13.20": "Val Seriana",
    "13.30": "Val Seriana",
    "01.41": "Bassa Bergamasca",
}
AREA_WORDS = {
    "Val Seriana": "Seriana",
    "Val Brembana": "Brembana",
    "Sebino": "Sebina",
    "Isola Bergamasca": "Isola",
}


@dataclass(frozen=True)
class Firm:
    organisation: Organisation
    sector: Sector
    place: Place
    partner: bool


def place_for(rng: Random, sector: Sector) -> Place:
    district = DISTRICTS.get(sector.code)
    if district and rng.random() < 0.6:
        return rng.choice([p for p in PLACES if p.area == district])
    return rng.choices(PLACES, cum_weights=_place_weights())[0]


@cache
def _place_weights() -> list[int]:
    """Cumulative, computed once: the home province four times as likely as a neighbour."""
    return list(accumulate(12 if p.province == "BG" else 3 for p in PLACES))


@cache
def _sector_weights() -> list[int]:
    return list(accumulate(s.weight for s in sectors()))


def trading_name(rng: Random, sector: Sector, place: Place) -> str:
    surname, word = rng.choice(SURNAMES), rng.choice(sector.words)
    if sector.group == "social":
        return f"{word} {rng.choice(COOP_NAMES)} Soc. Coop."
    if sector.group == "farm":
        return f"{rng.choice(('Azienda Agricola', 'Cascina'))} {surname}"
    form = rng.choices([f for f, _ in LEGAL_FORMS], weights=[w for _, w in LEGAL_FORMS])[0]
    area = AREA_WORDS.get(place.area, "Orobica")
    pattern = rng.choice(
        (f"{surname} {word}", f"F.lli {surname}", f"{word} {area}", f"{word} {surname}")
    )
    return f"{pattern} {form}".strip()


def employees(rng: Random) -> int:
    band = rng.choices(((1, 9), (10, 49), (50, 249), (250, 900)), weights=(62, 28, 8, 2))[0]
    return rng.randint(*band)


def territory(rng: Random, place: Place) -> Territory:
    lat, lon = place.lat + rng.uniform(-0.01, 0.01), place.lon + rng.uniform(-0.01, 0.01)
    coordinates = Coordinates(lat=round(lat, 5), lon=round(lon, 5))
    return Territory(province=place.province, comune=place.comune, coordinates=coordinates)


def website(rng: Random, name: str) -> Contact | None:
    slug = re.sub(r"[^a-z0-9]+", "", name.lower())[:40]
    return Contact(website=f"https://www.{slug}.example.it") if rng.random() < 0.4 else None


def services_of(numbers: list[int]) -> list[Service]:
    return list(dict.fromkeys(s for n in numbers for s in ARCHETYPES[n].services))


def make_firm(rng: Random, number: int, carriers: Carriers) -> Firm:
    sector = rng.choices(sectors(), cum_weights=_sector_weights())[0]
    place = place_for(rng, sector)
    firm_id, name = f"firm:bg-{number:06d}", trading_name(rng, sector, place)
    share = PARTNER_SHARE.get(sector.group, OTHER_PARTNER_SHARE)
    pool = eligible(PartnerKind.FIRM, sector=sector.code) if rng.random() < share else []
    numbers = pick(rng, pool, rng.randint(1, 2))
    if numbers:
        carriers.add(firm_id, PartnerKind.FIRM, numbers)
    description = phrasing.sentences(
        f"{rng.choice(sector.blurbs)}.",
        f"Sede a {place.comune}.",
        phrasing.offer(rng, [ARCHETYPES[n] for n in numbers]),
        phrasing.lure(rng, numbers),
    )
    organisation = Organisation(
        id=firm_id,
        kind=OrganisationKind.FIRM,
        name=name,
        description=description,
        sector=sector.code,
        topics=[*sector.topics, *phrasing.topics_of(rng, numbers)],
        services=services_of(numbers),
        territory=territory(rng, place),
        languages=["it", "en"] if rng.random() < 0.2 else ["it"],
        employees=employees(rng),
        contact=website(rng, name),
    )
    return Firm(organisation, sector, place, bool(numbers))


def make_firms(rng: Random, count: int, carriers: Carriers) -> list[Firm]:
    return [make_firm(rng, number, carriers) for number in range(1, count + 1)]

"""The partners a need can be matched to: experts, labs, start-ups, departments and centres.

Each carries one to three archetypes (recorded in `Carriers`) and speaks of them in its
own words; where it is attached (affiliation, parent) follows the archetype's field.
"""

from dataclasses import dataclass
from random import Random
from typing import Generic, TypeVar

from schemas.common import Availability, Contact
from schemas.needs import PartnerKind
from schemas.organisations import Organisation, OrganisationKind
from schemas.profiles import Expert, Lab
from services.demo import phrasing
from services.demo.archetypes import ARCHETYPES
from services.demo.cast import Carriers, eligible, pick
from services.demo.firms import services_of, territory
from services.demo.hub import Parents
from services.demo.places import PLACES, Place
from services.demo.vocabulary import FIRST_NAMES, STARTUP_HEADS, STARTUP_TAILS, SURNAMES
from services.demo.voice import ENGLISH, ITALIAN, PARTNER_VOICES

AVAILABILITY = (Availability.AVAILABLE, Availability.LIMITED, Availability.UNAVAILABLE)
ENGLISH_SHARE = 0.2  # international labs and experts who describe themselves in English


Profile = TypeVar("Profile", Expert, Lab)


@dataclass(frozen=True)
class Attached(Generic[Profile]):
    """A profile and where it belongs: the target of its affiliation or part_of, if any."""

    profile: Profile
    parent: str | None


def somewhere(rng: Random, comune: str | None = None) -> Place:
    if comune is not None and rng.random() < 0.5:
        return next(p for p in PLACES if p.comune == comune)
    return rng.choices(PLACES, weights=[8 if p.province == "BG" else 2 for p in PLACES])[0]


def language_of(rng: Random) -> str:
    return ENGLISH if rng.random() < ENGLISH_SHARE else ITALIAN


def spoken(rng: Random, language: str, bilingual: float) -> list[str]:
    """Who writes English speaks it; of the others, a share speaks English too."""
    if language == ENGLISH:
        return [ENGLISH, ITALIAN]
    return [ITALIAN, ENGLISH] if rng.random() < bilingual else [ITALIAN]


def make_expert(rng: Random, number: int, carriers: Carriers, parents: Parents) -> Attached[Expert]:
    expert_id = f"expert:{number:05d}"
    language = language_of(rng)
    pool = eligible(PartnerKind.EXPERT, language=language)
    numbers = pick(rng, pool, rng.choices((1, 2, 3), (45, 40, 15))[0])
    carriers.add(expert_id, PartnerKind.EXPERT, numbers)
    first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    main = ARCHETYPES[numbers[0]]
    role = rng.choice(main.words(language).roles)
    role = f"{role[0].upper()}{role[1:]}"
    bio = phrasing.sentences(
        PARTNER_VOICES[language].experience.format(role=role, years=rng.randint(4, 35)),
        phrasing.lure(rng, numbers, language),
        phrasing.closer(rng, language),
    )
    affected = rng.sample(main.affected, min(2, len(main.affected)))
    expert = Expert(
        id=expert_id,
        name=f"{first} {surname}",
        headline=role,
        bio=bio,
        competences=phrasing.offer(rng, [ARCHETYPES[n] for n in numbers], language),
        topics=phrasing.topics_of(rng, numbers, language),
        sectors=list(dict.fromkeys([rng.choice(main.solvers), *affected])),
        services=services_of(numbers),
        territory=territory(rng, somewhere(rng)),
        languages=spoken(rng, language, 0.6),
        language=language,
        availability=rng.choices(AVAILABILITY, (60, 30, 10))[0],
        hours_per_month=rng.choice((4, 8, 12, 16, 20, 30, 40)),
        contact=Contact(email=f"{first}.{surname}.{number}@example.it".lower()),
    )
    return Attached(expert, parents.for_expert(rng, main.domain))


def make_lab(rng: Random, number: int, carriers: Carriers, parents: Parents) -> Attached[Lab]:
    lab_id = f"lab:{number:05d}"
    language = language_of(rng)
    numbers = pick(
        rng, eligible(PartnerKind.LAB, language=language), rng.choices((1, 2), (60, 40))[0]
    )
    carriers.add(lab_id, PartnerKind.LAB, numbers)
    archetypes = [ARCHETYPES[n] for n in numbers]
    parent = parents.for_lab(rng, archetypes[0].domain)
    parents.add_lab(archetypes[0].domain, lab_id)
    name = lab_name(rng, archetypes[0].domain, language, attached=parent is not None)
    accredited = rng.random() < 0.5
    lab = Lab(
        id=lab_id,
        name=name,
        description=phrasing.partner_text(rng, numbers, language),
        equipment=[item for a in archetypes for item in a.words(language).equipment][:50],
        tests=[p for a in archetypes for p in phrasing.concept_phrases(rng, a, language)],
        accreditations=["ACCREDIA ISO/IEC 17025"] if accredited else [],
        topics=phrasing.topics_of(rng, numbers, language),
        sector=rng.choice(("71.20", "71.20", "72.19")),
        services=services_of(numbers),
        territory=territory(rng, somewhere(rng)),
        languages=spoken(rng, language, 0.5),
        language=language,
        availability=rng.choices(AVAILABILITY, (60, 30, 10))[0],
        weekly_slots=rng.randint(0, 40),
        contact=Contact(email=f"laboratorio.{number}@example.it"),
    )
    return Attached(lab, parent)


def lab_name(rng: Random, domain: str, language: str, attached: bool) -> str:
    """A university's or centre's lab goes by its field; an independent one is a company."""
    word = PARTNER_VOICES[language].domain_words[domain]
    if not attached:
        return f"{rng.choice(SURNAMES)} {word} Lab Srl"
    return f"Laboratorio {word}" if language == ITALIAN else f"{word} Laboratory"


def make_startup(rng: Random, number: int, carriers: Carriers) -> Organisation:
    startup_id = f"startup:{number:05d}"
    numbers = pick(rng, eligible(PartnerKind.STARTUP), rng.choices((1, 2), (65, 35))[0])
    carriers.add(startup_id, PartnerKind.STARTUP, numbers)
    brand = f"{rng.choice(STARTUP_HEADS)}{rng.choice(STARTUP_TAILS)}"
    description = phrasing.sentences(
        "Start-up innovativa incubata al Point di Dalmine.", phrasing.partner_text(rng, numbers)
    )
    return Organisation(
        id=startup_id,
        kind=OrganisationKind.STARTUP,
        name=f"{brand} Srl",
        description=description,
        sector=rng.choice(ARCHETYPES[numbers[0]].solvers),
        topics=phrasing.topics_of(rng, numbers),
        services=services_of(numbers),
        territory=territory(rng, somewhere(rng, "Dalmine")),
        languages=["it", "en"],
        employees=rng.randint(1, 12),
    )

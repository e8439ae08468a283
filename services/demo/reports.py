"""A past project's title and report, as the hub writes up a finished intervention.

The report opens with the kind of intervention and the firms it was for (their trades and
size, never their names or towns), tells the problem as reported and what the partners did
in the archetype's report words (`report_words`), and closes with how it ended. None of it
comes from the needs' or the profiles' phrase banks.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from random import Random

from schemas.needs import PartnerKind
from schemas.projects import ProjectKind
from services.demo.firms import Firm
from services.demo.report_frames import ENGLISH_FRAMES, ITALIAN_FRAMES, Frames
from services.demo.report_words import report_words
from services.demo.voice import ENGLISH, ITALIAN

FRAMES = {ITALIAN: ITALIAN_FRAMES, ENGLISH: ENGLISH_FRAMES}


@dataclass(frozen=True)
class Written:
    title: str
    text: str


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def listed(items: Sequence[str], conjunction: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def staff(firm: Firm, language: str) -> str:
    count = firm.organisation.employees or 1
    if language == ENGLISH:
        return "a single person on staff" if count == 1 else f"{count} staff"
    return "un solo addetto" if count == 1 else f"{count} addetti"


def trades(firms: Sequence[Firm], frames: Frames) -> str:
    """Up to three distinct trades of the firms, as the sector labels say them."""
    labels = list(dict.fromkeys(firm.sector.label for firm in firms))[:3]
    return listed(labels, frames.conjunction)


def actors(kinds: Sequence[PartnerKind], frames: Frames) -> str:
    return listed(list(dict.fromkeys(frames.actors[kind] for kind in kinds)), frames.conjunction)


def write_report(
    rng: Random,
    number: int,
    kind: ProjectKind,
    *,
    language: str,
    firms: Sequence[Firm],
    providers: Sequence[PartnerKind],
    year: int,
) -> Written:
    """The report of a project on archetype `number` for `firms` by partners of `providers`."""
    words, frames = report_words(number, language), FRAMES[language]
    if words is None:
        raise ValueError(f"archetype {number} has no report words in {language!r}")
    title = f"{rng.choice(frames.prefixes[kind])} {year}: {rng.choice(words.titles)}"
    opening = rng.choice(frames.openings[kind]).format(
        firms=trades(firms, frames), count=len(firms), staff=staff(firms[0], language)
    )
    problems = frames.problems if len(firms) == 1 else frames.problems_many
    done = rng.sample(words.done, 2)
    aux = frames.aux[0] if len(set(providers)) == 1 else frames.aux[1]
    parts = [
        opening,
        rng.choice(problems).format(r=rng.choice(words.reported)),
        rng.choice(frames.work).format(
            actors=actors(providers, frames), aux=aux, d1=done[0], d2=done[1]
        ),
        rng.choice(frames.closings).format(months=rng.randint(3, 18)),
    ]
    return Written(title, " ".join(_sentence(part) for part in parts if part))

"""Partner texts: the solver's paraphrases of its archetypes wrapped in generic filler.

A partner sometimes also mentions a lure, an unrelated offer worded like some other
archetype's needs: the distractor that shares surface words but not the problem. A text
is written in one language throughout: its filler, its concepts and its lure.
"""

from collections.abc import Sequence
from random import Random

from services.demo.archetype import Archetype
from services.demo.archetypes import ARCHETYPES
from services.demo.voice import ITALIAN, PARTNER_VOICES

LURE_SHARE = 0.3


def concept_phrases(rng: Random, archetype: Archetype, language: str = ITALIAN) -> list[str]:
    """Two or three of the archetype's concepts, each in one of its paraphrases."""
    concepts = archetype.words(language).concepts
    chosen = rng.sample(concepts, min(len(concepts), rng.randint(2, 3)))
    return [rng.choice(variants) for variants in chosen]


def enumerate_in(items: Sequence[str], language: str = ITALIAN) -> str:
    """A list as the language writes it: 'a, b e c', 'a, b and c'."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {PARTNER_VOICES[language].conjunction} {items[-1]}"


def offer(rng: Random, archetypes: Sequence[Archetype], language: str = ITALIAN) -> str:
    """One sentence per archetype, in the partner's words."""
    leads = PARTNER_VOICES[language].leads
    return " ".join(
        f"{rng.choice(leads)} {enumerate_in(concept_phrases(rng, archetype, language), language)}."
        for archetype in archetypes
    )


def lure(rng: Random, own: Sequence[int], language: str = ITALIAN) -> str:
    """Sometimes, an unrelated offer borrowed from another archetype's lures."""
    if rng.random() >= LURE_SHARE:
        return ""
    others = [n for n in range(len(ARCHETYPES)) if n not in own and ARCHETYPES[n].speaks(language)]
    lures = ARCHETYPES[rng.choice(others)].words(language).lures
    return f"{rng.choice(PARTNER_VOICES[language].lure_leads)} {rng.choice(lures)}."


def opener(rng: Random, language: str = ITALIAN) -> str:
    return rng.choice(PARTNER_VOICES[language].openers).format(
        years=rng.randint(5, 30), since=rng.randint(1985, 2020), team=rng.randint(3, 40)
    )


def closer(rng: Random, language: str = ITALIAN) -> str:
    return rng.choice(PARTNER_VOICES[language].closers)


def sentences(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def partner_text(rng: Random, numbers: Sequence[int], language: str = ITALIAN) -> str:
    """Opener, the offer, maybe a lure, a closer."""
    archetypes = [ARCHETYPES[n] for n in numbers]
    return sentences(
        opener(rng, language),
        offer(rng, archetypes, language),
        lure(rng, numbers, language),
        closer(rng, language),
    )


def topics_of(rng: Random, numbers: Sequence[int], language: str = ITALIAN) -> list[str]:
    """One or two partner-side topics per archetype, without repeats."""
    picked: list[str] = []
    for n in numbers:
        topics = ARCHETYPES[n].words(language).topics
        picked += [
            t for t in rng.sample(topics, min(len(topics), rng.randint(1, 2))) if t not in picked
        ]
    return picked

"""Partner texts: the solver's paraphrases of its archetypes wrapped in generic filler.

A partner sometimes also mentions a lure, an unrelated offer worded like some other
archetype's needs: the distractor that shares surface words but not the problem.
"""

from collections.abc import Sequence
from random import Random

from services.demo.archetype import Archetype
from services.demo.archetypes import ARCHETYPES
from services.demo.vocabulary import LURE_LEADS, PARTNER_CLOSERS, PARTNER_LEADS, PARTNER_OPENERS

LURE_SHARE = 0.3


def concept_phrases(rng: Random, archetype: Archetype) -> list[str]:
    """Two or three of the archetype's concepts, each in one of its paraphrases."""
    concepts = rng.sample(archetype.concepts, min(len(archetype.concepts), rng.randint(2, 3)))
    return [rng.choice(variants) for variants in concepts]


def enumerate_it(items: Sequence[str]) -> str:
    """Italian list: 'a, b e c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} e {items[-1]}"


def offer(rng: Random, archetypes: Sequence[Archetype]) -> str:
    """One sentence per archetype, in the partner's words."""
    return " ".join(
        f"{rng.choice(PARTNER_LEADS)} {enumerate_it(concept_phrases(rng, archetype))}."
        for archetype in archetypes
    )


def lure(rng: Random, own: Sequence[int]) -> str:
    """Sometimes, an unrelated offer borrowed from another archetype's lures."""
    if rng.random() >= LURE_SHARE:
        return ""
    others = [n for n in range(len(ARCHETYPES)) if n not in own]
    return f"{rng.choice(LURE_LEADS)} {rng.choice(ARCHETYPES[rng.choice(others)].lures)}."


def opener(rng: Random) -> str:
    return rng.choice(PARTNER_OPENERS).format(
        years=rng.randint(5, 30), since=rng.randint(1985, 2020), team=rng.randint(3, 40)
    )


def sentences(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def partner_text(rng: Random, numbers: Sequence[int]) -> str:
    """Opener, the offer, maybe a lure, a closer."""
    archetypes = [ARCHETYPES[n] for n in numbers]
    return sentences(
        opener(rng), offer(rng, archetypes), lure(rng, numbers), rng.choice(PARTNER_CLOSERS)
    )


def topics_of(rng: Random, numbers: Sequence[int]) -> list[str]:
    """One or two partner-side topics per archetype, without repeats."""
    picked: list[str] = []
    for n in numbers:
        topics = ARCHETYPES[n].topics
        picked += [
            t for t in rng.sample(topics, min(len(topics), rng.randint(1, 2))) if t not in picked
        ]
    return picked

"""The generated network in two languages: who writes English, and right answers that cross."""

import re

import pytest

from schemas.organisations import OrganisationKind
from services.demo.archetypes import ARCHETYPES
from services.demo.network import Network, generate
from services.demo.places import PLACES
from services.demo.voice import ENGLISH, ITALIAN

# Italian function words that English prose never uses (names aside, which are not checked).
ITALIAN_WORDS = {"di", "della", "delle", "dei", "per", "con", "il", "che", "e", "una", "sono"}


@pytest.fixture(scope="module")
def network() -> Network:
    return generate(seed=7, scale=1.0)


def languages(network: Network) -> dict[str, str]:
    written = {event.payload.id: event.payload.language for event in network.organisations}
    written |= {event.payload.id: event.payload.language for event in network.experts}
    return written | {event.payload.id: event.payload.language for event in network.labs}


def test_every_english_wording_says_everything_the_italian_one_does() -> None:
    worded = [archetype for archetype in ARCHETYPES if archetype.english]
    assert len(worded) >= 20
    for archetype in worded:
        italian, english = archetype.italian, archetype.words(ENGLISH)
        for field in ("topics", "concepts", "roles", "symptoms", "asks", "lures", "need_topics"):
            assert getattr(english, field), (archetype.italian.topics[0], field)
        assert bool(english.equipment) == bool(italian.equipment), archetype.italian.topics[0]


def test_about_a_fifth_of_experts_and_labs_and_one_research_centre_write_english(
    network: Network,
) -> None:
    for events in (network.experts, network.labs):
        share = sum(e.payload.language == ENGLISH for e in events) / len(events)
        assert 0.12 <= share <= 0.3
    centres = [
        e.payload
        for e in network.organisations
        if e.payload.kind is OrganisationKind.RESEARCH_CENTRE
    ]
    assert [c.id for c in centres if c.language == ENGLISH] == ["research_centre:kilometro-rosso"]


def test_english_profiles_and_needs_are_english_throughout(network: Network) -> None:
    texts = [
        *(
            f"{e.payload.headline} {e.payload.bio} {e.payload.competences}"
            for e in network.experts
            if e.payload.language == ENGLISH
        ),
        *(
            f"{e.payload.description} {' '.join(e.payload.tests)}"
            for e in network.labs
            if e.payload.language == ENGLISH
        ),
        *(e.payload.text for e in network.needs if e.payload.language == ENGLISH),
    ]
    names = sorted(
        {place.comune for place in PLACES} | {e.payload.name for e in network.organisations},
        key=len,
        reverse=True,
    )
    for text in texts:
        unnamed = re.sub("|".join(map(re.escape, names)), "", text)  # names stay Italian
        assert not set(re.findall(r"[\w-]+", unnamed.lower())) & ITALIAN_WORDS, text


def test_english_needs_are_answered_mostly_by_italian_profiles_and_italian_needs_by_some_english(
    network: Network,
) -> None:
    written = languages(network)
    english = [e.payload for e in network.needs if e.payload.language == ENGLISH]
    assert len(english) >= 30
    for need in english:
        found = network.relevant[need.id]
        assert sum(written[p] == ITALIAN for p in found) > len(found) / 2, need.id
    italian = [e.payload for e in network.needs if e.payload.language == ITALIAN]
    crossing = [n for n in italian if any(written[p] == ENGLISH for p in network.relevant[n.id])]
    assert len(crossing) >= len(italian) / 3

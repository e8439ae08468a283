"""A latent problem archetype: the hidden truth that ties a need to the partners that solve it.

Partners speak of an archetype in the solver's words (`concepts`); needs speak of it in the
firm's words (`symptoms`, `asks`). The two vocabularies are written apart on purpose, so
that an evaluation rewards understanding the problem, not copying strings. Every archetype
is worded in Italian; some also in English, for the partners and firms that write English.
"""

from dataclasses import dataclass
from typing import NotRequired, TypedDict, Unpack

from schemas.common import Service
from schemas.needs import PartnerKind


@dataclass(frozen=True)
class Wording:
    """How one language speaks of an archetype, on the partners' side and on the firms'."""

    topics: tuple[str, ...]  # partner-side keywords
    concepts: tuple[tuple[str, ...], ...]  # each concept: paraphrases a partner may use
    roles: tuple[str, ...]  # how an expert of this problem introduces themself
    equipment: tuple[str, ...]  # what a lab of this problem owns
    symptoms: tuple[str, ...]  # need side: what the firm sees
    asks: tuple[str, ...]  # need side: what the firm wants, as an infinitive clause
    lures: tuple[str, ...]  # need-side words in an unrelated offer: distractors for others
    need_topics: tuple[str, ...]  # broad tags an officer puts on the need


@dataclass(frozen=True)
class Archetype:
    domain: str  # matches partners to parents of the same field (department, lab, centre)
    affected: tuple[str, ...]  # ATECO codes of the firms that have the problem
    solvers: tuple[str, ...]  # ATECO codes of the partners that solve it (often elsewhere)
    kinds: tuple[PartnerKind, ...]  # partner kinds that can carry it
    services: tuple[Service, ...]
    italian: Wording
    english: Wording | None = None

    def speaks(self, language: str) -> bool:
        return self.wording(language) is not None

    def wording(self, language: str) -> Wording | None:
        return {"it": self.italian, "en": self.english}.get(language)

    def words(self, language: str) -> Wording:
        """The wording in a language the archetype speaks (see `speaks`)."""
        wording = self.wording(language)
        if wording is None:
            raise ValueError(f"this {self.domain} archetype is not worded in {language!r}")
        return wording


_ALL_KINDS = " ".join(kind.value for kind in PartnerKind)


class Text(TypedDict):
    """A wording in compact text, phrases separated by '|' (concepts: one string each)."""

    topics: str
    concepts: tuple[str, ...]
    roles: str
    symptoms: str
    asks: str
    lures: str
    need_topics: str
    equipment: NotRequired[str]


def _bar(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def wording(**text: Unpack[Text]) -> Wording:
    return Wording(
        topics=_bar(text["topics"]),
        concepts=tuple(_bar(concept) for concept in text["concepts"]),
        roles=_bar(text["roles"]),
        equipment=_bar(text.get("equipment", "")),
        symptoms=_bar(text["symptoms"]),
        asks=_bar(text["asks"]),
        lures=_bar(text["lures"]),
        need_topics=_bar(text["need_topics"]),
    )


def archetype(
    domain: str,
    *,
    affected: str,
    solvers: str,
    kinds: str = _ALL_KINDS,
    services: str,
    english: Wording | None = None,
    **italian: Unpack[Text],
) -> Archetype:
    """Builds an archetype from compact text: codes and kinds by spaces, phrases by '|'; the
    Italian wording inline, the English one (if any) built with `wording`."""
    return Archetype(
        domain=domain,
        affected=tuple(affected.split()),
        solvers=tuple(solvers.split()),
        kinds=tuple(PartnerKind(kind) for kind in kinds.split()),
        services=tuple(Service(service) for service in services.split()),
        italian=wording(**italian),
        english=english,
    )

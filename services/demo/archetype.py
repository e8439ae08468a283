"""A latent problem archetype: the hidden truth that ties a need to the partners that solve it.

Partners speak of an archetype in the solver's words (`concepts`); needs speak of it in the
firm's words (`symptoms`, `asks`). The two vocabularies are written apart on purpose, so
that an evaluation rewards understanding the problem, not copying strings.
"""

from dataclasses import dataclass

from schemas.common import Service
from schemas.needs import PartnerKind


@dataclass(frozen=True)
class Archetype:
    domain: str  # matches partners to parents of the same field (department, lab, centre)
    affected: tuple[str, ...]  # ATECO codes of the firms that have the problem
    solvers: tuple[str, ...]  # ATECO codes of the partners that solve it (often elsewhere)
    kinds: tuple[PartnerKind, ...]  # partner kinds that can carry it
    services: tuple[Service, ...]
    topics: tuple[str, ...]  # partner-side keywords
    concepts: tuple[tuple[str, ...], ...]  # each concept: paraphrases a partner may use
    roles: tuple[str, ...]  # how an expert of this problem introduces themself
    equipment: tuple[str, ...]  # what a lab of this problem owns
    symptoms: tuple[str, ...]  # need side: what the firm sees
    asks: tuple[str, ...]  # need side: what the firm wants, as an infinitive clause
    lures: tuple[str, ...]  # need-side words in an unrelated offer: distractors for others
    need_topics: tuple[str, ...]  # broad tags an officer puts on the need


_ALL_KINDS = " ".join(kind.value for kind in PartnerKind)


def _bar(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def archetype(
    domain: str,
    *,
    affected: str,
    solvers: str,
    kinds: str = _ALL_KINDS,
    services: str,
    topics: str,
    concepts: tuple[str, ...],
    roles: str,
    symptoms: str,
    asks: str,
    lures: str,
    need_topics: str,
    equipment: str = "",
) -> Archetype:
    """Builds an archetype from compact text: codes and kinds by spaces, phrases by '|'."""
    return Archetype(
        domain=domain,
        affected=tuple(affected.split()),
        solvers=tuple(solvers.split()),
        kinds=tuple(PartnerKind(kind) for kind in kinds.split()),
        services=tuple(Service(service) for service in services.split()),
        topics=_bar(topics),
        concepts=tuple(_bar(concept) for concept in concepts),
        roles=_bar(roles),
        equipment=_bar(equipment),
        symptoms=_bar(symptoms),
        asks=_bar(asks),
        lures=_bar(lures),
        need_topics=_bar(need_topics),
    )

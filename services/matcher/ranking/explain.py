"""Explanations an officer can read aloud to a firm, in Italian or English.

An explanation is built from the contributions, never written beside them: it names the
signals that carried the most score, so it cannot drift from what actually ranked the
partner. Reasons appear in a fixed order (relevance first) so similar suggestions read alike.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from services.matcher.ranking.model import (
    SIGNALS,
    Candidate,
    Language,
    NeedQuery,
    PathStep,
    Precedent,
)
from services.matcher.ranking.names import service_name
from services.matcher.ranking.signals import distance_km, services_offered, shared

MAX_REASONS = 5
MAX_TOPICS = 4
MAX_TITLE = 80
_HIGH, _GOOD, _WEAK = 0.6, 0.4, 0.2


@dataclass(frozen=True)
class Evidence:
    """What a reason may quote: the need, the candidate, its signal values and topics."""

    need: NeedQuery
    candidate: Candidate
    values: Mapping[str, float]
    matched_topics: tuple[str, ...]

    def text(self, italian: str, english: str) -> str:
        return italian if self.need.language == "it" else english


def path_in_words(firm_name: str | None, path: Sequence[PathStep], language: Language) -> str:
    """ "Impresa Rossi Srl → Confartigianato Bergamo → Dott.ssa Bianchi"; empty without a path."""
    if not path:
        return ""
    start = firm_name or ("L'impresa" if language == "it" else "The firm")
    return " → ".join([start, *(step.name for step in path)])


def _semantic(e: Evidence) -> str:
    # The model's cosine on its calibrated scale: the same words mean the same for every model.
    value = e.candidate.closeness
    if value >= _HIGH:
        italian, english = "affinità semantica alta", "strong semantic match"
    elif value >= _GOOD:
        italian, english = "buona affinità semantica", "good semantic match"
    else:
        italian, english = "qualche affinità semantica", "some semantic match"
    return e.text(f"{italian} con il bisogno", f"{english} with the need")


def _lexical(e: Evidence) -> str:
    """The words of the need the profile holds, quoted: the evidence, not a verdict."""
    shown = ", ".join(f"«{word}»" for word in e.candidate.shared_words)
    if not shown:
        return e.text("parole chiave del bisogno nel profilo", "the need's keywords in the profile")
    return e.text(
        f"parole del bisogno nel profilo: {shown}", f"the need's words in the profile: {shown}"
    )


def _shown_topics(e: Evidence) -> str:
    return ", ".join(e.matched_topics[:MAX_TOPICS])


def _topics(e: Evidence) -> str | None:
    if not e.matched_topics:
        return None
    shown = _shown_topics(e)
    return e.text(f"temi in comune: {shown}", f"shared topics: {shown}")


def _services(e: Evidence) -> str | None:
    """The services asked for that the partner offers, by the names the profile form shows."""
    offered = services_offered(e.need.services, e.candidate.services)
    if not offered:
        return None
    italian = e.need.language == "it"
    names = ", ".join(service_name(service, italian) for service in offered)
    if len(offered) == 1:
        return e.text(
            f"offre il servizio richiesto: {names}", f"offers the service asked for: {names}"
        )
    return e.text(f"offre i servizi richiesti: {names}", f"offers the services asked for: {names}")


def _quoted(precedent: Precedent) -> str:
    title = (
        precedent.title
        if len(precedent.title) <= MAX_TITLE
        else f"{precedent.title[: MAX_TITLE - 1]}…"
    )
    return f"«{title}» ({precedent.year})"


def _experience(e: Evidence) -> str | None:
    return _precedent(
        e, e.candidate.precedent, "ha lavorato a un progetto simile", "worked on a similar project"
    )


def _history(e: Evidence) -> str | None:
    return _precedent(
        e,
        e.candidate.shared_precedent,
        "ha già lavorato con l'impresa su un progetto simile",
        "worked with the firm on a similar project",
    )


def _precedent(e: Evidence, precedent: Precedent | None, italian: str, english: str) -> str | None:
    """A memory reason names its evidence: the project, by title and year."""
    if precedent is None:
        return None
    return e.text(f"{italian}: {_quoted(precedent)}", f"{english}: {_quoted(precedent)}")


def _contamination(e: Evidence) -> str:
    sectors = f"{e.need.firm_sector_section} → {e.candidate.sector_section}"
    return e.text(
        f"settore diverso ({sectors}): contaminazione",
        f"different sector ({sectors}): cross-sector contamination",
    )


def _proximity(e: Evidence) -> str:
    *between, _ = e.candidate.path
    if between:
        names = [step.name for step in between]
        via = ", ".join(names[:-1])
        joined = f"{via} {e.text('e', 'and')} {names[-1]}" if via else names[-1]
        return e.text(f"presentazione tramite {joined}", f"introduction through {joined}")
    if e.candidate.path[0].relation == "collaborated_with":
        return e.text("ha già collaborato con l'impresa", "has worked with the firm before")
    return e.text("contatto diretto con l'impresa", "direct link with the firm")


_SHARED = {
    "province": ("stessa provincia", "same province"),
    "canton": ("stesso cantone", "same canton"),
    "area": ("stessa area NUTS", "same NUTS area"),
    "region": ("stessa regione", "same region"),
}


def _territory(e: Evidence) -> str:
    """Whatever the signal went by: the shared place, or the distance when it measured one."""
    common = shared(e.need.place, e.candidate.place)
    here, there = e.need.coordinates, e.candidate.coordinates
    if common is not None and (common.unit != "region" or not (here and there)):
        italian, english = _SHARED[common.unit]
        return e.text(f"{italian} ({common.code})", f"{english} ({common.code})")
    km = round(distance_km(here, there)) if here and there else 0
    return e.text(f"a {km} km di distanza", f"{km} km away")


def _availability(e: Evidence) -> str | None:
    if e.values["availability"] < _HIGH:
        return None
    return e.text("disponibilità alta", "readily available")


def _feedback(e: Evidence) -> str | None:
    accepted, declined = e.candidate.accepted, e.candidate.declined
    if accepted <= declined:
        return None
    total = accepted + declined
    return e.text(
        f"proposte accettate in passato: {accepted} su {total}",
        f"accepted {accepted} of {total} past proposals",
    )


_REASONS: dict[str, Callable[[Evidence], str | None]] = {
    "semantic": _semantic,
    "lexical": _lexical,
    "topics": _topics,
    "services": _services,
    "experience": _experience,
    "history": _history,
    "contamination": _contamination,
    "proximity": _proximity,
    "territory": _territory,
    "availability": _availability,
    "feedback": _feedback,
}


def explain(evidence: Evidence, contributions: Mapping[str, float]) -> str:
    """The top signals by contribution, each as a short clause, joined into one sentence.

    A signal below a weak value is left out even if it scored: "some keywords" or "90 km
    away" would read as praise the partner has not earned.
    """
    reasons = {
        name: reason
        for name in SIGNALS
        if contributions.get(name, 0.0) > 0
        and evidence.values[name] >= _WEAK
        and (reason := _REASONS[name](evidence))
    }
    if "topics" not in reasons and evidence.matched_topics:
        # The topic signal off (the default) or weak: the relevance reason names the shared
        # topics, which still say what the partner and the need have in common.
        carrier = next((name for name in ("lexical", "semantic") if name in reasons), None)
        if carrier is not None:
            reasons[carrier] = f"{reasons[carrier]} ({_shown_topics(evidence)})"
    top = sorted(reasons, key=lambda name: -contributions[name])[:MAX_REASONS]
    clauses = [reasons[name] for name in SIGNALS if name in top]
    if not clauses:
        return evidence.text(
            "Nessun segnale forte: da verificare con l'impresa.",
            "No strong signal: worth checking with the firm.",
        )
    sentence = "; ".join(clauses)
    return f"{sentence[0].upper()}{sentence[1:]}."

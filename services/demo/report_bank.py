"""How a hub's project report speaks of each archetype: its own words, apart from the rest.

Needs tell an archetype in the firm's words (symptoms, wishes) and partners in the solver's
(concepts); a report tells it as the hub writes up a finished intervention: the problem the
firm brought, as it was reported, and what was done. The three banks are written apart on
purpose, so that a memory of past projects helps a need only if it generalises.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportWords:
    titles: tuple[str, ...]  # what a report is about, as its title says it
    reported: tuple[str, ...]  # the problem as reported: a noun phrase with its article
    done: tuple[str, ...]  # the work: after "ha"/"hanno" in Italian, a past verb in English


def _bar(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def report(titles: str, reported: str, done: str) -> ReportWords:
    """Compact text, phrases separated by '|'."""
    return ReportWords(_bar(titles), _bar(reported), _bar(done))

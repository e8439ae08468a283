"""The demo hub's year behind its needs, so the coordinators' dashboard has something to show:
the real matcher's answer to each need, as if given when the need was submitted, and the
firms' decisions on the partners it proposed.

The answers are the matcher's own (`contamina demo` ranks each need on the loaded graph); the
decisions are invented, drawn from a generator seeded per need, and follow the generator's
truth, not the matcher: a firm takes up a right partner (one that carries the need's hidden
archetype, `Network.right_partners`) far more often than a wrong one, and turns wrong ones
down more often, so that the hub's memory and the feedback signal learn what is right rather
than the matcher's own mistakes. Among right partners the first is taken up more often than
the third; an engagement reports how it went weeks later, and whatever would fall after the
hub's year (`YEAR_UNTIL`) is still waiting. Every
event carries the demo's source and a deterministic id, so a second demo publishes the same
events and the graph does not change.
"""

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from random import Random
from uuid import NAMESPACE_URL, UUID, uuid5

from schemas.feedback import Decision, Feedback, FeedbackRecorded, Outcome
from schemas.matching import MatchAnswer, MatchSuggested
from schemas.needs import NeedSubmitted
from services.demo.stamp import SOURCE, YEAR_UNTIL

REQUEST_PREFIX = "demo-history/"
ANSWERED_AFTER = timedelta(minutes=2)
# Of the first three partners: the chance the firm takes each up, and that it turns it down,
# for a right partner and for a wrong one.
TAKEN_UP = (0.55, 0.45, 0.35)
TURNED_DOWN = 0.15
WRONG_TAKEN_UP = 0.03
WRONG_TURNED_DOWN = 0.4
REPORTED = 0.8  # the share of engagements that report an outcome, once a month has passed
OUTCOMES = ((Outcome.SUCCESS, 0.6), (Outcome.PARTIAL, 0.25), (Outcome.FAILURE, 0.15))


def request_id(need_id: str) -> str:
    """The request id of the demo's answer to a need (the web app shows that answer)."""
    return REQUEST_PREFIX + need_id


def events(
    needs: Sequence[NeedSubmitted],
    answers: Mapping[str, MatchAnswer],
    seed: int = 7,
    right: Mapping[str, frozenset[str]] | None = None,
) -> list[MatchSuggested | FeedbackRecorded]:
    """The answers as `match.suggested`, then the decisions as `feedback.recorded` in the
    order they happened. A need without an answer is left as it is.

    `right` maps a need id to the partners right for it (`Network.right_partners()`); a
    partner not listed is wrong. Without it (no truth known), every partner is taken up at
    the right partners' rates, as if the matcher were always right."""
    suggested: list[MatchSuggested] = []
    decided: list[FeedbackRecorded] = []
    for need in needs:
        answer = answers.get(need.payload.id)
        if answer is None:
            continue
        suggested.append(
            MatchSuggested(
                event_id=_id(seed, "match.suggested", need.payload.id),
                occurred_at=need.occurred_at + ANSWERED_AFTER,
                source=SOURCE,
                payload=answer,
            )
        )
        good = None if right is None else right.get(need.payload.id, frozenset())
        decided.extend(_decisions(need, answer, seed, good))
    decided.sort(key=lambda event: event.occurred_at)
    return [*suggested, *decided]


def chances(position: int, right: bool) -> tuple[float, float]:
    """(taken up, turned down) for the partner at a 0-based position of the first three."""
    if right:
        return TAKEN_UP[position], TURNED_DOWN
    return WRONG_TAKEN_UP, WRONG_TURNED_DOWN


def _decisions(
    need: NeedSubmitted, answer: MatchAnswer, seed: int, right: frozenset[str] | None
) -> Iterator[FeedbackRecorded]:
    rng = Random(f"{seed}/history/{need.payload.id}")  # noqa: S311 - demo data, not secrets
    for position, suggestion in enumerate(answer.suggestions[: len(TAKEN_UP)]):
        is_right = right is None or suggestion.partner_id in right
        taken_up, turned_down = chances(position, is_right)
        draw = rng.random()
        if draw >= taken_up + turned_down:
            continue
        at = need.occurred_at + timedelta(hours=2 ** rng.uniform(1.5, 9))  # 3 hours to 3 weeks
        if at > YEAR_UNTIL:
            continue
        decision = Decision.ACCEPTED if draw < taken_up else Decision.DECLINED
        decides = Feedback(
            need_id=need.payload.id, partner_id=suggestion.partner_id, decision=decision
        )
        yield _feedback(seed, decides, at)
        reported = at + timedelta(days=rng.uniform(20, 90))
        if decision is Decision.ACCEPTED and reported <= YEAR_UNTIL and rng.random() < REPORTED:
            outcome = rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
            reports = Feedback(
                need_id=need.payload.id,
                partner_id=suggestion.partner_id,
                decision=Decision.OUTCOME,
                outcome=outcome,
            )
            yield _feedback(seed, reports, reported)


def _feedback(seed: int, payload: Feedback, at: datetime) -> FeedbackRecorded:
    return FeedbackRecorded(
        event_id=_id(seed, f"feedback.{payload.decision.value}", payload.key),
        occurred_at=at,
        source=SOURCE,
        payload=payload,
    )


def _id(seed: int, kind: str, key: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"{SOURCE}/{seed}/history/{kind}/{key}")

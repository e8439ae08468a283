"""A learned ranker from the officers' own decisions (`contamina ranker fit --from-feedback`).

Each decided need is asked again as the matcher would have asked it when it came in: only
what the hub knew before its day (past projects, and the officers' decisions on the partners,
its own included, are read as of that day by the matcher itself), and not the collaboration
its own acceptance created; its accepted partners are the right answers. The needs are split
by time: the ranker is trained on the older part and scored on the newer, beside the hand-set
weights, so the figure says how it would have done on needs it had not seen.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from graph import feedback
from schemas.matching import MatchQuery
from services.evaluation import learning
from services.evaluation.run import rank_prepared, score
from services.matcher.ranker import LearnedRanker
from services.matcher.ranking.model import PathStep
from services.matcher.service import request_for
from services.matcher.usecase import Matcher, Prepared

NEWEST_SHARE = 0.2
"""The newest fifth of the decided needs is kept aside to score the ranker."""
MIN_NEEDS = 10


class TooFewDecisionsError(ValueError):
    """Not enough decided needs to train on one part and score on the other."""


@dataclass(frozen=True)
class FromDecisions:
    ranker: LearnedRanker
    trained_on: int
    held_out: int
    learned: float  # nDCG@10 on the held-out needs: the ranker
    weights: float  # the hand-set weights on the same needs


def prepared_as_asked(matcher: Matcher, row: dict[str, Any]) -> Prepared:
    """The need as the matcher saw it when it came in: its decided partners not yet left out,
    and not yet tied to the firm by its own acceptance."""
    need_id = str(row["id"])
    request = request_for(matcher, MatchQuery(need_id=need_id))
    firm = frozenset({request.firm_id}) if request.firm_id else frozenset()
    found = matcher.prepare(replace(request, excluded_ids=firm))
    accepted = set(row["accepted"])
    candidates = [
        replace(c, path=() if c.id in accepted and _direct(c.path) else c.path)
        for c in found.candidates
    ]
    return Prepared(found.need, candidates)


def _direct(path: Sequence[PathStep]) -> bool:
    """An acceptance ties the firm to the partner (a past collaboration): the direct path it
    made did not exist when the need came in. An older direct tie cannot be told from it
    here, so it goes too: the ranker learns a little less from proximity than it could."""
    return len(path) == 1 and path[0].relation == "collaborated_with"


def fit(matcher: Matcher) -> FromDecisions:
    rows = feedback.decided(matcher.driver, matcher.settings.neo4j_database)
    rows = [row for row in rows if row["accepted"]]
    if len(rows) < MIN_NEEDS:
        raise TooFewDecisionsError(
            f"{len(rows)} needs have an accepted partner; at least {MIN_NEEDS} are needed"
        )
    cut = len(rows) - max(1, round(len(rows) * NEWEST_SHARE))
    prepared = [prepared_as_asked(matcher, row) for row in rows]
    answers = [frozenset(row["accepted"]) for row in rows]
    gate = matcher.weights.contamination_gate
    ranker = learning.train_on(prepared[:cut], answers[:cut], gate, "officers' decisions")
    if ranker is None:
        raise TooFewDecisionsError("no accepted partner is among its need's candidates")
    newer, right = prepared[cut:], answers[cut:]
    return FromDecisions(
        ranker=ranker,
        trained_on=cut,
        held_out=len(newer),
        learned=_ndcg(matcher, newer, right, ranker),
        weights=_ndcg(matcher, newer, right, None),
    )


def _ndcg(
    matcher: Matcher,
    prepared: Sequence[Prepared],
    answers: Sequence[frozenset[str]],
    ranker: LearnedRanker | None,
) -> float:
    ranked = rank_prepared(matcher, prepared, matcher.weights, ranker)
    return score(ranked, answers).ndcg_at_10

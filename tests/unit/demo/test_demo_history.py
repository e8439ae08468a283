"""The demo hub's year: needs spread over months, the matcher's answers stamped when each need
was submitted, and the firms' decisions drawn reproducibly and in a plausible order."""

from collections import Counter
from datetime import timedelta

from schemas.feedback import Decision, FeedbackRecorded
from schemas.matching import MatchAnswer, MatchSuggested, SuggestedPartner
from services.demo import history
from services.demo.network import generate
from services.demo.stamp import YEAR_FROM, YEAR_UNTIL

NETWORK = generate(scale=1.0)


def _answer(need_id: str) -> MatchAnswer:
    partners = [
        SuggestedPartner(
            rank=rank, partner_id=f"expert:{rank:05d}", kind="expert", name=f"E{rank}",
            score=1 / rank, contributions={"semantic": 1 / rank}, explanation="Affinità.",
        )
        for rank in range(1, 6)
    ]  # fmt: skip
    return MatchAnswer(
        request_id=history.request_id(need_id), need_id=need_id, model="m", suggestions=partners
    )


ANSWERS = {need.payload.id: _answer(need.payload.id) for need in NETWORK.needs}


def test_the_needs_arrive_over_the_hubs_year_after_the_network() -> None:
    times = [need.occurred_at for need in NETWORK.needs]
    assert times == sorted(times)
    assert times[0] == YEAR_FROM
    assert times[-1] <= YEAR_UNTIL
    assert len({(t.year, t.month) for t in times}) >= 10
    assert max(e.occurred_at for e in NETWORK.organisations) < YEAR_FROM


def test_the_year_is_the_same_on_every_run_and_leaves_unanswered_needs_alone() -> None:
    first = history.events(NETWORK.needs, ANSWERS)
    again = history.events(NETWORK.needs, ANSWERS)
    assert [(e.event_id, e.occurred_at) for e in first] == [
        (e.event_id, e.occurred_at) for e in again
    ]
    assert len({e.event_id for e in first}) == len(first)
    some = {need_id: ANSWERS[need_id] for need_id in list(ANSWERS)[:3]}
    answered = {e.payload.need_id for e in history.events(NETWORK.needs, some)}
    assert answered == set(some)


def test_each_answer_follows_its_need_and_each_decision_its_answer() -> None:
    needs = {need.payload.id: need.occurred_at for need in NETWORK.needs}
    year = history.events(NETWORK.needs, ANSWERS)
    answers = [e for e in year if isinstance(e, MatchSuggested)]
    assert len(answers) == len(NETWORK.needs)
    assert all(
        e.occurred_at == needs[str(e.payload.need_id)] + history.ANSWERED_AFTER for e in answers
    )
    decisions = [e for e in year if isinstance(e, FeedbackRecorded)]
    assert [e.occurred_at for e in decisions] == sorted(e.occurred_at for e in decisions)
    accepted_at = {}
    for event in decisions:
        feedback = event.payload
        assert needs[feedback.need_id] < event.occurred_at <= YEAR_UNTIL
        if feedback.decision is Decision.ACCEPTED:
            accepted_at[feedback.key] = event.occurred_at
        if feedback.decision is Decision.OUTCOME:
            assert accepted_at[feedback.key] < event.occurred_at  # only after its acceptance


def test_firms_take_up_the_first_partner_most_and_some_needs_are_still_waiting() -> None:
    decisions = [
        e.payload for e in history.events(NETWORK.needs, ANSWERS) if isinstance(e, FeedbackRecorded)
    ]
    taken_up = Counter(d.partner_id for d in decisions if d.decision is Decision.ACCEPTED)
    assert taken_up["expert:00001"] > taken_up["expert:00002"] > taken_up["expert:00003"]
    assert "expert:00004" not in {d.partner_id for d in decisions}
    kinds = Counter(d.decision for d in decisions)
    assert kinds[Decision.DECLINED] > 0
    assert 0 < kinds[Decision.OUTCOME] < kinds[Decision.ACCEPTED]  # recent ones still open
    late = [n.payload.id for n in NETWORK.needs if n.occurred_at > YEAR_UNTIL - timedelta(days=7)]
    assert set(late) - {d.need_id for d in decisions}  # decisions after the year: not yet


def test_firms_take_up_right_partners_far_more_often_than_wrong_ones() -> None:
    """The year follows the generator's truth, not the matcher: a right partner in any of the
    first three places is taken up far more often than a wrong one, and turned down less."""
    right = NETWORK.right_partners()
    answers = {}
    for index, need in enumerate(NETWORK.needs):
        need_id = need.payload.id
        good = sorted(right[need_id])[:3]
        partners = [good[0], "expert:99990", good[1]] if index % 2 else [
            "expert:99990", good[0], "expert:99991"
        ]  # fmt: skip
        answers[need_id] = _answer(need_id).model_copy(
            update={
                "suggestions": [
                    s.model_copy(update={"partner_id": p})
                    for s, p in zip(_answer(need_id).suggestions, partners, strict=False)
                ]
            }
        )
    decisions = [
        e.payload
        for e in history.events(NETWORK.needs, answers, right=right)
        if isinstance(e, FeedbackRecorded)
    ]
    shown = Counter(
        p.partner_id in right[need_id]
        for need_id, answer in answers.items()
        for p in answer.suggestions[:3]
    )
    taken = Counter(
        d.partner_id in right[d.need_id] for d in decisions if d.decision is Decision.ACCEPTED
    )
    declined = Counter(
        d.partner_id in right[d.need_id] for d in decisions if d.decision is Decision.DECLINED
    )
    assert taken[True] / shown[True] > 8 * taken[False] / shown[False]
    assert taken[True] / shown[True] > 0.3
    assert declined[False] / shown[False] > declined[True] / shown[True]


def test_right_partners_carry_the_needs_archetype_and_include_its_relevant_ones() -> None:
    right = NETWORK.right_partners()
    for need in NETWORK.needs:
        need_id = need.payload.id
        assert NETWORK.relevant[need_id] <= right[need_id]
        assert need.payload.firm_id not in right[need_id]
        assert all(NETWORK.archetypes[need_id] in NETWORK.carried[p] for p in right[need_id])

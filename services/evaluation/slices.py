"""Slices of a dataset's needs, scored apart: the cross-lingual slice holds the needs whose
right answers are mostly written in another language than the need (an English request
answered by Italian labs, an Italian one by English-speaking experts), the same-language
slice all the others. Where the two differ, the ranking leans on shared words."""

from collections.abc import Sequence

from services.evaluation.dataset import Dataset, Need

SAME_LANGUAGE, CROSS_LINGUAL = "same_language", "cross_lingual"
SLICES = (SAME_LANGUAGE, CROSS_LINGUAL)


def slice_of(need: Need, found: frozenset[str], languages: dict[str, str]) -> str:
    elsewhere = sum(1 for profile_id in found if languages[profile_id] != need.language)
    return CROSS_LINGUAL if 2 * elsewhere > len(found) else SAME_LANGUAGE


def members(dataset: Dataset, answers: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    """The positions of the needs in each slice, among those that have an answer to find."""
    languages = {profile.id: profile.language for profile in dataset.profiles}
    chosen: dict[str, list[int]] = {name: [] for name in SLICES}
    for index, (need, found) in enumerate(zip(dataset.needs, answers, strict=True)):
        if found:
            chosen[slice_of(need, found, languages)].append(index)
    return chosen

import pytest

from services.matcher.ranking.text import (
    as_written,
    detect_language,
    fold,
    indexed,
    shared_words,
    stem,
    terms,
    tokenize,
    words,
)
from services.matcher.usecase import MAX_QUERY_TERMS, query_stems


@pytest.mark.parametrize(
    "family",
    [
        ("stampaggio", "stampaggi", "stampa", "stampo", "stampi"),
        ("plastiche", "plastica", "plastici", "plastics"),
        ("polimeri", "polimero"),
        ("automazione", "automazioni"),
        ("laboratorio", "laboratori"),
        ("acciaio", "acciai"),
        ("tecnologia", "tecnologie"),
        ("technology", "technologies"),
        ("materials", "material", "materiali", "materiale"),
        ("moulding", "mouldings"),
        ("sostenibilita", "sostenibile"),
    ],
)
def test_word_families_share_a_stem(family: tuple[str, ...]) -> None:
    assert len({stem(word) for word in family}) == 1


def test_stems_are_what_we_expect() -> None:
    assert [stem(w) for w in ("stampaggio", "plastiche", "processes", "process")] == [
        "stamp",
        "plastic",
        "process",
        "process",
    ]


def test_distinct_words_stay_apart() -> None:
    assert stem("gomma") != stem("gomito")
    assert stem("laser") == "laser"


def test_short_words_keep_at_least_three_letters() -> None:
    assert stem("gas") == "gas"
    assert stem("bio") == "bio"
    assert stem("lega") == "leg"


def test_fold_lowercases_and_strips_accents() -> None:
    assert fold("Attività QUALITÀ perché") == "attivita qualita perche"


def test_words_split_on_non_letters_and_drop_stopwords() -> None:
    text = "Cerchiamo un partner per l'automazione della linea: 3D-printing & the robots!"
    assert words(text) == ["cerchiamo", "partner", "automazione", "linea", "printing", "robots"]


def test_tokenize_keeps_repeats_in_order() -> None:
    assert tokenize("Stampaggio e stampa delle plastiche") == ["stamp", "stamp", "plastic"]


def test_terms_are_distinct_stems() -> None:
    assert terms("Stampaggio di plastiche, plastica riciclata") == {"stamp", "plastic", "riciclat"}


def test_only_stopwords_give_no_terms() -> None:
    assert terms("il di the and 42") == frozenset()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cerchiamo un laboratorio per le prove di fatica dei componenti stampati", "it"),
        ("We are looking for a lab that can run fatigue tests on moulded parts", "en"),
        ("Stampaggio a iniezione", "it"),  # no function word either way: the hub's language
        ("", "it"),
        ("Wir suchen ein Labor", "it"),  # neither language: Italian, as undeclared texts are
    ],
)
def test_the_language_of_a_text_is_told_by_its_function_words(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_words_both_languages_use_do_not_count() -> None:
    # "a", "in" and "i" are function words of both languages.
    assert detect_language("a in i in a") == "it"


def test_the_index_holds_stems_that_only_spaces_separate() -> None:
    assert indexed("Stampaggio a iniezione: polimeri, e test di fatica!") == (
        "stamp iniezion polimer test fatic"
    )
    assert indexed("Fatigue testing of moulded parts") == "fatigu test moulded part"


def test_a_query_is_the_needs_distinct_stems_in_order_without_the_firms_own() -> None:
    need = "Stampi per polimeri riciclati; lo stampaggio dei polimeri"
    assert query_stems(need) == ["stamp", "polimer", "riciclat"]
    assert query_stems(need, ignore="Siamo un'azienda di stampaggio") == ["polimer", "riciclat"]


def test_a_long_need_is_searched_by_all_its_stems_up_to_the_cap() -> None:
    consonants = "bcdfglmnprtvz"  # words no suffix rule touches, so 300 words are 300 stems
    need = " ".join(f"w{a}{b}{c}" for a in consonants for b in consonants for c in "bcd")[:1500]
    stems = query_stems(need)
    assert len(need.split()) > MAX_QUERY_TERMS
    assert stems == need.split()[:MAX_QUERY_TERMS]


def test_the_shared_words_are_the_needs_as_written_one_per_stem_in_order() -> None:
    need = as_written(
        "Prove di Fatica sui componenti stampati; la fatica dei polimeri, lo stampaggio"
    )
    profile = terms("Stampaggio di polimeri e prove a fatica")
    assert shared_words(need, profile, 10) == ("prove", "fatica", "polimeri", "stampaggio")
    assert shared_words(need, profile, 2) == ("prove", "fatica")
    assert shared_words(as_written("Attività di saldatura"), terms("attivita"), 5) == ("attività",)
    assert shared_words(need, frozenset(), 5) == ()

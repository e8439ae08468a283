from services.matcher.ranking.places import pattern, without_places

TOWNS = pattern(["Brignano", "Brignano Gera d'Adda", "Calcio", "Bergamo", "", "Zo"])


def test_the_whole_town_goes_the_longest_name_first() -> None:
    need = "Officina di famiglia a Brignano Gera d'Adda: la banca chiede dati ambientali."
    assert (
        without_places(need, TOWNS) == "Officina di famiglia a : la banca chiede dati ambientali."
    )


def test_only_capitalised_whole_names_are_places() -> None:
    text = "Carbonato di calcio per Calcio e Bergamasca, non Bergamo."
    assert without_places(text, TOWNS) == "Carbonato di calcio per e Bergamasca, non ."


def test_without_known_places_the_text_is_untouched() -> None:
    assert pattern([]) is None
    assert without_places("Sede a Brignano", None) == "Sede a Brignano"

from dataclasses import replace
from typing import Any

from services.matcher.ranking.explain import MAX_REASONS, Evidence, explain, path_in_words
from services.matcher.ranking.model import (
    SIGNALS,
    Candidate,
    NeedQuery,
    PathStep,
    Precedent,
    Weights,
)
from services.matcher.ranking.rank import rank

CONFARTIGIANATO = PathStep("assoc:conf", "Confartigianato Bergamo", "association", "member_of")
BIANCHI = PathStep("expert:bianchi", "Dott.ssa Bianchi", "expert", "affiliated_with")
POINT = PathStep("incubator:point", "Point Dalmine", "incubator", "hosted_by")

NEED = NeedQuery(
    text="Stampaggio di polimeri per componenti leggeri",
    firm_id="firm:rossi",
    firm_name="Impresa Rossi Srl",
    firm_sector_section="C",
    topics=("stampaggio", "polimeri"),
    province="BG",
    coordinates=(45.6983, 9.6773),
)

BIANCHI_PROFILE = Candidate(
    id="expert:bianchi",
    kind="expert",
    name="Dott.ssa Bianchi",
    sector_section="M",
    topics=("stampaggio", "polimeri", "saldatura"),
    province="BG",
    availability=0.9,
    semantic=0.7,
    closeness=0.7,
    path=(CONFARTIGIANATO, BIANCHI),
)


DEFAULTS = Weights()
TOPICS_ON = Weights(topics=0.10)  # a deployment that weighs the topic signal


def explained(candidate: Candidate = BIANCHI_PROFILE, **changes: Any) -> str:
    return explained_under(DEFAULTS, candidate, **changes)


def explained_under(
    weights: Weights, candidate: Candidate = BIANCHI_PROFILE, **changes: Any
) -> str:
    [suggestion] = rank(replace(NEED, **changes), [candidate], weights)
    return suggestion.explanation


def test_italian_explanation_names_the_top_signals_in_reading_order() -> None:
    assert explained() == (
        "Affinità semantica alta con il bisogno (stampaggio, polimeri); settore diverso "
        "(C → M): contaminazione; presentazione tramite Confartigianato Bergamo; stessa "
        "provincia (BG); disponibilità alta."
    )


def test_english_explanation() -> None:
    assert explained(language="en") == (
        "Strong semantic match with the need (stampaggio, polimeri); different sector "
        "(C → M): cross-sector contamination; introduction through Confartigianato Bergamo; "
        "same province (BG); readily available."
    )


def test_a_weighed_topic_signal_is_a_reason_of_its_own() -> None:
    assert explained_under(TOPICS_ON) == (
        "Affinità semantica alta con il bisogno; temi in comune: stampaggio, polimeri; "
        "settore diverso (C → M): contaminazione; stessa provincia (BG); disponibilità alta."
    )
    assert explained_under(TOPICS_ON, language="en").startswith(
        "Strong semantic match with the need; shared topics: stampaggio, polimeri; "
    )


def test_contamination_off_is_not_mentioned() -> None:
    text = explained(contamination=False)
    assert "contaminazione" not in text
    assert text.endswith("stessa provincia (BG); disponibilità alta.")


def test_semantic_levels() -> None:
    good = replace(BIANCHI_PROFILE, semantic=0.5, closeness=0.5)
    assert explained(good).startswith("Buona affinità")
    some = replace(BIANCHI_PROFILE, semantic=0.2, closeness=0.2, sector_section="C")
    assert explained(some).startswith("Qualche affinità")


def test_the_words_follow_the_models_calibrated_closeness_not_its_raw_cosine() -> None:
    # A Universal Sentence Encoder cosine of 0.27 is as close as its best right answers get.
    close = replace(BIANCHI_PROFILE, semantic=0.27, closeness=1.0)
    assert explained(close).startswith("Affinità semantica alta")
    # A multilingual-e5 cosine of 0.81 is what any profile gets.
    typical = replace(BIANCHI_PROFILE, semantic=0.81, closeness=0.0, sector_section="C")
    assert explained(typical).startswith("Qualche affinità")


def test_weak_signals_are_not_mentioned() -> None:
    weak = replace(BIANCHI_PROFILE, semantic=0.1, lexical=0.15, sector_section="C", path=())
    far = replace(weak, province="NO", coordinates=(45.4469, 8.6222))
    assert explained(far) == "Disponibilità alta."  # no relevance reason to name topics in
    assert (
        explained_under(TOPICS_ON, far)
        == "Temi in comune: stampaggio, polimeri; disponibilità alta."
    )


def test_distance_is_given_when_the_province_differs() -> None:
    milan = replace(BIANCHI_PROFILE, province="MI", coordinates=(45.4642, 9.1900), path=())
    assert "; 46 km away; " in explained(milan, language="en")
    assert "; a 46 km di distanza; " in explained(milan)


def test_path_through_several_intermediaries() -> None:
    long_way = replace(BIANCHI_PROFILE, path=(CONFARTIGIANATO, POINT, BIANCHI))
    assert "presentazione tramite Confartigianato Bergamo e Point Dalmine" in explained(long_way)


def test_direct_links() -> None:
    worked = replace(BIANCHI, relation="collaborated_with")
    assert "ha già collaborato con l'impresa" in explained(replace(BIANCHI_PROFILE, path=(worked,)))
    direct = replace(BIANCHI_PROFILE, path=(BIANCHI,))
    assert "direct link with the firm" in explained(direct, language="en")


def test_feedback_is_mentioned_only_when_mostly_accepted() -> None:
    quiet = replace(
        BIANCHI_PROFILE,
        semantic=0.3,
        closeness=0.3,
        topics=(),
        path=(),
        province=None,
        sector_section=None,
    )
    assert explained(replace(quiet, accepted=3, declined=1)) == (
        "Qualche affinità semantica con il bisogno; disponibilità alta; "
        "proposte accettate in passato: 3 su 4."
    )
    assert explained(replace(quiet, accepted=1, declined=1)) == (
        "Qualche affinità semantica con il bisogno; disponibilità alta."
    )


def test_lexical_match_is_mentioned() -> None:
    keywords = replace(BIANCHI_PROFILE, lexical=1.0, semantic=0.0, path=(), province=None)
    assert explained_under(TOPICS_ON, keywords, language="en") == (
        "The need's keywords in the profile; shared topics: stampaggio, polimeri; "
        "different sector (C → M): cross-sector contamination; readily available."
    )


def test_the_words_reason_quotes_the_needs_words_the_profile_holds() -> None:
    words = ("stampaggio", "polimeri")
    quoted = replace(BIANCHI_PROFILE, lexical=1.0, shared_words=words, semantic=0.0, path=())
    assert explained_under(TOPICS_ON, quoted, language="en").startswith(
        "The need's words in the profile: «stampaggio», «polimeri»;"
    )
    assert explained_under(TOPICS_ON, quoted).startswith(
        "Parole del bisogno nel profilo: «stampaggio», «polimeri»;"
    )


def test_without_a_topic_weight_the_relevance_reason_names_the_shared_topics() -> None:
    keywords = replace(BIANCHI_PROFILE, lexical=1.0, semantic=0.0, path=(), province=None)
    need = replace(NEED, language="en")
    [suggestion] = rank(need, [keywords], Weights(topics=0.0))
    assert suggestion.explanation == (
        "The need's keywords in the profile (stampaggio, polimeri); "
        "different sector (C → M): cross-sector contamination; readily available."
    )
    assert suggestion.matched_topics == ("stampaggio", "polimeri")
    # Words and meaning both: the keyword reason names them, once.
    both = replace(keywords, semantic=0.7, closeness=0.7)
    assert explained(both).startswith(
        "Affinità semantica alta con il bisogno; parole chiave del bisogno nel profilo "
        "(stampaggio, polimeri); "
    )


def test_nothing_to_say() -> None:
    nobody = Candidate(id="firm:x", kind="firm", name="X", availability=0.1)
    nothing = dict.fromkeys(SIGNALS, 0.0)
    for need, said in (
        (NEED, "Nessun segnale forte: da verificare con l'impresa."),
        (replace(NEED, language="en"), "No strong signal: worth checking with the firm."),
    ):
        assert explain(Evidence(need, nobody, nothing, ()), nothing) == said


def test_at_most_the_top_reasons_are_given() -> None:
    evidence = Evidence(NEED, BIANCHI_PROFILE, dict.fromkeys(SIGNALS, 1.0), ("stampaggio",))
    text = explain(evidence, dict.fromkeys(SIGNALS, 0.1) | {"semantic": 0.2, "feedback": 0.3})
    assert text.count(";") == MAX_REASONS - 1
    assert text.startswith("Affinità semantica alta")
    assert "disponibilità" not in text
    assert "proposte accettate" not in text


def test_explanations_are_deterministic() -> None:
    assert explained() == explained()


def test_path_in_words() -> None:
    path = (CONFARTIGIANATO, BIANCHI)
    assert path_in_words("Impresa Rossi Srl", path, "it") == (
        "Impresa Rossi Srl → Confartigianato Bergamo → Dott.ssa Bianchi"
    )
    assert path_in_words(None, path, "it").startswith("L'impresa → ")
    assert path_in_words(None, path, "en").startswith("The firm → ")
    assert path_in_words("Impresa Rossi Srl", (), "it") == ""


def test_experience_quotes_the_similar_project_and_its_year_in_both_languages() -> None:
    project = Precedent("project:7", "Fatica dei tecnopolimeri", 2023, "voucher")
    candidate = Candidate(id="lab:1", kind="lab", name="Lab", experience=1.0, precedent=project)
    values = dict.fromkeys(SIGNALS, 0.0) | {"experience": 1.0}
    contributions = dict.fromkeys(SIGNALS, 0.0) | {"experience": 0.2}
    italian = explain(Evidence(NeedQuery(text="x"), candidate, values, ()), contributions)
    english = explain(
        Evidence(NeedQuery(text="x", language="en"), candidate, values, ()), contributions
    )
    assert italian == "Ha lavorato a un progetto simile: «Fatica dei tecnopolimeri» (2023)."
    assert english == "Worked on a similar project: «Fatica dei tecnopolimeri» (2023)."


def test_history_quotes_the_project_done_with_the_firm_and_cuts_a_long_title() -> None:
    title = "Analisi del ciclo di vita " * 6
    project = Precedent("project:8", title, 2024, "research")
    candidate = Candidate(id="lab:1", kind="lab", name="Lab", history=1.0, shared_precedent=project)
    values = dict.fromkeys(SIGNALS, 0.0) | {"history": 1.0}
    contributions = dict.fromkeys(SIGNALS, 0.0) | {"history": 0.1}
    text = explain(Evidence(NeedQuery(text="x"), candidate, values, ()), contributions)
    assert text.startswith("Ha già lavorato con l'impresa su un progetto simile: «Analisi")
    assert text.endswith("…» (2024).")
    assert len(text) < 160


def test_the_shared_canton_or_region_is_named() -> None:
    lugano = replace(BIANCHI_PROFILE, province=None, canton="TI", country="CH")
    ticino = {"province": None, "coordinates": None, "canton": "TI", "country": "CH"}
    assert "; stesso cantone (TI);" in explained(lugano, **ticino)
    munich = replace(BIANCHI_PROFILE, province=None, region="DE212", country="DE", availability=0.0)
    bavaria = {"province": None, "coordinates": None, "region": "DE21", "country": "DE"}
    assert "; same region (DE21)." in explained(munich, language="en", **bavaria)


def test_distance_across_the_border_is_measured() -> None:
    lugano = replace(BIANCHI_PROFILE, province=None, canton="TI", coordinates=(46.0037, 8.9511))
    como = {"province": "CO", "coordinates": (45.8081, 9.0852)}
    assert "; 24 km away;" in explained(lugano, language="en", **como)


TESTING_LAB = Candidate(
    id="lab:prove",
    kind="lab",
    name="Laboratorio Prove",
    services=("certification", "materials_testing"),
    availability=0.0,
)


def test_a_service_asked_for_and_offered_is_named_as_the_profile_form_names_it() -> None:
    asked = {"services": ("materials_testing",), "topics": ()}
    assert explained(TESTING_LAB, **asked) == "Offre il servizio richiesto: prove sui materiali."
    assert explained(TESTING_LAB, language="en", **asked) == (
        "Offers the service asked for: materials testing."
    )


def test_several_services_offered_are_named_in_the_order_asked() -> None:
    asked = {"services": ("materials_testing", "training", "certification"), "topics": ()}
    assert explained(TESTING_LAB, **asked) == (
        "Offre i servizi richiesti: prove sui materiali, certificazione."
    )
    assert explained(TESTING_LAB, language="en", **asked) == (
        "Offers the services asked for: materials testing, certification."
    )


def test_a_service_reason_follows_meaning_and_precedes_the_context() -> None:
    offering = replace(BIANCHI_PROFILE, services=("prototyping",))
    assert explained(offering, services=("prototyping",)) == (
        "Affinità semantica alta con il bisogno (stampaggio, polimeri); offre il servizio "
        "richiesto: prototipazione; settore diverso (C → M): contaminazione; stessa provincia "
        "(BG); disponibilità alta."
    )

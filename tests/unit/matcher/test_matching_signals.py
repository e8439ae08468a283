import pytest

from services.matcher.ranking.model import PathStep, Place
from services.matcher.ranking.signals import (
    REGION_SHARE,
    Shared,
    contamination,
    distance_km,
    feedback,
    has_reason,
    is_cross_sector,
    proximity,
    service_share,
    services_offered,
    shared,
    territory,
    topic_overlap,
    unit,
)

BERGAMO = (45.6983, 9.6773)
DALMINE = (45.6489, 9.6047)
MILANO = (45.4642, 9.1900)
PALERMO = (38.1157, 13.3615)


def step(name: str, relation: str = "member_of") -> PathStep:
    return PathStep(id=name.lower(), name=name, kind="association", relation=relation)


def test_unit_clamps() -> None:
    assert [unit(-0.2), unit(0.4), unit(1.3)] == [0.0, 0.4, 1.0]


def test_declared_topics_score_the_share_covered() -> None:
    match = topic_overlap(
        ["stampaggio", "polimeri", "verniciatura"],
        "",
        ["Stampaggi a iniezione", "polimero", "saldatura"],
    )
    assert match.value == pytest.approx(2 / 3)
    assert match.matched == ("Stampaggi a iniezione", "polimero")


def test_declared_topics_with_nothing_in_common_score_zero() -> None:
    match = topic_overlap(["stampaggio"], "stampaggio", ["enologia"])
    assert (match.value, match.matched) == (0.0, ())


def test_a_broader_need_topic_meets_a_narrower_candidate_topic() -> None:
    match = topic_overlap(["materie plastiche riciclate"], "", ["plastica"])
    assert match.value == 1.0


def test_without_declared_topics_the_text_is_searched() -> None:
    text = "Cerchiamo aiuto per lo stampaggio di plastiche riciclate"
    match = topic_overlap([], text, ["plastica riciclata", "stampaggi", "robotica"])
    assert match.matched == ("plastica riciclata", "stampaggi")
    assert match.value == pytest.approx(2 / 3)


def test_text_matching_saturates_at_three_topics() -> None:
    text = "stampaggio plastiche polimeri stampi"
    match = topic_overlap([], text, ["stampaggio", "plastica", "polimero", "stampo"])
    assert match.value == 1.0


def test_repeated_and_empty_candidate_topics_are_harmless() -> None:
    match = topic_overlap(["polimeri"], "", ["polimero", "polimero", "di"])
    assert (match.value, match.matched) == (1.0, ("polimero",))


def test_cross_sector_needs_both_sections() -> None:
    assert is_cross_sector("C", "M")
    assert not is_cross_sector("C", "c ")
    assert not is_cross_sector(None, "M")
    assert not is_cross_sector("C", None)


def test_contamination_rewards_a_relevant_other_sector() -> None:
    assert contamination("C", "M", relevance=0.5, gate=0.4) == 1.0


def test_contamination_is_gated_by_relevance() -> None:
    assert contamination("C", "M", relevance=0.39, gate=0.4) == 0.0
    assert contamination("C", "M", relevance=0.4, gate=0.4) == 1.0


def test_contamination_ignores_the_same_or_an_unknown_sector() -> None:
    assert contamination("C", "C", relevance=0.9, gate=0.4) == 0.0
    assert contamination(None, "M", relevance=0.9, gate=0.4) == 0.0


def test_proximity_shrinks_with_every_hop() -> None:
    assert proximity(()) == 0.0
    assert proximity((step("Bianchi", "collaborated_with"),)) == 1.0
    assert proximity((step("Confartigianato Bergamo"), step("Bianchi"))) == 0.5
    assert proximity((step("A"), step("B"), step("C"), step("D"))) == 0.25


def test_haversine_distances() -> None:
    assert distance_km(BERGAMO, BERGAMO) == 0.0
    assert distance_km((45.0, 9.0), (46.0, 9.0)) == pytest.approx(111.19, abs=0.01)
    assert distance_km(BERGAMO, MILANO) == pytest.approx(46.0, abs=0.5)
    assert distance_km(BERGAMO, MILANO) == pytest.approx(distance_km(MILANO, BERGAMO))


def at(province: str | None = None, point: tuple[float, float] | None = None, **more: str) -> Place:
    return Place(province=province, coordinates=point, **more)


def test_territory_same_province_is_best() -> None:
    assert territory(at("BG"), at("BG")) == 1.0
    assert territory(at("BG", BERGAMO), at("BG", PALERMO)) == 1.0


def test_territory_fades_with_distance() -> None:
    near = territory(at("BG", BERGAMO), at("MI", DALMINE))
    milan = territory(at("BG", BERGAMO), at("MI", MILANO))
    assert 1.0 > near > milan > 0.5
    assert milan == pytest.approx(1 - distance_km(BERGAMO, MILANO) / 100)
    assert territory(at("BG", BERGAMO), at("PA", PALERMO)) == 0.0


def test_territory_unknown_is_zero() -> None:
    assert territory(at("BG", BERGAMO), at("MI")) == 0.0
    assert territory(at(), at("BG", BERGAMO)) == 0.0


def test_the_same_canton_or_nuts_3_area_counts_as_a_province() -> None:
    assert territory(at(canton="TI"), at(canton="TI", region="CH07")) == 1.0
    assert territory(at(region="DE212"), at(region="DE212")) == 1.0
    assert shared(at(canton="TI"), at(canton="TI")) == Shared("canton", "TI")
    assert shared(at(region="DE212"), at(region="DE212")) == Shared("area", "DE212")


def test_the_same_nuts_2_region_without_coordinates_is_a_modest_share() -> None:
    assert territory(at(region="DE21"), at(region="DE212")) == REGION_SHARE
    assert territory(at(region="DE212"), at(region="DE213")) == REGION_SHARE
    assert shared(at(region="DE21"), at(region="DE212")) == Shared("region", "DE21")
    assert territory(at(region="DE21"), at(region="DE22")) == 0.0


def test_coordinates_outrank_a_shared_region() -> None:
    far = territory(at(region="ITG1", point=PALERMO), at(region="ITG1", point=BERGAMO))
    assert far == 0.0


def test_the_same_country_alone_says_nothing_of_nearness() -> None:
    assert territory(at(country="FR"), at(country="FR")) == 0.0
    assert territory(at(region="FR"), at(region="FR")) == 0.0
    assert shared(at(region="FR"), at(region="FR")) is None


def test_a_swiss_canton_is_not_the_italian_province_with_its_letters() -> None:
    assert territory(at("BS"), at(canton="BS")) == 0.0


def test_feedback_is_a_smoothed_accept_rate() -> None:
    assert feedback(0, 0) == 0.5
    assert feedback(3, 1) == pytest.approx(4 / 6)
    assert feedback(0, 2) == pytest.approx(1 / 4)
    assert feedback(-1, -3) == 0.5


def test_a_path_through_the_shared_province_is_no_introduction() -> None:
    via_province = (
        PathStep("province:BG", "provincia BG", "province", "located_in"),
        PathStep("expert:1", "Maria Rossi", "expert", "located_in"),
    )
    assert proximity(via_province) == 0.0


NOTHING = dict.fromkeys(("lexical", "topics", "services", "experience", "history"), 0.0)


@pytest.mark.parametrize(
    ("values", "closeness", "reason"),
    [
        (NOTHING, 0.0, False),
        (NOTHING, 0.24, False),
        (NOTHING, 0.25, True),
        (NOTHING | {"lexical": 0.05}, 0.0, False),
        (NOTHING | {"lexical": 0.1}, 0.0, True),
        (NOTHING | {"topics": 0.3}, 0.0, True),
        (NOTHING | {"services": 0.5}, 0.0, True),
        (NOTHING | {"experience": 0.01}, 0.0, True),
        (NOTHING | {"history": 0.01}, 0.0, True),
    ],
)
def test_a_reason_is_meaning_words_topics_services_or_similar_projects(
    values: dict[str, float], closeness: float, reason: bool
) -> None:
    assert has_reason(values, closeness) is reason


@pytest.mark.parametrize(
    ("asked", "offered", "share", "matched"),
    [
        pytest.param((), ("materials_testing",), 0.0, (), id="none asked: no gain for anyone"),
        pytest.param(("materials_testing",), (), 0.0, (), id="none offered"),
        pytest.param(
            ("materials_testing", "certification"),
            ("certification", "training", "materials_testing"),
            1.0,
            ("materials_testing", "certification"),
            id="all offered, named in the need's order",
        ),
        pytest.param(
            ("materials_testing", "certification", "materials_testing"),
            ("certification",),
            0.5,
            ("certification",),
            id="a share of the distinct services asked",
        ),
    ],
)
def test_the_services_signal_is_the_share_of_those_asked_that_the_partner_offers(
    asked: tuple[str, ...], offered: tuple[str, ...], share: float, matched: tuple[str, ...]
) -> None:
    assert service_share(asked, offered) == pytest.approx(share)
    assert services_offered(asked, offered) == matched

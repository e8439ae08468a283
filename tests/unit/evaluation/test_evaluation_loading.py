from datetime import UTC, datetime

import pytest

from schemas.common import Service, Territory
from schemas.needs import NeedSubmitted
from schemas.organisations import OrganisationKind, OrganisationUpserted
from schemas.profiles import ExpertUpserted, LabUpserted
from schemas.relations import RelationType, RelationUpserted
from services.evaluation.dataset import Dataset, DatasetError, Need, Profile, RelationRef
from services.evaluation.loading import events, profile_event, topics
from services.kafka.topics import NEEDS, ORGANISATIONS, PROFILES, RELATIONS, route

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def profile(profile_id: str, kind: str, **fields: object) -> Profile:
    return Profile(id=profile_id, kind=kind, name=f"Name of {profile_id}", text="Testo", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "organisation_kind"),
    [
        ("firm", OrganisationKind.FIRM),
        ("startup", OrganisationKind.STARTUP),
        ("university", OrganisationKind.UNIVERSITY),
        ("research_centre", OrganisationKind.RESEARCH_CENTRE),
        ("association", OrganisationKind.ASSOCIATION),
    ],
)
def test_organisations_become_organisation_upserts_of_their_kind(
    kind: str, organisation_kind: OrganisationKind
) -> None:
    event = profile_event(
        profile("org:1", kind, sector="22.19", territory=Territory(province="BG")), WHEN
    )
    assert isinstance(event, OrganisationUpserted)
    assert event.payload.kind is organisation_kind
    assert (event.payload.description, event.payload.sector) == ("Testo", "22.19")
    assert event.payload.territory is not None
    assert event.payload.territory.province == "BG"
    assert route(event) == (ORGANISATIONS, "org:1")


def test_an_expert_carries_the_text_as_competences_and_the_sector_among_sectors() -> None:
    event = profile_event(profile("expert:1", "expert", sector="72.19"), WHEN)
    assert isinstance(event, ExpertUpserted)
    assert (event.payload.name, event.payload.competences) == ("Name of expert:1", "Testo")
    assert event.payload.sectors == ["72.19"]
    assert event.occurred_at == WHEN
    assert route(event) == (PROFILES, "expert:1")


def test_a_lab_carries_the_text_as_description() -> None:
    event = profile_event(profile("lab:1", "lab"), WHEN)
    assert isinstance(event, LabUpserted)
    assert (event.payload.description, event.payload.sector, event.payload.territory) == (
        "Testo", None, None,
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["expert", "lab", "firm"])
def test_the_services_a_profile_offers_travel_once_each(kind: str) -> None:
    offered = (Service.MATERIALS_TESTING, Service.TRAINING, Service.MATERIALS_TESTING)
    event = profile_event(profile(f"{kind}:1", kind, services=offered), WHEN)
    assert event.payload.services == [Service.MATERIALS_TESTING, Service.TRAINING]  # type: ignore[union-attr]


def test_texts_names_and_topics_are_fitted_to_the_schema_bounds() -> None:
    long = Profile(
        id="firm:1",
        kind="firm",
        name="N" * 300,
        text="t" * 6000,
        topics=("x", " gomma ", "gomma", "m" * 70, *(f"tema {i}" for i in range(40))),
    )
    event = profile_event(long, WHEN)
    assert isinstance(event, OrganisationUpserted)
    assert len(event.payload.description) == 5000
    assert len(event.payload.name) == 200
    assert event.payload.topics[:3] == ["gomma", "m" * 60, "tema 0"]
    assert len(event.payload.topics) == 30


def test_topics_drop_the_too_short_and_the_repeated() -> None:
    assert topics((" a ", "ab", "ab ", "  ")) == ["ab"]


def test_relations_to_profiles_outside_the_dataset_are_left_out() -> None:
    dataset = Dataset(
        profiles=(
            profile(
                "expert:1",
                "expert",
                relations=(
                    RelationRef("affiliated_with", "university:1"),
                    RelationRef("collaborated_with", "firm:elsewhere"),
                ),
            ),
            profile("university:1", "university"),
        ),
        needs=(),
    )
    loaded = events(dataset, WHEN)

    assert [route(event)[1] for event in loaded.profiles] == ["expert:1", "university:1"]
    [relation] = loaded.relations
    assert isinstance(relation, RelationUpserted)
    assert route(relation)[0] == RELATIONS
    assert (relation.payload.type, relation.payload.source_id, relation.payload.target_id) == (
        RelationType.AFFILIATED_WITH, "expert:1", "university:1",
    )  # fmt: skip


def test_a_collaboration_listed_by_both_ends_is_published_once() -> None:
    dataset = Dataset(
        profiles=(
            profile("firm:1", "firm", relations=(RelationRef("collaborated_with", "lab:1"),)),
            profile(
                "lab:1",
                "lab",
                relations=(
                    RelationRef("collaborated_with", "firm:1"),
                    RelationRef("part_of", "university:1"),
                ),
            ),
            profile("university:1", "university"),
        ),
        needs=(),
    )
    published = [
        e.payload for e in events(dataset, WHEN).relations if isinstance(e, RelationUpserted)
    ]
    assert [(r.type, r.source_id, r.target_id) for r in published] == [
        (RelationType.COLLABORATED_WITH, "firm:1", "lab:1"),
        (RelationType.PART_OF, "lab:1", "university:1"),
    ]


def test_a_relation_the_schema_refuses_is_an_error_naming_the_line() -> None:
    looped = profile("firm:1", "firm", relations=(RelationRef("part_of", "firm:1"),), line=7)
    with pytest.raises(DatasetError, match=r"profiles\.jsonl:7: .*two different parties"):
        events(Dataset(profiles=(looped,), needs=()), WHEN)


@pytest.mark.parametrize("kind", ["firm", "expert", "lab"])
def test_the_language_of_the_text_travels_with_every_kind_of_profile(kind: str) -> None:
    for given, expected in (({"language": "en"}, "en"), ({}, "it")):
        event = profile_event(profile(f"{kind}:1", kind, **given), WHEN)
        assert isinstance(event, OrganisationUpserted | ExpertUpserted | LabUpserted)
        assert event.payload.language == expected


def test_the_needs_are_submitted_as_their_officers_would_and_too_short_ones_left_out() -> None:
    asked = Need(
        id="CORDIS 101",  # datasets name needs freely: the event is named by position
        text="A request from one of our members: the catalogue exists only in Italian.",
        firm_id="firm:1",
        language="en",
        services=(Service.TECHNOLOGY_SCOUTING,),
    )
    short = Need(id="n2", text="Troppo breve")
    submitted = events(Dataset(profiles=(), needs=(asked, short)), WHEN).needs
    assert len(submitted) == 1
    event = submitted[0]
    assert isinstance(event, NeedSubmitted)
    assert (event.payload.id, event.payload.firm_id, event.payload.language) == (
        "eval:need-00001", "firm:1", "en",
    )  # fmt: skip
    assert event.payload.text == asked.text
    assert event.payload.services == [Service.TECHNOLOGY_SCOUTING]
    assert route(event) == (NEEDS, "eval:need-00001")

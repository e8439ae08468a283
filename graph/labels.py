"""The fixed vocabulary of labels and relationship types.

Dynamic labels and types in Cypher only ever come from here, never from input.
"""

ORGANISATION_LABELS = {
    "association": "Association",
    "hub_office": "HubOffice",
    "incubator": "Incubator",
    "university": "University",
    "department": "Department",
    "research_centre": "ResearchCentre",
    "firm": "Firm",
    "startup": "Startup",
}

# Kinds the matcher may suggest as partners: they carry the :Profile label and the indexes.
PARTNER_KINDS = frozenset(
    {"expert", "lab", "research_centre", "department", "university", "startup", "firm"}
)

RELATION_TYPES = {
    "member_of": "MEMBER_OF",
    "hosted_by": "HOSTED_BY",
    "affiliated_with": "AFFILIATED_WITH",
    "part_of": "PART_OF",
    "collaborated_with": "COLLABORATED_WITH",
}


KIND_LABELS = frozenset({*ORGANISATION_LABELS.values(), "Expert", "Lab", "Organisation", "Profile"})


def entity_labels(kind: str) -> list[str]:
    """Labels of an entity of this kind: Entity, its kind's label, Profile if a partner."""
    label = ORGANISATION_LABELS.get(kind) or {"expert": "Expert", "lab": "Lab"}[kind]
    labels = ["Entity", label]
    if kind in ORGANISATION_LABELS:
        labels.append("Organisation")
    if kind in PARTNER_KINDS:
        labels.append("Profile")
    return labels


def stale_labels(kind: str) -> list[str]:
    """Labels that an entity which now is of this kind must no longer carry."""
    return sorted(KIND_LABELS - set(entity_labels(kind)))

"""The fixed vocabulary of node labels; dynamic labels in Cypher only ever come from here."""

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

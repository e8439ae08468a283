"""The words pages show for the contracts' values: msgids of the catalogues, translated per
page by `translated(tr)`."""

from collections.abc import Mapping

from services.matcher.ranking import names
from services.web.i18n import Catalogue

STATES = {
    "submitted": "Waiting for suggestions",
    "suggested": "Suggestions ready",
    "accepted": "Partner accepted",
    "concluded": "Concluded",
}
KINDS = {
    "expert": "Expert",
    "lab": "Lab",
    "research_centre": "Research centre",
    "university": "University",
    "department": "University department",
    "startup": "Start-up",
    "firm": "Firm",
}
URGENCIES = {"low": "Low", "medium": "Medium", "high": "High"}
BUDGETS = {
    "unknown": "Not known",
    "under_5k": "Under €5,000",
    "5k_20k": "€5,000-20,000",
    "20k_50k": "€20,000-50,000",
    "over_50k": "Over €50,000",
}
DECISIONS = {"accepted": "Accepted", "declined": "Declined"}
OUTCOMES = {"success": "Success", "partial": "Partial success", "failure": "Did not work out"}
SIGNALS = {
    "semantic": "Meaning of the texts",
    "lexical": "Shared words",
    "topics": "Shared topics",
    "services": "Services asked for",
    "experience": "Similar past projects",
    "history": "Similar projects with the firm",
    "contamination": "Cross-sector",
    "proximity": "Introduction path",
    "territory": "Same territory",
    "availability": "Availability",
    "feedback": "Past acceptances",
}
FIELDS = {
    "firm_id": "Firm",
    "text": "The need",
    "wanted_kinds": "Wanted partners",
    "urgency": "Urgency",
    "budget": "Budget",
    "province": "Province",
    "language": "Language of the text",
    "funding": "Funding or voucher",
    "topics": "Topics",
    "services": "Services",
}
# The names explanations give the services too; the Italian catalogue must agree with them.
SERVICES = {service: english for service, (_, english) in names.SERVICES.items()}
AVAILABILITIES = {"available": "Available", "limited": "Limited", "unavailable": "Not available"}
# The profile form's fields, by the name its inputs carry.
PROFILE_FIELDS = {
    "name": "Name",
    "headline": "Headline",
    "bio": "About you",
    "competences": "What you can do for a firm",
    "description": "Description",
    "equipment": "Equipment",
    "tests": "Tests and measurements",
    "accreditations": "Accreditations",
    "topics": "Topics",
    "sectors": "Sectors (ATECO codes)",
    "sector": "Sector (ATECO code)",
    "services": "Services",
    "territory": "Where",
    "province": "Italian province",
    "canton": "Swiss canton",
    "region": "NUTS region",
    "country": "Country",
    "comune": "Municipality",
    "lat": "Latitude",
    "lon": "Longitude",
    "languages": "Languages spoken",
    "language": "Language of the texts",
    "availability": "Availability",
    "hours_per_month": "Hours a month for firms",
    "weekly_slots": "Free test slots a week",
    "email": "Email",
    "phone": "Phone",
    "website": "Website",
}
ROLES = {
    "officer": "Association officer",
    "expert": "Expert",
    "lab": "Lab",
    "coordinator": "Hub coordinator",
    "admin": "Administrator",
}
TABLES: dict[str, Mapping[str, str]] = {
    "roles": ROLES,
    "states": STATES,
    "kinds": KINDS,
    "urgencies": URGENCIES,
    "budgets": BUDGETS,
    "decisions": DECISIONS,
    "outcomes": OUTCOMES,
    "signals": SIGNALS,
    "field_labels": FIELDS,
    "services": SERVICES,
    "availabilities": AVAILABILITIES,
    "profile_labels": PROFILE_FIELDS,
}


def translated(tr: Catalogue) -> dict[str, dict[str, str]]:
    """Every table, in the catalogue's language, for a template's context."""
    return {name: {key: tr(text) for key, text in table.items()} for name, table in TABLES.items()}

"""What people call the hub's services, in Italian and English.

Here rather than in the web app: explanations name the services a partner offers, and the
ranking core must not import the web layer. The web app's labels take their English from here
(`services.web.pages.labels`), and its Italian catalogue must agree with the Italian here
(a unit test checks), so a service reads the same on a profile, a need and an explanation.
"""

SERVICES: dict[str, tuple[str, str]] = {
    "materials_testing": ("Prove sui materiali", "Materials testing"),
    "patents_trademarks": ("Brevetti e marchi", "Patents and trademarks"),
    "technology_scouting": ("Scouting tecnologico", "Technology scouting"),
    "training": ("Formazione", "Training"),
    "startup_support": ("Supporto alle start-up", "Start-up support"),
    "certification": ("Certificazione", "Certification"),
    "digital_transformation": ("Trasformazione digitale", "Digital transformation"),
    "prototyping": ("Prototipazione", "Prototyping"),
    "funding_advice": ("Consulenza su finanziamenti", "Funding advice"),
    "energy_sustainability": ("Energia e sostenibilità", "Energy and sustainability"),
    "cybersecurity": ("Sicurezza informatica", "Cybersecurity"),
    "design": ("Design", "Design"),
    "research_development": ("Ricerca e sviluppo", "Research and development"),
}
"""By `schemas.common.Service` value: (Italian, English), capitalised as a label."""


def service_name(service: str, italian: bool) -> str:
    """A service as a sentence names it ("prove sui materiali"); an unknown value as itself,
    so a service added to the contract before its name reads oddly rather than failing."""
    names = SERVICES.get(service)
    if names is None:
        return service.replace("_", " ")
    name = names[0] if italian else names[1]
    return f"{name[0].lower()}{name[1:]}"

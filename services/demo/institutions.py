"""The fixed institutions of Bergamo's hub: they do not grow with the scale of the network."""

from dataclasses import dataclass

from schemas.organisations import OrganisationKind

Kind = OrganisationKind


@dataclass(frozen=True)
class Institution:
    id: str
    kind: OrganisationKind
    name: str
    comune: str
    description: str
    parent: str | None = None  # the university a department belongs to
    domains: tuple[str, ...] = ()  # archetype domains it works on; empty for non-partners
    language: str = "it"  # the language its profile is written in


def _association(slug: str, name: str, description: str) -> Institution:
    return Institution(f"association:{slug}", Kind.ASSOCIATION, name, "Bergamo", description)


ASSOCIATIONS = (
    _association(
        "ascom-bergamo",
        "Ascom Confcommercio Bergamo",
        "Associazione del commercio, del turismo e dei servizi.",
    ),
    _association(
        "cia-bergamo",
        "Cia Agricoltori Italiani Bergamo",
        "Confederazione italiana agricoltori della provincia.",
    ),
    _association(
        "coldiretti-bergamo",
        "Coldiretti Bergamo",
        "Federazione provinciale dei coltivatori diretti.",
    ),
    _association(
        "confartigianato-bergamo",
        "Confartigianato Imprese Bergamo",
        "Associazione degli artigiani e delle piccole imprese.",
    ),
    _association(
        "confcooperative-bergamo",
        "Confcooperative Bergamo",
        "Unione provinciale delle cooperative.",
    ),
    _association(
        "confesercenti-bergamo",
        "Confesercenti Bergamo",
        "Associazione degli esercenti del commercio e del turismo.",
    ),
    _association(
        "confimi-apindustria-bergamo",
        "Confimi Apindustria Bergamo",
        "Associazione delle piccole e medie industrie.",
    ),
    _association(
        "cna-bergamo",
        "CNA Bergamo",
        "Confederazione nazionale dell'artigianato e della piccola e media impresa.",
    ),
    _association(
        "fai-bergamo",
        "FAI Bergamo",
        "Federazione autotrasportatori italiani, sezione di Bergamo.",
    ),
    _association(
        "lia-bergamo",
        "LIA Libera Associazione Artigiani",
        "Associazione di artigiani e piccole imprese della provincia.",
    ),
)

INCUBATOR = Institution(
    "incubator:point-dalmine",
    Kind.INCUBATOR,
    "Point - Polo per l'Innovazione Tecnologica",
    "Dalmine",
    "Incubatore e sede principale dell'Innovation & Technology Hub di Bergamo.",
)

OFFICE_COMUNI = (
    "Treviglio",
    "Romano di Lombardia",
    "Clusone",
    "Zogno",
    "Lovere",
    "Sarnico",
    "Grumello del Monte",
    "Ponte San Pietro",
    "Albino",
)


def _office(number: int, comune: str) -> Institution:
    description = "Sportello territoriale dell'hub per le imprese della zona."
    return Institution(
        f"hub_office:{number:02d}",
        Kind.HUB_OFFICE,
        f"Sportello Innovazione {comune}",
        comune,
        description,
    )


OFFICES = tuple(_office(number, comune) for number, comune in enumerate(OFFICE_COMUNI, start=1))

UNIVERSITIES = (
    Institution(
        "university:unibg",
        Kind.UNIVERSITY,
        "Università degli Studi di Bergamo",
        "Bergamo",
        "Ateneo pubblico con sedi a Bergamo e Dalmine.",
    ),
    Institution(
        "university:polimi",
        Kind.UNIVERSITY,
        "Politecnico di Milano",
        "Milano",
        "Università tecnica pubblica: ingegneria, architettura e design.",
    ),
    Institution(
        "university:unimi",
        Kind.UNIVERSITY,
        "Università degli Studi di Milano",
        "Milano",
        "Ateneo pubblico multidisciplinare.",
    ),
)


def _department(number: int, parent: str, comune: str, domains: str, name: str) -> Institution:
    short = parent.split(":")[1]
    description = f"Dipartimento di ricerca e didattica: {name}."
    return Institution(
        f"department:{short}-{number:02d}",
        Kind.DEPARTMENT,
        name,
        comune,
        description,
        parent,
        tuple(domains.split()),
    )


DEPARTMENTS = (
    _department(
        1,
        "university:unibg",
        "Dalmine",
        "materials mechanics energy construction",
        "Dipartimento di Ingegneria e Scienze Applicate",
    ),
    _department(
        2,
        "university:unibg",
        "Dalmine",
        "digital logistics market mechanics",
        "Dipartimento di Ingegneria Gestionale, dell'Informazione e della Produzione",
    ),
    _department(
        3,
        "university:unibg",
        "Bergamo",
        "market sustainability",
        "Dipartimento di Scienze Economiche",
    ),
    _department(
        4,
        "university:unibg",
        "Bergamo",
        "market",
        "Dipartimento di Lingue, Letterature e Culture Straniere",
    ),
    _department(
        5, "university:unibg", "Bergamo", "social", "Dipartimento di Scienze Umane e Sociali"
    ),
    _department(
        6, "university:unibg", "Bergamo", "market digital", "Dipartimento di Scienze Aziendali"
    ),
    _department(
        1, "university:polimi", "Milano", "mechanics materials", "Dipartimento di Meccanica"
    ),
    _department(
        2,
        "university:polimi",
        "Milano",
        "materials textile sustainability",
        "Dipartimento di Chimica, Materiali e Ingegneria Chimica Giulio Natta",
    ),
    _department(3, "university:polimi", "Milano", "energy construction", "Dipartimento di Energia"),
    _department(
        4,
        "university:polimi",
        "Milano",
        "digital social textile",
        "Dipartimento di Elettronica, Informazione e Bioingegneria",
    ),
    _department(5, "university:polimi", "Milano", "design textile", "Dipartimento di Design"),
    _department(
        1,
        "university:unimi",
        "Milano",
        "agrifood sustainability",
        "Dipartimento di Scienze per gli Alimenti, la Nutrizione e l'Ambiente",
    ),
    _department(
        2,
        "university:unimi",
        "Milano",
        "agrifood energy",
        "Dipartimento di Scienze Agrarie e Ambientali",
    ),
)


def _centre(
    slug: str, name: str, comune: str, domains: str, description: str, *, language: str = "it"
) -> Institution:
    return Institution(
        f"research_centre:{slug}",
        Kind.RESEARCH_CENTRE,
        name,
        comune,
        description,
        None,
        tuple(domains.split()),
        language,
    )


RESEARCH_CENTRES = (
    _centre(
        "cnr-stiima",
        "CNR - Istituto di Sistemi e Tecnologie Industriali Intelligenti"
        " per il Manifatturiero Avanzato",
        "Milano",
        "mechanics digital energy textile",
        "Istituto del Consiglio Nazionale delle Ricerche.",
    ),
    _centre(
        "kilometro-rosso",
        "Kilometro Rosso Innovation District",
        "Bergamo",
        "mechanics materials digital",
        "Innovation district hosting companies, laboratories and research centres.",
        language="en",  # an international campus: its profile is written in English
    ),
    _centre(
        "mario-negri",
        "Istituto di Ricerche Farmacologiche Mario Negri, sede di Bergamo",
        "Bergamo",
        "social agrifood",
        "Istituto di ricerca biomedica senza scopo di lucro.",
    ),
    _centre(
        "intellimech",
        "Consorzio Intellimech",
        "Bergamo",
        "mechanics digital logistics",
        "Consorzio di imprese per la ricerca nella meccatronica.",
    ),
)

FIXED: tuple[Institution, ...] = (
    *ASSOCIATIONS,
    INCUBATOR,
    *OFFICES,
    *UNIVERSITIES,
    *DEPARTMENTS,
    *RESEARCH_CENTRES,
)

# Which associations represent firms of a sector group, with relative weights.
MEMBERSHIP: dict[str, tuple[tuple[str, int], ...]] = {
    "manufacturing": (
        ("confartigianato", 35),
        ("confimi-apindustria", 30),
        ("cna", 20),
        ("lia", 10),
        ("ascom", 5),
    ),
    "crafts": (("confartigianato", 45), ("cna", 30), ("lia", 20), ("confesercenti", 5)),
    "construction": (
        ("confartigianato", 40),
        ("cna", 25),
        ("confimi-apindustria", 20),
        ("lia", 15),
    ),
    "food": (
        ("confartigianato", 35),
        ("coldiretti", 20),
        ("confimi-apindustria", 20),
        ("cna", 15),
        ("cia", 10),
    ),
    "farm": (("coldiretti", 60), ("cia", 40)),
    "commerce": (("ascom", 55), ("confesercenti", 45)),
    "transport": (("fai", 70), ("confartigianato", 15), ("cna", 15)),
    "services": (("ascom", 30), ("confimi-apindustria", 30), ("cna", 20), ("confartigianato", 20)),
    "social": (("confcooperative", 100),),
}

OFFICERS = (
    "Marta Rota (Confartigianato)",
    "Luca Pesenti (CNA)",
    "Sara Gritti (Confimi Apindustria)",
    "Paolo Milesi (Ascom)",
    "Elena Cortesi (Coldiretti)",
    "Davide Noris (Confcooperative)",
    "Chiara Salvi (Confesercenti)",
    "Giorgio Valoti (Cia)",
    "Federica Agazzi (LIA)",
    "Andrea Perico (FAI)",
    "Silvia Zanchi (Point Dalmine)",
    "Matteo Gamba (Confartigianato)",
)

"""The phrases around a project report's problem and work, in Italian and in English.

A report opens with what kind of intervention it was and for whom, tells the problem the
firms brought and what the partners did, and closes with how it ended. `{firms}` is a
list of trades ("una torneria e una carpenteria metallica"), `{count}` how many firms,
`{staff}` a firm's size, `{actors}` the partners that did the work, `{months}` its length.
"""

from dataclasses import dataclass

from schemas.needs import PartnerKind
from schemas.projects import ProjectKind

Kind = ProjectKind


@dataclass(frozen=True)
class Frames:
    prefixes: dict[ProjectKind, tuple[str, ...]]  # a title's first words
    openings: dict[ProjectKind, tuple[str, ...]]
    problems: tuple[str, ...]  # around the reported problem, `{r}`; one firm
    problems_many: tuple[str, ...]  # the same, several firms
    work: tuple[str, ...]  # `{actors}`, `{aux}`, `{d1}`, `{d2}`
    aux: tuple[str, str]  # one actor, several actors
    closings: tuple[str, ...]
    actors: dict[PartnerKind, str]
    conjunction: str


ITALIAN_FRAMES = Frames(
    prefixes={
        Kind.VOUCHER: ("Voucher innovazione", "Voucher camerale", "Intervento voucher"),
        Kind.NETWORK: ("Progetto di rete", "Rete di imprese"),
        Kind.RESEARCH: ("Collaborazione di ricerca", "Ricerca applicata"),
        Kind.EU: ("Progetto europeo",),
        Kind.OTHER: ("Intervento",),
    },
    openings={
        Kind.VOUCHER: (
            "Intervento finanziato con un voucher della Camera di Commercio per {firms}"
            " con {staff}.",
            "Progetto realizzato con il contributo a fondo perduto del bando voucher per"
            " {firms} con {staff}.",
            "Il titolare di {firms} con {staff} si è rivolto allo sportello dell'hub.",
        ),
        Kind.NETWORK: (
            "Progetto di rete che ha riunito {count} imprese, tra cui {firms}, attorno a un"
            " problema comune.",
            "{count} imprese associate, tra cui {firms}, hanno diviso costi e risultati di"
            " questo percorso.",
        ),
        Kind.RESEARCH: (
            "Collaborazione di ricerca applicata con {firms}.",
            "Progetto di trasferimento tecnologico svolto insieme a {firms}.",
        ),
        Kind.EU: ("Progetto europeo con {firms}.",),
        Kind.OTHER: ("Intervento per {firms}.",),
    },
    problems=(
        "L'azienda segnalava {r}.",
        "Il problema di partenza: {r}.",
        "All'origine dell'intervento: {r}.",
    ),
    problems_many=(
        "Le imprese segnalavano {r}.",
        "Il problema di partenza, comune a tutte: {r}.",
    ),
    work=(
        "{actors} {aux} {d1}, quindi {d2}.",
        "Nel corso del lavoro {actors} {aux} {d1}; in seguito {aux} {d2}.",
        "{actors} {aux} anzitutto {d1}, poi {aux} {d2}.",
    ),
    aux=("ha", "hanno"),
    closings=(
        "Il lavoro si è chiuso con una relazione tecnica e un piano di interventi.",
        "I risultati sono stati presentati in un incontro aperto agli associati.",
        "Le indicazioni sono entrate nella produzione corrente.",
        "Durata complessiva: {months} mesi.",
        "",
    ),
    actors={
        PartnerKind.EXPERT: "l'esperto incaricato",
        PartnerKind.LAB: "il laboratorio",
        PartnerKind.STARTUP: "la start-up",
        PartnerKind.FIRM: "un'impresa specializzata",
        PartnerKind.UNIVERSITY: "il dipartimento universitario",
        PartnerKind.RESEARCH_CENTRE: "il centro di ricerca",
    },
    conjunction="e",
)

ENGLISH_FRAMES = Frames(
    prefixes={
        Kind.VOUCHER: ("Innovation voucher",),
        Kind.NETWORK: ("Network project",),
        Kind.RESEARCH: ("Research collaboration", "Applied research"),
        Kind.EU: ("EU project", "Horizon Europe pilot"),
        Kind.OTHER: ("Project",),
    },
    openings={
        Kind.VOUCHER: (
            "Funded by a chamber-of-commerce innovation voucher for a company with {staff}.",
            "A voucher project for an international company of the Bergamo area with {staff}.",
        ),
        Kind.NETWORK: ("A network project that brought {count} companies together.",),
        Kind.RESEARCH: (
            "Applied research carried out with {count} companies around Kilometro Rosso.",
            "A technology transfer project with {count} industrial partners.",
        ),
        Kind.EU: (
            "An EU-funded innovation action in which {count} SMEs of the Bergamo area took part.",
            "A European pilot project hosted in the Bergamo area with {count} industrial partners.",
        ),
        Kind.OTHER: ("A project with {count} companies.",),
    },
    problems=("The company reported {r}.", "Starting point: {r}."),
    problems_many=("The companies reported {r}.", "The shared starting point: {r}."),
    work=("{actors} first {d1}, and then {d2}.", "Over the project, {actors} {d1}, and {d2}."),
    aux=("", ""),
    closings=(
        "The work ended with a technical report and an action plan.",
        "Results were shared with the companies in a workshop.",
        "Duration: {months} months.",
        "",
    ),
    actors={
        PartnerKind.EXPERT: "the appointed expert",
        PartnerKind.LAB: "the laboratory",
        PartnerKind.STARTUP: "the start-up",
        PartnerKind.FIRM: "a specialist supplier",
        PartnerKind.UNIVERSITY: "the university department",
        PartnerKind.RESEARCH_CENTRE: "the research centre",
    },
    conjunction="and",
)

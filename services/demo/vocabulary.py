"""Italian word banks for names and for the generic filler around the archetype phrases.

Partner fillers and need phrasings are kept in separate banks: a need must never quote
a partner, so nothing here is shared between the two sides.
"""

FIRST_NAMES = (
    "Marco",
    "Giulia",
    "Luca",
    "Francesca",
    "Andrea",
    "Chiara",
    "Paolo",
    "Sara",
    "Matteo",
    "Elena",
    "Davide",
    "Silvia",
    "Alessandro",
    "Laura",
    "Stefano",
    "Valentina",
    "Giovanni",
    "Federica",
    "Roberto",
    "Martina",
    "Simone",
    "Anna",
    "Fabio",
    "Elisa",
    "Massimo",
    "Paola",
    "Lorenzo",
    "Marta",
    "Giorgio",
    "Cristina",
    "Riccardo",
    "Alessia",
    "Daniele",
    "Serena",
    "Nicola",
    "Barbara",
    "Mauro",
    "Ilaria",
    "Claudio",
    "Michela",
    "Pietro",
    "Roberta",
)
SURNAMES = (
    "Rota",
    "Locatelli",
    "Pesenti",
    "Bonetti",
    "Gritti",
    "Carminati",
    "Cattaneo",
    "Ghilardi",
    "Mazzoleni",
    "Bonacina",
    "Previtali",
    "Cortinovis",
    "Belotti",
    "Bergamelli",
    "Capelli",
    "Milesi",
    "Zanchi",
    "Salvi",
    "Pezzotta",
    "Pellicioli",
    "Noris",
    "Brembilla",
    "Lazzaroni",
    "Riva",
    "Brignoli",
    "Arnoldi",
    "Bertocchi",
    "Moretti",
    "Sonzogni",
    "Vitali",
    "Tiraboschi",
    "Carrara",
    "Cortesi",
    "Agazzi",
    "Perico",
    "Ravasio",
    "Facchinetti",
    "Mologni",
    "Rottigni",
    "Gamba",
    "Maffeis",
    "Ruggeri",
    "Ghisleni",
    "Lorenzi",
    "Finazzi",
    "Cornali",
    "Frigeni",
    "Valoti",
    "Foresti",
    "Plebani",
    "Zenoni",
    "Scotti",
    "Gervasoni",
    "Colombo",
    "Ferrari",
)
LEGAL_FORMS = (("Srl", 50), ("Snc", 18), ("Sas", 10), ("Spa", 5), ("Srls", 10), ("", 7))
COOP_FORM = "Soc. Coop. Sociale"
STARTUP_HEADS = ("Neo", "Kine", "Lumi", "Orbi", "Flu", "Vera", "Sinte", "Argo", "Teka", "Nova")
STARTUP_TAILS = ("lab", "sense", "tica", "mind", "loop", "wave", "via", "logic", "nest", "io")

PARTNER_OPENERS = (
    "Da oltre {years} anni al fianco delle imprese del territorio.",
    "Lavoriamo con piccole e medie imprese lombarde dal {since}.",
    "Un gruppo di {team} persone tra tecnici e ricercatori.",
    "Affianchiamo aziende manifatturiere e di servizi in progetti di innovazione.",
)
PARTNER_CLOSERS = (
    "Disponibile per sopralluoghi e primi incontri gratuiti.",
    "Collaborazioni attive con università e centri di ricerca della regione.",
    "Preventivi su richiesta, anche per piccoli lotti.",
    "Progetti seguiti dall'analisi iniziale fino ai risultati misurati.",
    "",
)
PARTNER_LEADS = ("Si occupa di", "Competenze principali:", "Offre", "Esperienza consolidata in")
LURE_LEADS = ("Tra le attività secondarie:", "In passato anche", "Offriamo inoltre")
AND = "e"  # before the last item of a list
EXPERIENCE = "{role} con {years} anni di esperienza."

NEED_OPENERS = (
    "Vi giro una richiesta raccolta allo sportello di {office}.",
    "Ho incontrato la settimana scorsa il titolare di {firm}.",
    "Richiesta arrivata da una nostra associata, {firm}.",
    "Segnalo un caso emerso durante il check-up dell'innovazione.",
    "Passo una domanda che mi hanno fatto in associazione.",
)
NEED_FIRM_INTROS = (
    "È {label} di {comune} con {staff}.",
    "Parliamo di {label} nella zona di {area}, {staff}.",
    "Si tratta di {label} a conduzione familiare, {staff}, sede a {comune}.",
)
SOLE_OWNER = "il solo titolare"
STAFF = "{count} dipendenti"
NEED_SYMPTOM_LEADS = (
    "Da qualche tempo",
    "Il titolare racconta che",
    "Il problema è che",
    "Mi spiegano che",
)
NEED_ASK_LEADS = (
    "Vorrebbero",
    "Cercano qualcuno che li aiuti a",
    "L'idea sarebbe",
    "A loro servirebbe",
)
NEED_FUNDING_LEADS = (
    "Pensano di usare il {fund}.",
    "Potrebbe rientrare nel {fund}, ci stiamo informando.",
)
FUNDS = (
    "voucher digitalizzazione della Camera di Commercio di Bergamo",
    "bando Innovazione Regione Lombardia",
    "voucher per l'innovazione della Camera di Commercio",
    "credito d'imposta Transizione 5.0",
    "bando Brevetti+ del Ministero",
    "voucher per l'internazionalizzazione della Camera di Commercio",
)
NEED_URGENCY = {
    "low": ("Nessuna fretta, ma vorrebbero partire entro l'anno.", "Per ora è un'esplorazione."),
    "medium": (
        "Vorrebbero un primo contatto entro un paio di mesi.",
        "Tempi normali, ma sono motivati.",
    ),
    "high": (
        "Hanno fretta: il cliente aspetta una risposta entro fine mese.",
        "È urgente, ci sono ordini fermi.",
    ),
}
NEED_BUDGET = {
    "unknown": "Sul budget non si sono sbilanciati.",
    "under_5k": "Possono spendere poco, qualche migliaio di euro.",
    "5k_20k": "Pensano a una spesa tra cinque e ventimila euro.",
    "20k_50k": "Sono disposti a investire fino a cinquantamila euro.",
    "over_50k": "Hanno un investimento importante in programma, oltre i cinquantamila euro.",
}
COOP_NAMES = (
    "Il Sorriso",
    "La Ginestra",
    "Il Girasole",
    "Arcobaleno",
    "La Fenice",
    "Il Ponte",
    "Insieme",
)
PROJECT_PREFIXES = (
    "Progetto pilota:",
    "Studio di fattibilità:",
    "Check-up tecnologico:",
    "Trasferimento tecnologico:",
    "Voucher innovazione:",
    "Sperimentazione in azienda:",
)
DOMAIN_WORDS = {
    "materials": "Materiali",
    "mechanics": "Meccanica e Misure",
    "energy": "Energia",
    "sustainability": "Ambiente",
    "digital": "Sistemi Digitali",
    "agrifood": "Alimenti",
    "textile": "Tessile",
    "construction": "Edilizia",
    "social": "Tecnologie per la Persona",
    "logistics": "Logistica",
    "market": "Impresa",
    "design": "Design",
}

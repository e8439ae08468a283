"""The sectors of the fictional firms: how common each is, who represents it, how it is told.

`label` is how an officer names such a firm in a need; `blurbs` are how the firm describes
itself in its profile. They are written apart so that a need never quotes a profile.
"""

from dataclasses import dataclass, replace
from functools import cache


@dataclass(frozen=True)
class Sector:
    code: str
    weight: int  # relative frequency among the firms
    group: str  # which associations represent it (see institutions.MEMBERSHIP)
    label: str
    topics: tuple[str, ...]
    blurbs: tuple[str, ...]
    words: tuple[str, ...]  # words for the firm's trading name


# A header per sector: "code weight group | label | topics"; indented below it, the blurbs,
# then "= words" for trading names. A table reads better than fifty constructor calls.
_TABLE = """
25.62 12 manufacturing | un'officina meccanica | meccanica di precisione; lavorazioni CNC
    Lavorazioni meccaniche di precisione conto terzi su torni e centri di lavoro CNC
    Tornitura e fresatura di particolari su disegno del cliente
    = Meccanica; Tornerie; Officine; Mecc
25.11 5 manufacturing | una carpenteria metallica | carpenteria; acciaio
    Carpenteria metallica leggera e pesante, strutture saldate e telai
    Costruzione di strutture in acciaio per l'industria e l'edilizia
    = Carpenterie; Metalli; Steel
25.61 2 manufacturing | un'azienda di trattamenti galvanici | galvanica; finiture superficiali
    Zincatura, nichelatura e cromatura di minuteria metallica
    Trattamenti galvanici e di finitura superficiale
    = Galvanica; Finiture
28.41 3 manufacturing | un costruttore di macchine utensili | macchine utensili
    Progettazione e costruzione di macchine utensili e centri di lavoro
    Macchine per la lavorazione della lamiera
    = Macchine; Utensili; Tech
28.29 4 manufacturing | un costruttore di macchine speciali | macchine speciali; automazione
    Macchine speciali e linee automatiche su specifica del cliente
    Impianti di assemblaggio e collaudo
    = Automazioni; Impianti; Sistemi
24.53 2 manufacturing | una fonderia | fonderia; alluminio
    Fusioni in lega di alluminio in conchiglia e pressofusione
    Getti in leghe leggere per l'automotive
    = Fonderia; Pressofusioni
29.32 2 manufacturing | un fornitore di componenti per auto | automotive
    Componentistica per il settore automotive e veicoli industriali
    Particolari stampati e assemblati per l'auto
    = Components; Automotive
22.29 7 manufacturing | uno stampatore di materie plastiche | stampaggio a iniezione; termoplastici
    Stampaggio a iniezione di articoli tecnici in materiale termoplastico
    Produzione di particolari plastici per elettrodomestici e arredo
    = Plast; Stampi; Polimeri
22.22 2 manufacturing | un produttore di imballaggi plastici | imballaggi
    Produzione di film, sacchi e contenitori per l'imballaggio
    Termoformatura di vaschette e blister
    = Pack; Imballaggi
22.19 5 manufacturing | un'azienda della gomma del Sebino | gomma; guarnizioni
    Stampaggio di guarnizioni e particolari in gomma e silicone
    Articoli tecnici in elastomero per idraulica e automotive
    = Gomma; Guarnizioni; Rubber
13.20 3 manufacturing | una tessitura | tessitura
    Tessitura di tessuti per abbigliamento e arredamento
    Produzione di tessuti jacquard e tecnici
    = Tessitura; Tessuti; Textile
13.96 2 manufacturing | un produttore di tessuti tecnici | tessuti tecnici
    Tessuti tecnici per filtrazione, protezione e industria
    Nastri e tessuti industriali ad alte prestazioni
    = Technical Textiles; Nastri
13.30 2 manufacturing | una tintoria | tintoria; nobilitazione
    Tintoria e finissaggio conto terzi di filati e tessuti
    Nobilitazione tessile e stampa su tessuto
    = Tintoria; Finissaggi
14.13 3 manufacturing | un laboratorio di confezioni | abbigliamento; moda
    Confezione di capi di abbigliamento per marchi della moda
    Maglieria e capispalla su commessa
    = Confezioni; Moda; Maglificio
10.51 4 food | un caseificio | formaggi; lattiero-caseario
    Produzione di formaggi tipici delle valli bergamasche, taleggio e formai de mut
    Latte e latticini da allevamenti locali
    = Caseificio; Latteria
10.71 5 food | un panificio artigianale | prodotti da forno
    Pane, focacce e prodotti da forno freschi ogni giorno
    Pasticceria secca e biscotti artigianali
    = Forno; Panificio; Dolciaria
10.13 2 food | un salumificio | salumi
    Produzione di salumi stagionati e cotti secondo tradizione
    Insaccati con carni di suini nazionali
    = Salumi; Salumificio
11.02 2 food | una cantina | vino; Valcalepio
    Vini della Valcalepio e moscato di Scanzo
    Vinificazione e imbottigliamento di uve proprie
    = Cantina; Vini; Tenuta
01.41 3 farm | un'azienda agricola con stalla da latte | allevamento; latte
    Allevamento di bovine da latte e coltivazione di foraggi
    Stalla con mungitura robotizzata e campi a mais
    = Agricola; Cascina
01.13 2 farm | un'azienda orticola | orticoltura
    Coltivazione di ortaggi in pieno campo e in serra
    Orticoltura con vendita diretta in cascina
    = Orti; Agricola; Cascina
01.21 1 farm | un'azienda vitivinicola | viticoltura
    Vigneti in collina e produzione di uve da vino
    Viticoltura sulle colline di Bergamo
    = Vigneti; Tenuta
26.70 1 manufacturing | un'azienda di ottica | ottica
    Lenti e componenti ottici di precisione
    Sistemi ottici per strumentazione
    = Optics; Ottica
32.50 1 manufacturing | un produttore di dispositivi medici | dispositivi medici
    Dispositivi medici e strumentario chirurgico
    Ausili ortopedici su misura
    = Medical; Ortopedia
31.09 3 manufacturing | un mobilificio | arredamento; legno
    Mobili su misura e arredamento di interni
    Sedute e tavoli in legno massello
    = Mobili; Arredamenti; Design
16.23 2 crafts | una falegnameria | legno; serramenti
    Serramenti in legno, scale e porte su misura
    Falegnameria artigiana per l'edilizia
    = Falegnameria; Legno
18.12 2 manufacturing | una tipografia | stampa
    Stampa offset e digitale di cataloghi ed etichette
    Stampa di imballaggi e materiale promozionale
    = Grafiche; Tipografia; Print
27.12 2 manufacturing | un quadrista elettrico | quadri elettrici
    Quadri elettrici di comando e potenza per l'automazione
    Cablaggi e quadri a bordo macchina
    = Elettroquadri; Elettro
41.20 5 construction | un'impresa edile | edilizia; ristrutturazioni
    Costruzione e ristrutturazione di edifici residenziali e industriali
    Nuove costruzioni e recupero di cascine
    = Costruzioni; Edilizia; Edil
43.21 4 crafts | un installatore elettrico | impianti elettrici
    Impianti elettrici civili e industriali, domotica e fotovoltaico
    Installazione e manutenzione di impianti elettrici
    = Impianti; Elettrica
43.22 4 crafts | un termoidraulico | termoidraulica
    Impianti idraulici, termici e di condizionamento
    Installazione di caldaie, pompe di calore e impianti sanitari
    = Termoidraulica; Clima
43.39 3 crafts | un'impresa di finiture edili | finiture edili
    Intonaci, cartongessi, tinteggiature e posa di pavimenti
    Finiture d'interni e cappotti termici
    = Finiture; Decor
45.20 3 crafts | un'autofficina | autoriparazione
    Riparazione e manutenzione di autoveicoli, elettrauto e gommista
    Officina autorizzata per revisioni e tagliandi
    = Autofficina; Car Service
46.69 2 commerce | un commerciante di macchinari | commercio all'ingrosso
    Commercio all'ingrosso di macchine e utensili per l'industria
    Rivendita e assistenza di attrezzature per officine
    = Forniture; Commerciale
47.91 2 commerce | un negozio online | commercio elettronico
    Vendita online di prodotti tipici e articoli per la casa
    Commercio elettronico di abbigliamento e accessori
    = Shop; Store; Online
47.71 3 commerce | un negozio di abbigliamento | commercio al dettaglio
    Boutique di abbigliamento uomo e donna in centro
    Negozio di moda e accessori
    = Boutique; Moda
47.24 2 commerce | una pasticceria con negozio | pasticceria
    Pasticceria e caffetteria con laboratorio interno
    Vendita al dettaglio di dolci e pane
    = Pasticceria; Dolci
56.10 3 commerce | un ristorante | ristorazione
    Ristorante e trattoria con cucina bergamasca
    Pizzeria e ristorante per cerimonie
    = Trattoria; Ristorante; Osteria
55.10 2 commerce | un albergo | ospitalità; turismo
    Albergo a conduzione familiare con centro benessere
    Hotel per turismo d'affari e congressi
    = Hotel; Albergo
49.41 4 transport | un autotrasportatore | autotrasporto
    Autotrasporto merci conto terzi in Italia e in Europa
    Trasporti con mezzi centinati e frigoriferi
    = Trasporti; Autotrasporti; Logistica
52.10 2 transport | un operatore logistico | magazzinaggio
    Magazzinaggio e logistica conto terzi
    Deposito e distribuzione di merci
    = Logistica; Depositi
62.01 3 services | una software house | software; sviluppo applicazioni
    Sviluppo di software gestionali e applicazioni web su misura
    Applicazioni per dispositivi mobili e servizi cloud
    = Software; Informatica; Digital
62.02 2 services | una società di consulenza informatica | consulenza informatica
    Consulenza sistemistica, reti e assistenza informatica alle imprese
    Gestione di infrastrutture IT e sicurezza informatica
    = Sistemi; IT; Net
63.11 1 services | un centro elaborazione dati | cloud; hosting
    Hosting, data center e servizi di elaborazione dati
    Servizi cloud e conservazione digitale
    = Data; Cloud
71.12 2 services | uno studio di ingegneria | ingegneria
    Progettazione impiantistica, strutturale e direzione lavori
    Studio tecnico di ingegneria per industria e edilizia
    = Engineering; Studio Tecnico; Progetti
74.10 1 services | uno studio di design | design
    Design di prodotto, grafica e comunicazione visiva
    Studio di progettazione di interni e prodotti
    = Design; Studio
70.22 1 services | una società di consulenza aziendale | consulenza aziendale
    Consulenza direzionale, organizzativa e di finanza aziendale
    Servizi di consulenza per lo sviluppo delle PMI
    = Consulting; Consulenze; Partners
73.11 1 services | un'agenzia di comunicazione | comunicazione; pubblicità
    Agenzia di comunicazione, pubblicità e social media
    Campagne pubblicitarie e gestione di siti web
    = Comunicazione; Media; Agency
88.10 2 social | una cooperativa sociale di assistenza | assistenza domiciliare
    Cooperativa sociale per l'assistenza domiciliare ad anziani e disabili
    Servizi socio-assistenziali sul territorio
    = Cooperativa Sociale; Servizi
87.30 1 social | una residenza per anziani | RSA; anziani
    Residenza sanitaria assistenziale e centro diurno per anziani
    Strutture residenziali per persone non autosufficienti
    = RSA; Residenza
88.91 1 social | una cooperativa che gestisce asili nido | prima infanzia
    Asili nido e servizi per la prima infanzia
    Spazi gioco e servizi educativi per famiglie
    = Cooperativa; Nido
81.21 1 social | una cooperativa di pulizie | pulizie
    Pulizie civili e industriali con inserimento lavorativo
    Servizi di pulizia e sanificazione
    = Servizi; Cooperativa
96.02 2 crafts | un salone di acconciatura | acconciatura
    Acconciature uomo donna e trattamenti estetici
    Salone di parrucchieria
    = Parrucchieri; Hair
"""


def _items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(";"))


@cache
def sectors() -> tuple[Sector, ...]:
    """The sectors, parsed once from the table."""
    parsed: list[Sector] = []
    for line in _TABLE.strip("\n").splitlines():
        if not line.startswith(" "):
            head, label, topics = line.split(" | ")
            code, weight, group = head.split()
            parsed.append(Sector(code, int(weight), group, label, _items(topics), (), ()))
        elif line.strip().startswith("= "):
            parsed[-1] = replace(parsed[-1], words=_items(line.strip()[2:]))
        else:
            parsed[-1] = replace(parsed[-1], blurbs=(*parsed[-1].blurbs, line.strip()))
    return tuple(parsed)

"""Report words, in Italian, for textiles, buildings, care, logistics and design (35-44)."""

from services.demo.report_bank import ReportWords, report

LIVING: tuple[ReportWords, ...] = (
    report(
        "Tessuti che non trattengono odori|Capi per il settore sanitario",
        "i cattivi odori delle divise da lavoro dopo pochi lavaggi"
        "|la richiesta di una struttura sanitaria di camici più igienici"
        "|la concorrenza di tessuti esteri con proprietà igieniche dichiarate",
        "provato trattamenti di finissaggio che frenano la crescita dei batteri"
        "|misurato l'efficacia del trattamento dopo decine di lavaggi"
        "|sviluppato con l'azienda un tessuto per divise ospedaliere",
    ),
    report(
        "Tintoria con meno acqua e meno chimica|Sostanze vietate dai marchi",
        "l'elenco di sostanze vietate arrivato dai marchi della moda"
        "|i consumi di acqua ed energia della tintoria"
        "|un lotto respinto per residui chimici sul tessuto",
        "verificato le ricette di tintura e sostituito i prodotti a rischio"
        "|fatto analizzare i tessuti per le sostanze più sorvegliate"
        "|messo a punto un ciclo di tintura con meno bagni e temperature più basse",
    ),
    report(
        "Capi con sensori integrati|Nuovi prodotti tessili tecnologici",
        "il calo delle vendite della maglieria tradizionale"
        "|l'interesse di un cliente sportivo per capi che misurino lo sforzo"
        "|la ricerca di un prodotto nuovo per uscire dalla concorrenza sul prezzo",
        "tessuto fili conduttivi nella maglia e realizzato i primi prototipi"
        "|integrato piccoli circuiti flessibili che rilevano battito e movimento"
        "|provato i capi con atleti e lavaggi ripetuti",
    ),
    report(
        "Case che consumano poco|Materiali naturali per l'isolamento",
        "le richieste dei clienti di abitazioni economiche da scaldare"
        "|la muffa sulle pareti delle case ristrutturate"
        "|la difficoltà di dimostrare le prestazioni dei pannelli in fibra naturale",
        "simulato il comportamento termico dell'edificio nelle diverse stagioni"
        "|misurato in laboratorio quanto isolano i nuovi pannelli"
        "|proposto una soluzione di cappotto in materiali vegetali",
    ),
    report(
        "Il cantiere in digitale|Modelli tridimensionali per le gare",
        "la richiesta dei bandi pubblici di progetti in modelli tridimensionali"
        "|gli errori tra disegni dell'impiantista e dello strutturista scoperti in"
        " cantiere|le ore perse a rilevare a mano gli edifici esistenti",
        "rilevato gli edifici con scansione laser e costruito il modello"
        "|coordinato in un solo modello strutture e impianti"
        "|formato i tecnici all'uso del nuovo software di progettazione",
    ),
    report(
        "Assistenza a distanza agli anziani|Tecnologie per chi vive solo",
        "gli anziani soli che gli operatori non riuscivano a visitare abbastanza"
        "|le cadute in casa scoperte solo ore dopo"
        "|le famiglie lontane senza notizie quotidiane dei genitori",
        "installato sensori nelle abitazioni e un sistema di chiamata d'emergenza"
        "|progettato il servizio insieme agli utenti e ai loro familiari"
        "|collegato la centrale della cooperativa ai dispositivi in casa",
    ),
    report(
        "Alfabetizzazione digitale dei lavoratori|Formazione accessibile a tutti",
        "i soci lavoratori che non sapevano usare il telefono per turni e buste paga"
        "|le persone svantaggiate escluse dai corsi tradizionali"
        "|i corsi a distanza abbandonati dopo la prima lezione",
        "organizzato corsi brevi in piccoli gruppi sull'uso degli strumenti digitali"
        "|adattato i materiali didattici a chi ha difficoltà di lettura"
        "|seguito l'inserimento al lavoro di alcuni partecipanti",
    ),
    report(
        "Giri di consegna più efficienti|Flotta aziendale sotto controllo",
        "i camion che rientravano vuoti dopo le consegne"
        "|il costo del gasolio cresciuto più del fatturato"
        "|i ritardi nelle consegne in città per la scelta dei percorsi",
        "ricalcolato i giri con un programma di ottimizzazione"
        "|montato localizzatori sui mezzi e misurato i chilometri a vuoto"
        "|organizzato consegne condivise con altre imprese della zona",
    ),
    report(
        "Un magazzino più ordinato|Prelievo della merce più rapido",
        "i magazzinieri che perdevano tempo a cercare gli articoli"
        "|gli errori negli ordini spediti ai clienti"
        "|lo spazio esaurito nonostante la merce ferma da anni",
        "ridisegnato la disposizione degli scaffali secondo la rotazione degli articoli"
        "|introdotto un programma di gestione delle ubicazioni con lettori palmari"
        "|valutato l'acquisto di un magazzino verticale automatico",
    ),
    report(
        "Una nuova collezione|Prodotti ripensati con chi li usa",
        "un catalogo rimasto uguale per molti anni e le vendite in calo"
        "|le lamentele degli utenti sulla scomodità del prodotto"
        "|la difficoltà di presentarsi in fiera con qualcosa di nuovo",
        "osservato gli utenti e disegnato una nuova linea di prodotti"
        "|costruito modelli in scala e provato le proposte con i clienti"
        "|curato immagini e presentazione della collezione per la fiera",
    ),
)

"""Problems of living and working places: textiles, buildings, care, logistics, design."""

from services.demo.archetype import Archetype, archetype

LIVING: tuple[Archetype, ...] = (
    archetype(
        "textile",
        affected="13.20 13.96 14.13 13.30 87.30 88.10",
        solvers="72.19 13.96 20.59 71.20",
        kinds="expert lab university research_centre startup firm",
        services="research_development materials_testing",
        topics="tessuti tecnici antibatterici|finissaggi funzionali|antimicrobial textiles",
        concepts=(
            "finissaggi antimicrobici con ioni d'argento|trattamenti sol-gel dei tessuti"
            "|antimicrobial finishing",
            "prove di attività antibatterica ISO 20743|test di resistenza ai lavaggi industriali",
            "tessuti per il settore sanitario|dispositivi medici tessili",
        ),
        roles="chimico tessile|tecnologo dei materiali tessili",
        equipment="cappa a flusso laminare|lavatrice per prove di solidità",
        symptoms="le divise degli operatori delle RSA dopo pochi lavaggi puzzano"
        "|le lenzuola si rovinano con i lavaggi ad alta temperatura"
        "|un ospedale ha chiesto un tessuto che non trattenga i germi",
        asks="offrire biancheria che resti igienica anche dopo molti lavaggi"
        "|entrare nel mercato delle forniture per le case di riposo",
        lures="lavanderia self service|merceria e vendita di bottoni",
        need_topics="tessile|innovazione di prodotto",
    ),
    archetype(
        "textile",
        affected="13.30 13.20 14.13 15.12",
        solvers="72.19 20.59 71.20 70.22",
        kinds="expert lab university research_centre firm",
        services="energy_sustainability certification materials_testing",
        topics="tintura a basso impatto|sostanze chimiche ristrette|ZDHC",
        concepts=(
            "processi di tintura a basso consumo idrico|coloranti naturali e biobased"
            "|low-impact dyeing",
            "gestione delle sostanze chimiche secondo REACH e ZDHC|restricted substances list",
            "analisi di PFAS e ammine aromatiche sui tessuti",
        ),
        roles="chimica tintoria|consulente di chimica tessile",
        equipment="spettrofotometro colorimetrico|apparecchio di tintura da laboratorio",
        symptoms="i grandi marchi della moda hanno mandato una lista di prodotti vietati"
        "|un controllo ha trovato tracce di sostanze proibite in un lotto"
        "|la tintoria consuma acqua come un paese intero",
        asks="continuare a lavorare per i marchi della moda"
        "|colorare i capi con meno acqua e meno chimica",
        lures="negozio di vernici per il fai da te|parrucchiere specializzato in colore",
        need_topics="tessile|sostenibilità",
    ),
    archetype(
        "textile",
        affected="14.13 13.96 32.50 88.10",
        solvers="72.19 26.11 62.01 13.96",
        kinds="expert university research_centre startup",
        services="research_development prototyping",
        topics="tessili intelligenti|wearable|sensori indossabili",
        concepts=(
            "tessuti sensorizzati con fibre conduttive|smart textiles|e-textiles",
            "dispositivi indossabili per il monitoraggio dei parametri vitali"
            "|wearable health monitoring",
            "integrazione di elettronica flessibile nei capi",
        ),
        roles="ingegnere biomedico|designer di tessuti innovativi",
        equipment="plotter per inchiostri conduttivi|banco di caratterizzazione elettrica",
        symptoms="vendono maglieria classica e il mercato si è ristretto"
        "|un cliente sportivo chiede capi che misurino lo sforzo"
        "|gli operatori di una cooperativa non si accorgono quando un ospite cade",
        asks="fare un capo che sappia misurare qualcosa di chi lo indossa"
        "|uscire dal tessile tradizionale con un prodotto nuovo",
        lures="negozio di abbigliamento sportivo|riparazione di orologi",
        need_topics="tessile|innovazione di prodotto",
    ),
    archetype(
        "construction",
        affected="41.20 43.39 43.22 16.23 55.10",
        solvers="71.12 72.19 23.99 71.20",
        kinds="expert lab university research_centre firm",
        services="energy_sustainability materials_testing",
        topics="efficienza energetica degli edifici|bioedilizia|isolamento termico",
        concepts=(
            "isolanti naturali in fibra di legno e canapa|materiali per la bioedilizia"
            "|bio-based insulation",
            "simulazione energetica dinamica degli edifici|diagnosi con termografia",
            "prove di conducibilità termica dei materiali da costruzione",
        ),
        roles="architetto esperto di bioedilizia|ingegnere edile",
        equipment="termoflussimetro|conduttivimetro a piastra calda",
        symptoms="i clienti chiedono case che d'inverno non costino una fortuna"
        "|sui muri delle ristrutturazioni compare muffa dopo un anno"
        "|il capitolato di un'impresa chiede materiali con certificazioni ambientali",
        asks="proporre ristrutturazioni con materiali naturali che funzionino davvero"
        "|smettere di avere contestazioni per condensa e muffa",
        lures="vendita di piastrelle e sanitari|giardinaggio e potatura di siepi",
        need_topics="edilizia|energia",
    ),
    archetype(
        "construction",
        affected="41.20 43.21 43.22 43.39 71.12",
        solvers="71.11 71.12 62.01",
        kinds="expert university startup firm",
        services="digital_transformation training",
        topics="BIM|digitalizzazione del cantiere|building information modeling",
        concepts=(
            "modellazione BIM e coordinamento interdisciplinare|building information modeling",
            "rilievo con laser scanner e nuvole di punti|digital twin dell'edificio",
            "software di gestione del cantiere|giornale dei lavori digitale",
        ),
        roles="BIM specialist|ingegnere civile",
        equipment="laser scanner terrestre|drone per rilievi fotogrammetrici",
        symptoms="negli appalti pubblici ora chiedono i modelli tridimensionali"
        "|gli impiantisti scoprono in cantiere che i tubi non passano"
        "|i disegni girano su carta e ognuno ha una versione diversa",
        asks="partecipare alle gare senza doversi appoggiare ad altri"
        "|smettere di rifare lavori già fatti per errori di disegno",
        lures="vendita di attrezzi da giardino|corsi di disegno a mano libera",
        need_topics="edilizia|digitalizzazione",
    ),
    archetype(
        "social",
        affected="88.10 87.30 88.91 86.90",
        solvers="62.01 72.19 26.51 72.20",
        kinds="expert university research_centre startup firm",
        services="digital_transformation research_development",
        topics="teleassistenza|domotica assistiva|ambient assisted living",
        concepts=(
            "sistemi di teleassistenza e telemonitoraggio|piattaforme di telemedicina|remote care",
            "domotica assistiva e sensori ambientali|rilevamento delle cadute"
            "|ambient assisted living",
            "co-progettazione di servizi con gli utenti fragili|valutazione d'impatto sociale",
        ),
        roles="ingegnere biomedico|ricercatrice in tecnologie per l'invecchiamento",
        equipment="appartamento dimostrativo domotico|sensori radar per il movimento",
        symptoms="gli operatori della cooperativa non riescono a visitare tutti gli anziani soli"
        "|di notte un solo operatore deve controllare trenta ospiti"
        "|le famiglie vogliono sapere come sta il genitore che vive in montagna",
        asks="seguire a distanza chi vive da solo nelle valli"
        "|accorgersi subito se qualcuno si sente male",
        lures="vendita di poltrone e materassi|agenzia di badanti",
        need_topics="welfare|servizi alla persona",
    ),
    archetype(
        "social",
        affected="88.10 88.91 87.30 81.21 85.59",
        solvers="85.59 72.20 70.22 62.01",
        kinds="expert university startup firm",
        services="training digital_transformation",
        topics="competenze digitali|formazione inclusiva|inserimento lavorativo",
        concepts=(
            "percorsi di alfabetizzazione digitale per adulti|formazione sulle competenze digitali"
            "|digital skills training",
            "strumenti per l'inserimento lavorativo di persone svantaggiate|job coaching",
            "piattaforme di e-learning accessibili|progettazione didattica inclusiva",
        ),
        roles="formatrice|pedagogista",
        equipment="",
        symptoms="molti soci lavoratori non sanno usare lo smartphone per i turni"
        "|i ragazzi in borsa lavoro si perdono davanti ai gestionali"
        "|le educatrici passano ore su moduli che non capiscono",
        asks="far crescere i soci sul digitale con calma e con pazienza"
        "|preparare le persone fragili a un lavoro vero",
        lures="vendita di libri scolastici usati|scuola guida",
        need_topics="welfare|formazione",
    ),
    archetype(
        "logistics",
        affected="49.41 52.10 46.69 10.71 47.91",
        solvers="62.01 70.22 72.19",
        kinds="expert university research_centre startup firm",
        services="digital_transformation research_development",
        topics="ottimizzazione dei percorsi|gestione della flotta|route optimization",
        concepts=(
            "algoritmi di ottimizzazione dei giri di consegna|vehicle routing|route planning",
            "telematica e gestione della flotta|monitoraggio dei consumi dei mezzi",
            "logistica dell'ultimo miglio|consegne urbane a basse emissioni",
        ),
        roles="esperto di ricerca operativa|consulente di logistica",
        equipment="",
        symptoms="i camion tornano spesso vuoti dopo le consegne"
        "|il gasolio è diventato la prima voce di costo"
        "|gli autisti decidono il giro da soli e ognuno fa come vuole",
        asks="fare più consegne con gli stessi mezzi"
        "|sapere dove sono i camion senza telefonare agli autisti",
        lures="noleggio di auto per matrimoni|scuola di guida per patenti superiori",
        need_topics="logistica|costi",
    ),
    archetype(
        "logistics",
        affected="52.10 49.41 46.69 47.91 22.29 31.09",
        solvers="62.01 28.22 70.22 72.19",
        kinds="expert university startup firm",
        services="digital_transformation",
        topics="gestione del magazzino|WMS|automazione del magazzino",
        concepts=(
            "software di gestione del magazzino WMS|warehouse management systems",
            "magazzini verticali automatici|sistemi di picking assistito|pick to light",
            "riprogettazione del layout di magazzino|codici a barre e RFID",
        ),
        roles="consulente di intralogistica|ingegnere della logistica",
        equipment="",
        symptoms="i magazzinieri girano a vuoto per cercare gli articoli"
        "|spediscono spesso il pezzo sbagliato al cliente"
        "|lo spazio in capannone è finito e non possono allargarsi",
        asks="trovare subito la merce senza girare tutto il capannone"
        "|far stare più articoli nello stesso spazio",
        lures="affitto di box e cantine|traslochi per privati",
        need_topics="logistica|organizzazione",
    ),
    archetype(
        "design",
        affected="31.09 16.23 14.13 32.50 28.29",
        solvers="74.10 72.19 71.12",
        kinds="expert university startup firm",
        services="design prototyping",
        topics="design del prodotto|ergonomia|user-centred design",
        concepts=(
            "progettazione di nuove collezioni di arredo|industrial design|product design",
            "studi ergonomici e test con utenti|design centrato sull'utente",
            "rendering e modelli estetici|scelta di finiture e materiali",
        ),
        roles="industrial designer|designer di arredo",
        equipment="",
        symptoms="il catalogo di sedie è lo stesso da quindici anni"
        "|gli architetti dicono che i loro mobili sembrano vecchi"
        "|un cliente lamenta mal di schiena con la seduta che vendono",
        asks="rinnovare la collezione con un'immagine più moderna"
        "|fare mobili più comodi senza cambiare macchinari",
        lures="vendita di mobili usati|restauro di cornici",
        need_topics="innovazione di prodotto|arredo",
    ),
)

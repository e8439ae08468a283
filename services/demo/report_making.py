"""Report words, in Italian, for the problems of materials and mechanics (archetypes 0-13)."""

from services.demo.report_bank import ReportWords, report

MAKING: tuple[ReportWords, ...] = (
    report(
        "Rotture precoci dei componenti in tecnopolimero|Vita utile dei pezzi stampati",
        "le contestazioni dei clienti per staffe in plastica spezzate dopo pochi mesi di lavoro"
        "|i resi di impugnature stampate crepate vicino agli inserti metallici"
        "|la rottura in esercizio di supporti in poliammide caricata vetro",
        "sottoposto a carichi ciclici provini ricavati dai pezzi e osservato le superfici di"
        " frattura|individuato nelle linee di giunzione dello stampo il punto debole e proposto"
        " un nuovo punto di iniezione|confrontato tre gradi di polimero e stimato per ciascuno"
        " la durata attesa",
    ),
    report(
        "Protezione dalla ruggine dei particolari in acciaio|Durata dei rivestimenti",
        "i reclami per ruggine su pezzi zincati spediti via mare"
        "|la comparsa di ossido sui particolari rimasti in deposito per l'inverno"
        "|il distacco della vernice dai telai esposti all'esterno",
        "esposto campioni di diversi cicli di finitura in camera climatica e misurato lo"
        " spessore residuo|sezionato i pezzi corrosi e ricostruito la causa dell'attacco"
        "|proposto un ciclo di passivazione più adatto e verificato la tenuta dopo mille ore",
    ),
    report(
        "Qualità delle saldature dei telai|Verifica interna delle giunzioni",
        "le cricche trovate dal cliente nelle saldature dei telai dopo il collaudo"
        "|gli scarti di giunzioni con porosità scoperte solo al montaggio"
        "|i dubbi del committente sulla tenuta dei cordoni di saldatura",
        "ispezionato le giunzioni con sonde a ultrasuoni senza distruggere i pezzi e mappato"
        " i difetti|riqualificato il procedimento di saldatura e formato due saldatori"
        "|definito un piano di controllo a campione sui lotti in uscita",
    ),
    report(
        "Confezioni compostabili per la distribuzione|Imballaggi senza plastica fossile",
        "la richiesta della catena di supermercati di eliminare le vaschette in plastica"
        " tradizionale|il calo degli ordini per confezioni ritenute poco ecologiche"
        "|l'obbligo del cliente estero di imballi che vadano nell'umido",
        "provato film e vaschette di origine vegetale sulla linea di confezionamento"
        "|verificato la disgregazione degli imballi in compostaggio e la tenuta in"
        " magazzino|ridisegnato la confezione con un solo materiale facile da riciclare",
    ),
    report(
        "Plastica rigenerata nei prodotti|Stabilità dei lotti di materiale riciclato",
        "la variabilità del macinato acquistato, che cambiava comportamento da un sacco"
        " all'altro|gli scarti in stampaggio dopo il passaggio a granulo rigenerato"
        "|la richiesta del cliente di dimostrare quanta plastica riciclata c'è nel prodotto",
        "misurato la fluidità e le impurità di ogni fornitura e fissato soglie di"
        " accettazione|messo a punto una miscela con additivi che stabilizza il materiale"
        " di recupero|preparato la documentazione per attestare la quota di riciclato",
    ),
    report(
        "Tenuta delle guarnizioni in gomma|Nuova mescola per articoli tecnici",
        "le perdite delle guarnizioni dopo qualche mese al freddo"
        "|le lamentele per anelli in gomma che si induriscono e si spaccano"
        "|i tempi di pressatura troppo lunghi delle parti in gomma",
        "riformulato la mescola e provato in stufa l'invecchiamento di diverse ricette"
        "|misurato la deformazione permanente dopo compressione e scelto la ricetta"
        " migliore|accorciato il ciclo di cottura studiando la reticolazione in reometro",
    ),
    report(
        "Conformità degli imballi a contatto con cibo|Documenti per il cliente alimentare",
        "la richiesta di un cliente alimentare di dichiarazioni sugli imballi che l'azienda"
        " non aveva|il blocco di una fornitura di vaschette per mancanza di prove sul"
        " rilascio di sostanze|i dubbi sugli inchiostri stampati sui sacchetti per il pane",
        "misurato il passaggio di sostanze dagli imballi ai simulanti alimentari"
        "|redatto le dichiarazioni di conformità e il fascicolo di supporto"
        "|controllato inchiostri e colle e sostituito quelli a rischio",
    ),
    report(
        "Prototipi senza stampo|Pezzi in piccola serie stampati strato per strato",
        "i mesi di attesa per ogni attrezzatura prima di poter provare un pezzo nuovo"
        "|il costo proibitivo degli stampi per ricambi richiesti in pochi esemplari"
        "|la difficoltà di ottenere canali interni di raffreddamento con le lavorazioni"
        " tradizionali",
        "realizzato in pochi giorni prototipi funzionanti in polvere metallica"
        "|ridisegnato il componente per la costruzione a strati e ridotto i pezzi"
        " dell'assieme|stampato una piccola serie di ricambi e verificato le tolleranze",
    ),
    report(
        "Documentazione di sicurezza di una linea speciale|Messa in conformità di macchine",
        "il rifiuto del committente di ritirare un impianto su misura privo delle carte"
        " di sicurezza|il richiamo dell'ispettorato su una pressa modificata in casa"
        "|l'incertezza su chi dovesse certificare una macchina assemblata da più fornitori",
        "analizzato i pericoli della linea e compilato la documentazione tecnica richiesta"
        "|verificato ripari e circuiti di arresto e indicato le modifiche da fare"
        "|accompagnato l'azienda fino alla dichiarazione di conformità e alla targa",
    ),
    report(
        "Rumore e vibrazioni di una macchina|Finitura rovinata dalle vibrazioni",
        "le superfici lavorate con segni ondulati e il sibilo del mandrino"
        "|le lamentele dei vicini per il rumore del reparto di notte"
        "|le rotture ripetute dei cuscinetti di un ventilatore",
        "misurato con accelerometri le frequenze proprie della struttura e trovato la"
        " risonanza|equilibrato le parti rotanti e aggiunto supporti smorzanti"
        "|progettato una cabina fonoassorbente e verificato la riduzione del livello sonoro",
    ),
    report(
        "Fermi macchina non previsti|Sensori per anticipare i guasti",
        "i fermi improvvisi delle macchine e le attese per l'assistenza del costruttore"
        "|i costi delle riparazioni urgenti sui compressori"
        "|la sostituzione a calendario di componenti ancora in buono stato",
        "montato sensori sui motori più critici e raccolto mesi di segnali"
        "|addestrato un modello che segnala l'usura giorni prima della rottura"
        "|collegato gli allarmi al telefono del manutentore e rivisto il piano degli"
        " interventi",
    ),
    report(
        "Un robot accanto all'operatore|Asservimento macchina per piccoli lotti",
        "la mancanza di personale per caricare le macchine nel turno di notte"
        "|i lavori ripetitivi e faticosi che nessuno voleva più fare"
        "|l'impossibilità di automatizzare con isole rigide lotti che cambiano ogni giorno",
        "installato un braccio robotico che lavora senza gabbie vicino alle persone"
        "|programmato il cambio di lotto da tablet in pochi minuti"
        "|studiato la postazione e misurato il tempo recuperato dagli operatori",
    ),
    report(
        "Misure che non coincidono con il cliente|Controllo dimensionale dei particolari",
        "le contestazioni di quote trovate fuori tolleranza solo dal cliente"
        "|le discussioni infinite sul modo di misurare lo stesso pezzo"
        "|l'assenza di un disegno per ricostruire un pezzo di ricambio fuori produzione",
        "confrontato gli strumenti dell'officina con campioni di riferimento e rifatto le"
        " tarature|rilevato la forma completa del pezzo con il tastatore e con la luce"
        " strutturata|ricostruito il modello del ricambio partendo dal pezzo usurato",
    ),
    report(
        "Alleggerimento di un telaio|Riprogettazione di una struttura troppo pesante",
        "un telaio così pesante che gli addetti del cliente non riuscivano a spostarlo"
        "|il costo di materiale di una struttura sovradimensionata"
        "|il consumo elevato di un veicolo dovuto alla massa della carrozzeria",
        "calcolato le sollecitazioni reali e tolto materiale dove non lavorava"
        "|proposto una versione in materiale composito e verificato la rigidezza"
        "|ridotto il peso di un terzo mantenendo la stessa resistenza",
    ),
)

"""Report words, in Italian, for the problems of data and markets (archetypes 14-25)."""

from services.demo.report_bank import ReportWords, report

DIGITAL: tuple[ReportWords, ...] = (
    report(
        "Protezione dei computer di reparto|Separare la rete della fabbrica dagli uffici",
        "il timore che un virus entrato dalla posta fermasse le macchine di produzione"
        "|un'intrusione nel pannello operatore di una linea collegata a internet"
        "|i controllori di reparto aggiornati l'ultima volta dall'installatore anni prima",
        "censito i dispositivi connessi in reparto e separato le reti con firewall"
        " industriali|simulato un attacco ai controllori e chiuso gli accessi remoti"
        " superflui|scritto le regole di accesso per i tecnici esterni",
    ),
    report(
        "Difesa da truffe informatiche e virus|Copie di sicurezza dei dati aziendali",
        "un bonifico finito a un truffatore dopo una mail contraffatta"
        "|i dati dei clienti cifrati da un virus e mai più recuperati"
        "|l'assenza di copie dei documenti fuori dall'ufficio",
        "impostato copie automatiche non modificabili e provato il ripristino"
        "|formato i dipendenti a riconoscere i messaggi ingannevoli"
        "|valutato gli obblighi della nuova normativa europea sulla sicurezza delle reti",
    ),
    report(
        "Controllo qualità con telecamere|Ispezione automatica dei difetti",
        "il controllo a occhio dei pezzi a fine linea, lento e soggetto a errori"
        "|i difetti estetici sfuggiti e segnalati solo dal cliente"
        "|la stanchezza degli addetti al controllo nel secondo turno",
        "installato telecamere e illuminazione dedicata sulla linea"
        "|addestrato una rete neurale su migliaia di immagini di pezzi buoni e scartati"
        "|collegato lo scarto automatico al conteggio dei difetti per turno",
    ),
    report(
        "Ordini dei rivenditori via web|Un portale per i clienti professionali",
        "gli ordini dei rivenditori che arrivavano ancora per telefono e per fax"
        "|gli errori di trascrizione dei codici articolo negli ordini"
        "|la richiesta dei clienti di vedere giacenze e prezzi a qualsiasi ora",
        "messo online un catalogo riservato con listini per cliente"
        "|collegato il portale al gestionale per giacenze e ordini"
        "|aperto un canale su una grande piattaforma di vendita tra imprese",
    ),
    report(
        "Farsi conoscere in rete|Comunicazione online per un'attività locale",
        "il calo dei clienti in negozio e la scarsa notorietà tra i più giovani"
        "|un sito vecchio che nessuno trovava cercando il prodotto"
        "|pagine social aperte e abbandonate dopo pochi mesi",
        "scritto un calendario di pubblicazioni e girato brevi video dei prodotti"
        "|migliorato la visibilità del sito nelle ricerche e misurato le visite"
        "|insegnato al titolare a gestire da solo i profili dell'attività",
    ),
    report(
        "Meno carta in amministrazione|Un gestionale unico per ordini e fatture",
        "gli ordini copiati a mano più volte tra ufficio, magazzino e contabilità"
        "|i fogli di calcolo diversi per ogni reparto che non tornavano mai"
        "|le pratiche smarrite tra una scrivania e l'altra",
        "scelto e configurato un gestionale per piccole imprese e migrato i dati"
        "|digitalizzato i documenti in arrivo e automatizzato le approvazioni"
        "|formato il personale d'ufficio sulle nuove procedure",
    ),
    report(
        "Dati di produzione in tempo reale|Macchine collegate al gestionale",
        "il fatto che nessuno sapesse quanto restavano ferme le presse"
        "|le schede di lavoro compilate a penna e lette giorni dopo"
        "|le macchine nuove acquistate con l'incentivo e mai collegate",
        "collegato le macchine alla rete e raccolto tempi di ciclo e fermi"
        "|realizzato un cruscotto di reparto aggiornato di continuo"
        "|reso tracciabile l'avanzamento di ogni commessa dal lancio alla spedizione",
    ),
    report(
        "Un assistente automatico per le domande ricorrenti|Testi aziendali e linguaggio",
        "le ore spese dalla segreteria a ripetere le stesse informazioni ai clienti"
        "|i manuali tecnici lunghi che nessuno consultava"
        "|le richieste di clienti stranieri rimaste senza risposta per la lingua",
        "costruito un assistente che risponde consultando i documenti interni"
        "|scelto un modello linguistico adatto e controllato la qualità delle risposte"
        "|preparato risposte automatiche in più lingue sulla base delle domande frequenti",
    ),
    report(
        "Difesa di un'invenzione e del nome|Tutela di un prodotto copiato",
        "la scoperta di un concorrente che vendeva una copia dell'attrezzo a prezzo più"
        " basso|l'uso del nome dell'azienda da parte di un'impresa straniera"
        "|un'idea nuova mostrata in fiera senza alcuna protezione",
        "verificato se l'idea era nuova rispetto a quanto già depositato"
        "|redatto e depositato la domanda di tutela in Italia e in Europa"
        "|registrato il nome e il logo nei paesi di vendita e avviato la diffida",
    ),
    report(
        "Primi passi sui mercati esteri|Vendere fuori dall'Italia",
        "un contatto arrivato da un distributore straniero e l'incertezza su come"
        " rispondere|un catalogo scritto solo in italiano|la dipendenza da pochi clienti"
        " della provincia",
        "individuato i paesi più promettenti e cercato importatori affidabili"
        "|tradotto il catalogo e preparato i contratti di distribuzione"
        "|affiancato l'azienda per un anno con un responsabile commerciale a tempo",
    ),
    report(
        "Contributi per un investimento|Accesso ai fondi pubblici",
        "i bandi scoperti sempre a scadenza passata"
        "|un finanziamento perso per errori nella rendicontazione"
        "|un investimento in macchine rimandato per mancanza di liquidità",
        "individuato i bandi adatti e scritto la domanda di contributo"
        "|costruito il piano finanziario dell'investimento"
        "|seguito la rendicontazione delle spese fino all'erogazione",
    ),
    report(
        "Riorganizzazione del reparto produttivo|Tempi di attrezzaggio più brevi",
        "le mezze giornate perse a ogni cambio di produzione"
        "|i materiali in attesa tra un reparto e l'altro"
        "|le consegne in ritardo nonostante gli straordinari",
        "filmato i cambi di produzione e dimezzato i tempi di attrezzaggio"
        "|riordinato le postazioni e segnato a terra i percorsi dei materiali"
        "|introdotto una pianificazione settimanale condivisa tra reparti",
    ),
)

"""Report words, in Italian, for energy, environment and food (archetypes 26-34)."""

from services.demo.report_bank import ReportWords, report

GREEN: tuple[ReportWords, ...] = (
    report(
        "Meno metano per i forni|Calore dei forni recuperato",
        "il costo del gas dei forni di cottura, cresciuto fino a pesare sul prezzo dei"
        " pezzi|il calore disperso dal camino del forno di trattamento"
        "|le temperature insopportabili vicino ai forni nei mesi estivi",
        "misurato fumi e temperature e calcolato il calore che andava perso"
        "|progettato uno scambiatore che preriscalda l'aria dei bruciatori"
        "|rifatto l'isolamento delle camere e regolato la combustione",
    ),
    report(
        "Energia prodotta sul tetto|Condividere la corrente con i vicini",
        "le bollette elettriche alte proprio nelle ore di lavoro"
        "|la copertura del capannone inutilizzata"
        "|i consumi della stalla tra mungitura e refrigerazione",
        "studiato i consumi ora per ora e dimensionato i pannelli con le batterie"
        "|valutato con le imprese della zona una comunità per scambiarsi l'energia"
        "|seguito il progetto dell'impianto fino all'allacciamento",
    ),
    report(
        "Sapere dove va l'energia|Audit dei consumi di stabilimento",
        "l'impossibilità di capire quale reparto consumasse di più"
        "|i compressori accesi anche a stabilimento chiuso"
        "|le fatture dell'energia che nessuno in azienda sapeva leggere",
        "installato misuratori su ogni quadro e analizzato settimane di dati"
        "|trovato e fatto riparare le fughe dalla rete dell'aria compressa"
        "|redatto la diagnosi con gli interventi ordinati per tempo di ritorno",
    ),
    report(
        "Quanto inquina un prodotto|Dati ambientali per clienti e banche",
        "i questionari ambientali dei grandi clienti rimasti senza risposta"
        "|la richiesta della banca di dati sulle emissioni per concedere il finanziamento"
        "|la gara persa per mancanza di un'etichetta ambientale del prodotto",
        "ricostruito materiali, energia e trasporti del ciclo di vita del prodotto"
        "|calcolato le emissioni di gas serra per unità venduta"
        "|preparato il primo rapporto di sostenibilità dell'azienda",
    ),
    report(
        "Dare valore agli scarti|Dai rifiuti di lavorazione a nuova materia",
        "i costi crescenti per smaltire i residui di lavorazione"
        "|il siero avanzato dalla caseificazione e pagato per essere portato via"
        "|gli sfridi che finivano in discarica pur essendo puliti",
        "caratterizzato gli scarti e cercato imprese che potessero usarli"
        "|inquadrato i residui come sottoprodotti e non come rifiuti"
        "|avviato con un'impresa vicina lo scambio regolare del materiale",
    ),
    report(
        "Acque di scarico in regola|Riutilizzo dell'acqua di processo",
        "i valori fuori limite trovati dall'agenzia ambientale allo scarico"
        "|il costo dell'acqua prelevata per il lavaggio dei pezzi"
        "|l'odore e la schiuma nel fosso vicino allo stabilimento",
        "campionato gli scarichi e individuato le fasi che li inquinavano"
        "|progettato un impianto di trattamento adatto ai volumi dell'azienda"
        "|chiuso il ciclo dell'acqua di lavaggio riducendo i prelievi",
    ),
    report(
        "Origine dei prodotti dimostrabile|Dal campo allo scaffale",
        "le imitazioni vendute con il nome del prodotto tipico"
        "|le domande dei consumatori sull'origine delle materie prime"
        "|la gestione su carta dei lotti dalla stalla al magazzino",
        "registrato ogni passaggio dei lotti in un archivio digitale non modificabile"
        "|messo in etichetta un codice che racconta la storia del prodotto"
        "|collegato i dati dei fornitori agricoli a quelli di trasformazione",
    ),
    report(
        "Prodotti che durano di più|Conservazione degli alimenti confezionati",
        "i resi di prodotti da forno diventati molli prima della scadenza"
        "|la richiesta di un distributore di allungare la vita a scaffale"
        "|le muffe comparse sui prodotti freschi spediti lontano",
        "conservato campioni a temperature diverse e stimato la durata reale"
        "|provato confezioni con gas protettivi e nuove pellicole"
        "|controllato la carica microbica lungo tutto il periodo di vendita",
    ),
    report(
        "Acqua e concimi solo dove servono|Campi e stalle sotto controllo",
        "il raccolto perso per la siccità dell'estate precedente"
        "|il costo dei fertilizzanti distribuiti in modo uniforme"
        "|la salute degli animali seguita solo a occhio",
        "mappato i campi con droni e immagini da satellite"
        "|messo sonde nel terreno e regolato l'irrigazione sui dati"
        "|applicato sensori agli animali per seguirne l'alimentazione e il benessere",
    ),
)

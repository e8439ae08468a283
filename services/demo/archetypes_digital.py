"""Problems of data and markets: security, vision, online sales, software, know-how, export."""

from services.demo.archetype import Archetype, archetype

DIGITAL: tuple[Archetype, ...] = (
    archetype(
        "digital",
        affected="25.62 28.41 22.29 24.53 13.20 10.51",
        solvers="62.02 62.01 72.19 80.20",
        kinds="expert university research_centre startup firm",
        services="cybersecurity digital_transformation",
        topics="sicurezza OT|segmentazione di rete industriale|ICS security",
        concepts=(
            "sicurezza delle reti di fabbrica secondo IEC 62443|protezione dei sistemi OT"
            "|industrial control system security",
            "segmentazione delle reti tra uffici e reparti|firewall industriali",
            "penetration test su PLC e SCADA|vulnerability assessment di impianto",
        ),
        roles="specialista di cybersecurity industriale|ingegnere dei sistemi di controllo",
        equipment="",
        symptoms="il PC che comanda la linea gira ancora con un sistema vecchio di dieci anni"
        "|i tecnici del costruttore entrano da remoto sulle macchine quando vogliono"
        "|un virus arrivato da una chiavetta ha fermato il reparto",
        asks="proteggere le macchine collegate senza bloccare la produzione"
        "|sapere chi può entrare nei loro impianti e da dove",
        lures="vendita di serrature e porte blindate|vigilanza notturna di capannoni",
        need_topics="sicurezza informatica|industria 4.0",
    ),
    archetype(
        "digital",
        affected="46.69 71.12 47.71 41.20 49.41 55.10 88.10",
        solvers="62.02 62.01 63.11",
        kinds="expert startup firm university",
        services="cybersecurity training",
        topics="cybersecurity per PMI|backup e disaster recovery|ransomware",
        concepts=(
            "strategie di backup immutabile|disaster recovery in cloud|business continuity",
            "difesa da ransomware e phishing|formazione anti-phishing del personale"
            "|security awareness",
            "adeguamento alla direttiva NIS2|assessment di sicurezza per piccole imprese",
        ),
        roles="consulente di sicurezza informatica|ethical hacker",
        equipment="",
        symptoms="una mail finta a nome di un fornitore ha fatto pagare una fattura su un conto"
        " sbagliato|hanno perso due giorni di lavoro quando il server dell'ufficio è morto"
        "|tutti in ufficio usano la stessa password da anni",
        asks="non restare senza dati se succede di nuovo|mettere al sicuro i computer dell'ufficio",
        lures="riparazione di cellulari e tablet|vendita di casseforti",
        need_topics="sicurezza informatica|ufficio",
    ),
    archetype(
        "digital",
        affected="22.29 10.71 25.62 13.20 26.70 32.50 18.12 10.13",
        solvers="62.01 72.19 26.70 28.99",
        kinds="expert university research_centre startup firm",
        services="digital_transformation research_development",
        topics="visione artificiale|ispezione ottica automatica|computer vision",
        concepts=(
            "sistemi di visione artificiale per il controllo qualità|ispezione ottica in linea"
            "|machine vision inspection",
            "deep learning per il riconoscimento dei difetti|reti neurali convoluzionali",
            "illuminazione e ottiche per telecamere industriali|iperspettrale",
        ),
        roles="ingegnere di visione artificiale|esperto di intelligenza artificiale",
        equipment="banco ottico con telecamere industriali|illuminatori a LED strutturati",
        symptoms="due persone guardano i pezzi uno per uno alla fine della linea"
        "|qualche difetto sfugge sempre e arriva al cliente"
        "|le biscotterie clienti segnalano prodotti bruciacchiati nelle confezioni",
        asks="scartare in automatico quello che non va bene"
        "|smettere di affidarsi solo all'occhio dell'operatore",
        lures="negozio di occhiali da vista|servizi fotografici per matrimoni",
        need_topics="qualità|industria 4.0",
    ),
    archetype(
        "digital",
        affected="31.09 16.23 14.13 10.71 11.02 32.50 25.62 13.20",
        solvers="62.01 73.11 47.91 70.22",
        kinds="expert startup firm university",
        services="digital_transformation training",
        topics="e-commerce B2B|marketplace|vendita online",
        concepts=(
            "realizzazione di portali e-commerce B2B|cataloghi online per rivenditori|B2B webshop",
            "integrazione tra negozio online e gestionale|configuratori di prodotto web",
            "strategia di vendita sui marketplace|Amazon Business",
        ),
        roles="consulente di e-commerce|sviluppatore web",
        equipment="",
        symptoms="i rivenditori ordinano ancora via fax e telefono"
        "|gli agenti storici vanno in pensione e nessuno li sostituisce"
        "|ogni settimana passano ore a rispondere a richieste di prezzo",
        asks="far ordinare i clienti abituali da soli, a qualsiasi ora"
        "|vendere i loro prodotti a negozi fuori provincia",
        lures="vendita porta a porta di enciclopedie|mercatino dell'usato",
        need_topics="digitalizzazione|vendite",
    ),
    archetype(
        "digital",
        affected="47.71 47.24 56.10 55.10 96.02 47.91",
        solvers="73.11 62.01 70.22",
        kinds="expert startup firm",
        services="digital_transformation training design",
        topics="marketing digitale|social media|SEO",
        concepts=(
            "piani editoriali per i social network|gestione di campagne sponsorizzate"
            "|social media marketing",
            "posizionamento sui motori di ricerca|SEO locale e Google Business Profile",
            "fotografia di prodotto e contenuti video brevi|storytelling del marchio",
        ),
        roles="social media manager|consulente di marketing digitale",
        equipment="",
        symptoms="in negozio entra sempre meno gente e i giovani non li conoscono"
        "|la pagina Facebook è ferma dal 2019"
        "|chi li cerca su internet trova la concorrenza del paese vicino",
        asks="farsi trovare da chi cerca un posto come il loro"
        "|portare clienti nuovi senza buttare soldi in pubblicità",
        lures="volantinaggio per elezioni comunali|insegne luminose al neon",
        need_topics="vendite|comunicazione",
    ),
    archetype(
        "digital",
        affected="25.62 43.21 43.22 46.69 41.20 49.41 10.51 88.10",
        solvers="62.01 62.02 70.22",
        kinds="expert startup firm university",
        services="digital_transformation",
        topics="gestionale ERP|dematerializzazione|workflow documentale",
        concepts=(
            "implementazione di gestionali ERP per PMI|scelta e configurazione dell'ERP"
            "|ERP rollout",
            "dematerializzazione dei documenti|archiviazione sostitutiva|paperless office",
            "automazione dei flussi amministrativi|RPA",
        ),
        roles="consulente di sistemi gestionali|analista di processi aziendali",
        equipment="",
        symptoms="gli ordini arrivano su carta e vengono ricopiati tre volte"
        "|ogni ufficio ha il suo file Excel e i numeri non tornano mai"
        "|per sapere quanto hanno in magazzino devono andare a contare",
        asks="avere un solo programma che tenga insieme ordini, magazzino e fatture"
        "|smettere di ricopiare gli stessi dati a mano",
        lures="cartoleria e forniture per ufficio|traslochi di uffici",
        need_topics="digitalizzazione|organizzazione",
    ),
    archetype(
        "digital",
        affected="25.62 22.29 28.41 22.19 13.20 18.12 31.09",
        solvers="62.01 72.19 71.12 26.51",
        kinds="expert university research_centre startup firm",
        services="digital_transformation funding_advice",
        topics="MES|interconnessione Industria 4.0|raccolta dati di produzione",
        concepts=(
            "sistemi MES per il controllo avanzamento|monitoraggio OEE"
            "|manufacturing execution systems",
            "interconnessione delle macchine al gestionale|perizie per il credito d'imposta 4.0",
            "dashboard di produzione in tempo reale|OPC UA e MQTT",
        ),
        roles="ingegnere gestionale|consulente Industria 4.0",
        equipment="linea pilota interconnessa|server OPC UA dimostrativo",
        symptoms="non sanno quanto tempo le presse restano davvero ferme"
        "|a fine mese scoprono che una commessa è andata in perdita"
        "|le macchine nuove sono comprate ma non ancora collegate a niente",
        asks="vedere in ogni momento a che punto sono gli ordini in reparto"
        "|capire dove perdono ore di lavoro",
        lures="installazione di antenne televisive|vendita di orologi marcatempo usati",
        need_topics="industria 4.0|produzione",
    ),
    archetype(
        "digital",
        affected="55.10 56.10 47.91 46.69 88.10 49.41",
        solvers="62.01 72.19 63.11",
        kinds="expert university research_centre startup firm",
        services="digital_transformation research_development",
        topics="intelligenza artificiale generativa|chatbot|large language models",
        concepts=(
            "assistenti conversazionali basati su LLM|chatbot per il customer care"
            "|generative AI assistants",
            "retrieval augmented generation su documenti aziendali|ricerca semantica",
            "automazione delle risposte multilingue|classificazione automatica di email",
        ),
        roles="esperto di intelligenza artificiale|data scientist",
        equipment="",
        symptoms="la segreteria passa le giornate a rispondere sempre alle stesse domande"
        "|le prenotazioni arrivano di notte e nessuno risponde"
        "|i manuali sono centinaia di pagine e i tecnici non trovano niente",
        asks="dare risposte ai clienti anche fuori orario"
        "|liberare il personale dalle telefonate ripetitive",
        lures="centralino telefonico tradizionale|corsi di dattilografia",
        need_topics="digitalizzazione|clienti",
    ),
    archetype(
        "market",
        affected="28.29 22.19 25.62 13.96 32.50 10.51 31.09",
        solvers="69.10 74.90 72.20 70.22",
        kinds="expert university firm",
        services="patents_trademarks",
        topics="brevetti|proprietà industriale|registrazione marchi",
        concepts=(
            "deposito di brevetti italiani ed europei|ricerche di anteriorità|patent prosecution",
            "registrazione di marchi e design|tutela dei modelli ornamentali",
            "analisi di libertà di attuazione|valorizzazione e licenza della proprietà industriale",
        ),
        roles="consulente in proprietà industriale|mandatario brevetti",
        equipment="",
        symptoms="un concorrente ha copiato il loro attrezzo e lo vende a meno"
        "|hanno un'idea nuova ma hanno paura di mostrarla in fiera"
        "|il nome del prodotto è usato anche da un'azienda spagnola",
        asks="proteggere l'invenzione prima di presentarla|capire se possono fermare chi li copia",
        lures="vendita di cancelleria personalizzata|agenzia di eventi fieristici",
        need_topics="tutela|innovazione di prodotto",
    ),
    archetype(
        "market",
        affected="28.29 11.02 10.51 31.09 14.13 25.62 22.19 32.50",
        solvers="70.22 72.20 74.30 82.99",
        kinds="expert university firm",
        services="training funding_advice",
        topics="internazionalizzazione|export manager|mercati esteri",
        concepts=(
            "temporary export management|strategie di ingresso nei mercati esteri|export strategy",
            "ricerca di distributori e partner esteri|missioni commerciali e B2B all'estero",
            "contrattualistica internazionale e dogane|Incoterms",
            "traduzioni tecniche e localizzazione|interpretariato commerciale",
        ),
        roles="export manager|esperta di commercio internazionale",
        equipment="",
        symptoms="un distributore americano li ha contattati e non sanno da dove cominciare"
        "|le vendite in Italia sono ferme da tre anni"
        "|il catalogo esiste solo in italiano",
        asks="vendere fuori dall'Italia senza assumere un ufficio intero"
        "|trovare qualcuno che li rappresenti in Germania o in Francia",
        lures="agenzia di viaggi per vacanze all'estero|scuola di lingue per bambini",
        need_topics="mercati|vendite",
    ),
    archetype(
        "market",
        affected="25.62 28.29 41.20 22.29 10.71 31.09 88.10 49.41",
        solvers="70.22 69.20 72.20",
        kinds="expert university firm",
        services="funding_advice",
        topics="finanza agevolata|bandi europei|contributi a fondo perduto",
        concepts=(
            "scrittura di progetti per bandi regionali ed europei|europrogettazione|grant writing",
            "finanza agevolata per investimenti|crediti d'imposta per ricerca e sviluppo",
            "rendicontazione di progetti finanziati|monitoraggio dei contributi",
        ),
        roles="consulente di finanza agevolata|europrogettista",
        equipment="",
        symptoms="ogni volta che esce un contributo lo scoprono a scadenza passata"
        "|l'anno scorso hanno perso un finanziamento per un documento sbagliato"
        "|vorrebbero comprare un macchinario ma da soli non ce la fanno",
        asks="non perdere più le occasioni di contributo"
        "|farsi seguire dalla domanda fino alla rendicontazione",
        lures="prestiti personali per privati|agenzia immobiliare",
        need_topics="finanziamenti|investimenti",
    ),
    archetype(
        "market",
        affected="25.62 22.29 28.29 31.09 14.13 10.71 22.19",
        solvers="70.22 72.20 85.59",
        kinds="expert university research_centre firm",
        services="training",
        topics="lean manufacturing|organizzazione della produzione|kaizen",
        concepts=(
            "lean manufacturing e riduzione degli sprechi|value stream mapping|lean production",
            "organizzazione del reparto con il metodo 5S|SMED per i cambi formato",
            "pianificazione della produzione e schedulazione|gestione a flusso tirato",
        ),
        roles="consulente di lean production|ingegnere gestionale",
        equipment="",
        symptoms="i cambi stampo richiedono mezza giornata"
        "|il magazzino è pieno ma manca sempre il pezzo che serve"
        "|le consegne arrivano sistematicamente in ritardo",
        asks="consegnare in tempo senza fare straordinari continui"
        "|mettere ordine nel reparto e nei tempi di attraversamento",
        lures="impresa di pulizie per uffici|vendita di scaffali per garage",
        need_topics="organizzazione|produzione",
    ),
)

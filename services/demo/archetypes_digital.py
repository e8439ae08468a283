"""Problems of data and markets: security, vision, online sales, software, know-how, export."""

from services.demo.archetype import Archetype, archetype, wording

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
        english=wording(
            topics="OT security|industrial network segmentation|ICS security",
            concepts=(
                "factory network security to IEC 62443|protection of OT systems",
                "segmentation between office and shop-floor networks|industrial firewalls",
                "penetration testing of PLC and SCADA|plant vulnerability assessment",
            ),
            roles="industrial cybersecurity specialist|control systems engineer",
            symptoms="the PC that runs the line still has an operating system ten years old"
            "|the machine builder's technicians log in remotely whenever they like"
            "|a virus that came in on a USB stick brought the department to a halt",
            asks="protect their connected machines without holding up production"
            "|know who can get into their plant and from where",
            lures="locks and security doors|night-time patrols of warehouses",
            need_topics="cybersecurity|industry 4.0",
        ),
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
        english=wording(
            topics="cybersecurity for SMEs|backup and disaster recovery|ransomware",
            concepts=(
                "immutable backup strategies|cloud disaster recovery|business continuity",
                "ransomware and phishing defence|anti-phishing training for staff",
                "NIS2 compliance|security assessments for small firms",
            ),
            roles="IT security consultant|ethical hacker",
            symptoms="a fake email in a supplier's name got an invoice paid into the wrong account"
            "|they lost two days of work when the office server died"
            "|everyone in the office has used the same password for years",
            asks="not be left without their data if it happens again"
            "|make the office computers safe",
            lures="phone and tablet repairs|safes for the home",
            need_topics="cybersecurity|office",
        ),
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
        english=wording(
            topics="machine vision|automated optical inspection|computer vision",
            concepts=(
                "machine vision systems for quality control|in-line optical inspection",
                "deep learning for defect recognition|convolutional neural networks",
                "lighting and optics for industrial cameras|hyperspectral imaging",
            ),
            roles="machine vision engineer|artificial intelligence specialist",
            equipment="optical bench with industrial cameras|structured LED illuminators",
            symptoms="two people check the parts one by one at the end of the line"
            "|a few defects always slip through and reach the customer"
            "|the biscuit makers they supply report scorched products in the packs",
            asks="reject the bad pieces automatically|stop relying on the operator's eye alone",
            lures="optician's shop|wedding photography",
            need_topics="quality|industry 4.0",
        ),
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
        english=wording(
            topics="B2B e-commerce|marketplaces|online sales",
            concepts=(
                "B2B e-commerce portals|online catalogues for resellers",
                "integration of the web shop with the ERP|web product configurators",
                "marketplace sales strategy|Amazon Business",
            ),
            roles="e-commerce consultant|web developer",
            symptoms="their dealers still order by fax and phone"
            "|the long-standing sales agents are retiring and nobody replaces them"
            "|every week they spend hours answering price requests",
            asks="let regular customers place orders on their own, at any hour"
            "|sell their products to shops outside the province",
            lures="door-to-door encyclopaedia sales|flea market",
            need_topics="digitalisation|sales",
        ),
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
        english=wording(
            topics="digital marketing|social media|SEO",
            concepts=(
                "editorial plans for social networks|management of paid campaigns",
                "search engine optimisation|local SEO and Google Business Profile",
                "product photography and short video content|brand storytelling",
            ),
            roles="social media manager|digital marketing consultant",
            symptoms="fewer and fewer people walk into the shop and young people have never heard"
            " of them|their Facebook page has not moved since 2019"
            "|anyone searching online finds the competitor in the next town",
            asks="be found by people looking for a place like theirs"
            "|bring in new customers without throwing money at advertising",
            lures="leafleting for local elections|neon shop signs",
            need_topics="sales|communication",
        ),
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
        english=wording(
            topics="ERP systems|paperless processes|document workflow",
            concepts=(
                "ERP implementation for SMEs|selection and configuration of the ERP",
                "document digitisation|legally compliant digital archiving",
                "automation of administrative workflows|robotic process automation",
            ),
            roles="business software consultant|business process analyst",
            symptoms="orders arrive on paper and get copied out three times"
            "|every office keeps its own Excel file and the numbers never add up"
            "|to know what is in stock someone has to go and count it",
            asks="have a single program that ties together orders, stock and invoices"
            "|stop typing the same data in by hand",
            lures="stationery and office supplies|office removals",
            need_topics="digitalisation|organisation",
        ),
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
        english=wording(
            topics="MES|Industry 4.0 interconnection|production data collection",
            concepts=(
                "MES for shop-floor tracking|OEE monitoring",
                "connecting machines to the ERP|technical appraisals for the 4.0 tax credit",
                "real-time production dashboards|OPC UA and MQTT",
            ),
            roles="industrial engineer|Industry 4.0 consultant",
            equipment="connected pilot line|OPC UA demonstration server",
            symptoms="they have no idea how long the presses really stand idle"
            "|at the end of the month they find out a job has lost money"
            "|the new machines were bought but are not yet connected to anything",
            asks="see at any moment how far each order has got on the shop floor"
            "|understand where the working hours go",
            lures="TV aerial installation|second-hand time clocks",
            need_topics="industry 4.0|production",
        ),
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
        english=wording(
            topics="generative AI|chatbots|large language models",
            concepts=(
                "LLM-based conversational assistants|chatbots for customer care",
                "retrieval augmented generation over company documents|semantic search",
                "automated multilingual replies|automatic email classification",
            ),
            roles="artificial intelligence specialist|data scientist",
            symptoms="the front desk spends its days answering the same questions over and over"
            "|bookings come in at night and nobody answers"
            "|the manuals run to hundreds of pages and the technicians cannot find anything",
            asks="give customers answers outside office hours"
            "|free the staff from repetitive phone calls",
            lures="traditional switchboards|typing courses",
            need_topics="digitalisation|customers",
        ),
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
        english=wording(
            topics="patents|intellectual property|trademark registration",
            concepts=(
                "filing of Italian and European patents|prior art searches|patent prosecution",
                "registration of trademarks and designs|protection of ornamental designs",
                "freedom to operate analysis|licensing and valuation of intellectual property",
            ),
            roles="intellectual property consultant|patent attorney",
            symptoms="a competitor copied their tool and sells it for less"
            "|they have a new idea but are afraid to show it at the trade fair"
            "|the product name is also used by a Spanish company",
            asks="protect the invention before they present it"
            "|find out whether they can stop whoever is copying them",
            lures="personalised stationery|trade fair event agency",
            need_topics="protection|product innovation",
        ),
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
        english=wording(
            topics="internationalisation|export management|foreign markets",
            concepts=(
                "temporary export management|market entry strategies|export strategy",
                "search for foreign distributors and partners"
                "|trade missions and B2B meetings abroad",
                "international contracts and customs|Incoterms",
                "technical translation and localisation|business interpreting",
            ),
            roles="export manager|international trade specialist",
            symptoms="an American distributor got in touch and they do not know where to start"
            "|sales in Italy have been flat for three years"
            "|the catalogue exists only in Italian",
            asks="sell outside Italy without hiring a whole department"
            "|find someone to represent them in Germany or France",
            lures="travel agency for holidays abroad|language school for children",
            need_topics="markets|sales",
        ),
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
        english=wording(
            topics="grants and subsidised finance|EU calls|non-repayable grants",
            concepts=(
                "proposal writing for regional and European calls|EU project design|grant writing",
                "subsidised finance for investments|R&D tax credits",
                "reporting on funded projects|grant monitoring",
            ),
            roles="subsidised finance consultant|EU project designer",
            symptoms="whenever a grant comes out they hear about it after the deadline"
            "|last year they lost funding because of one wrong document"
            "|they would like to buy a machine but cannot manage it on their own",
            asks="never miss a funding opportunity again"
            "|have someone follow them from the application to the final report",
            lures="personal loans|estate agency",
            need_topics="funding|investment",
        ),
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
        english=wording(
            topics="lean manufacturing|production organisation|kaizen",
            concepts=(
                "lean manufacturing and waste reduction|value stream mapping|lean production",
                "5S workplace organisation|SMED for changeovers",
                "production planning and scheduling|pull flow management",
            ),
            roles="lean production consultant|industrial engineer",
            symptoms="a mould change takes half a day"
            "|the warehouse is full but the part they need is always missing"
            "|deliveries are late as a matter of routine",
            asks="deliver on time without constant overtime"
            "|bring order to the shop floor and to lead times",
            lures="office cleaning company|garage shelving",
            need_topics="organisation|production",
        ),
    ),
)

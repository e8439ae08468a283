"""Problems of making things: materials, plastics and rubber, machines and their quality."""

from services.demo.archetype import Archetype, archetype, wording

MAKING: tuple[Archetype, ...] = (
    archetype(
        "materials",
        affected="22.29 22.19 22.22 29.32 28.29",
        solvers="71.20 72.19 71.12",
        kinds="expert lab university research_centre startup",
        services="materials_testing research_development",
        topics="prove di fatica|caratterizzazione dei polimeri|fatigue testing",
        concepts=(
            "prove di fatica su tecnopolimeri|test di fatica ciclica su componenti polimerici"
            "|fatigue testing of injection-moulded parts",
            "frattografia al microscopio elettronico|analisi delle superfici di frattura"
            "|failure analysis",
            "simulazione FEM del danneggiamento|calcolo strutturale a elementi finiti"
            "|durability simulation",
        ),
        roles="ingegnere dei materiali|tecnologo dei polimeri",
        equipment="macchina servoidraulica per prove cicliche|microscopio elettronico a scansione"
        "|camera climatica",
        symptoms="i pezzi stampati si crepano dopo qualche mese di utilizzo"
        "|un cliente ha rimandato indietro un lotto di clip spezzate"
        "|le staffe in plastica cedono proprio dove c'è la nervatura",
        asks="capire quanto reggono davvero i loro pezzi prima di rompersi"
        "|avere numeri seri sulla durata da mostrare al cliente"
        "|scoprire se il problema è il materiale o lo stampo",
        lures="commercio all'ingrosso di granuli per stampaggio|noleggio di stampi usati",
        need_topics="qualità|materie plastiche",
        english=wording(
            topics="fatigue testing|polymer characterisation",
            concepts=(
                "fatigue testing of engineering polymers|cyclic fatigue tests on plastic parts",
                "fractography under the scanning electron microscope|fracture surface analysis",
                "finite element simulation of damage|FEM structural analysis",
            ),
            roles="materials engineer|polymer scientist",
            equipment="servo-hydraulic fatigue rig|scanning electron microscope|climatic chamber",
            symptoms="moulded parts crack after a few months of use"
            "|a customer sent back a batch of snapped clips"
            "|the plastic brackets give way right where the rib is",
            asks="find out how much their parts can really take before they break"
            "|have proper figures on service life to show the customer"
            "|work out whether the material or the mould is to blame",
            lures="wholesale of moulding pellets|hire of second-hand moulds",
            need_topics="quality|plastics",
        ),
    ),
    archetype(
        "materials",
        affected="25.62 25.11 28.41 29.32 45.20",
        solvers="71.20 72.19 25.61",
        kinds="expert lab university research_centre firm",
        services="materials_testing certification",
        topics="corrosione|trattamenti superficiali|nebbia salina",
        concepts=(
            "prove in nebbia salina secondo ISO 9227|test di corrosione accelerata"
            "|salt spray testing",
            "scelta di rivestimenti e trattamenti anticorrosivi|zincatura e passivazione"
            "|surface engineering",
            "analisi metallografica|caratterizzazione di leghe metalliche",
        ),
        roles="metallurgista|esperto di trattamenti superficiali",
        equipment="camera a nebbia salina|microscopio metallografico|spettrometro a scintilla",
        symptoms="sulle flange compare la ruggine già dopo poche settimane in magazzino"
        "|i clienti del mare lamentano macchie rossastre sui pezzi"
        "|la verniciatura si stacca a scaglie sui telai esposti all'aperto",
        asks="sapere quale protezione dare ai pezzi senza far esplodere i costi"
        "|dimostrare al cliente che i componenti durano anni all'esterno",
        lures="verniciatura artistica di mobili antichi|vendita di ferramenta al dettaglio",
        need_topics="qualità|metalli",
        english=wording(
            topics="corrosion|surface treatments|salt spray testing",
            concepts=(
                "salt spray testing to ISO 9227|accelerated corrosion testing",
                "selection of anti-corrosion coatings|galvanising and passivation",
                "metallographic analysis|characterisation of metal alloys",
            ),
            roles="metallurgist|surface treatment specialist",
            equipment="salt spray cabinet|metallographic microscope|spark emission spectrometer",
            symptoms="rust shows up on the flanges after a few weeks in the warehouse"
            "|customers on the coast complain about reddish stains on the parts"
            "|the paint flakes off the frames that stand outdoors",
            asks="know how to protect the parts without costs going through the roof"
            "|prove to the customer that the components will last for years outside",
            lures="decorative painting of antique furniture|retail hardware store",
            need_topics="quality|metals",
        ),
    ),
    archetype(
        "materials",
        affected="25.11 28.29 28.41 24.53",
        solvers="71.20 71.12 72.19",
        kinds="expert lab research_centre firm",
        services="materials_testing certification",
        topics="controlli non distruttivi|saldature|NDT",
        concepts=(
            "controlli non distruttivi con ultrasuoni|ispezioni ultrasoniche e magnetoscopiche"
            "|non-destructive testing",
            "qualifica dei procedimenti di saldatura|certificazione dei saldatori ISO 9606"
            "|welding procedure qualification",
            "radiografia industriale|tomografia computerizzata dei getti",
        ),
        roles="ispettore NDT di terzo livello|ingegnere di saldatura",
        equipment="rilevatore a ultrasuoni phased array|tomografo industriale|banco magnetoscopico",
        symptoms="alcune giunzioni dei telai si aprono sotto carico"
        "|dentro i pezzi fusi ogni tanto si trovano bolle e porosità"
        "|il committente pretende un controllo al cento per cento delle giunzioni",
        asks="trovare i difetti prima che il pezzo arrivi al cliente"
        "|mettere in regola le procedure di chi salda in officina",
        lures="vendita di elettrodi e filo per hobbisti|corsi di bricolage per il fine settimana",
        need_topics="qualità|carpenteria",
        english=wording(
            topics="non-destructive testing|welding|NDT",
            concepts=(
                "ultrasonic and magnetic particle inspection|non-destructive testing of welds",
                "welding procedure qualification|welder certification to ISO 9606",
                "industrial radiography|computed tomography of castings",
            ),
            roles="level 3 NDT inspector|welding engineer",
            equipment="phased array ultrasonic flaw detector|industrial CT scanner"
            "|magnetic particle bench",
            symptoms="some joints on the frames open up under load"
            "|every now and then the cast parts turn out to have bubbles and pores inside"
            "|the client insists that every single joint is checked",
            asks="catch defects before a part reaches the customer"
            "|get the welding done in the workshop properly signed off",
            lures="electrodes and welding wire for hobbyists|weekend DIY courses",
            need_topics="quality|metalwork",
        ),
    ),
    archetype(
        "materials",
        affected="22.22 10.71 10.51 47.24 11.02",
        solvers="72.19 22.22 20.16 71.20",
        kinds="expert lab university research_centre startup firm",
        services="research_development energy_sustainability",
        topics="bioplastiche|imballaggi compostabili|packaging sostenibile",
        concepts=(
            "imballaggi in bioplastica compostabile EN 13432|film compostabili a base di PLA"
            "|compostable packaging",
            "progettazione di packaging monomateriale riciclabile|ecodesign dell'imballaggio",
            "prove di compostabilità e biodegradazione|test di barriera all'ossigeno",
        ),
        roles="tecnologo del packaging|chimica dei biopolimeri",
        equipment="permeabilimetro per ossigeno|reattore di compostaggio da laboratorio",
        symptoms="la grande distribuzione chiede confezioni senza plastica tradizionale"
        "|i vassoi attuali finiscono nell'indifferenziata e i clienti se ne lamentano"
        "|il prezzo delle buste è salito e vorrebbero cambiare comunque",
        asks="trovare una confezione che si possa buttare nell'umido"
        "|sostituire le vaschette senza perdere giorni di conservazione",
        lures="stampa di sacchetti personalizzati per negozi"
        "|distribuzione di stoviglie usa e getta",
        need_topics="sostenibilità|imballaggi",
        english=wording(
            topics="bioplastics|compostable packaging|sustainable packaging",
            concepts=(
                "compostable bioplastic packaging to EN 13432|PLA-based compostable films",
                "design of recyclable mono-material packaging|packaging eco-design",
                "compostability and biodegradation testing|oxygen barrier testing",
            ),
            roles="packaging technologist|biopolymer chemist",
            equipment="oxygen permeability tester|laboratory composting reactor",
            symptoms="the supermarket chains want packs without conventional plastic"
            "|the current trays end up in general waste and shoppers grumble about it"
            "|the price of their bags has gone up and they want to switch anyway",
            asks="find a pack that can go in the food waste bin"
            "|replace the tubs without losing days of shelf life",
            lures="printing of branded carrier bags for shops|distribution of disposable tableware",
            need_topics="sustainability|packaging",
        ),
    ),
    archetype(
        "materials",
        affected="22.29 22.22 22.19 31.09",
        solvers="72.19 38.32 71.20 22.29",
        kinds="expert lab university research_centre firm startup",
        services="materials_testing research_development energy_sustainability",
        topics="materie prime seconde|polimeri riciclati|recycled plastics",
        concepts=(
            "formulazione di compound con polimero riciclato|uso di materie prime seconde"
            "|recycled polymer compounding",
            "caratterizzazione reologica dei rigranulati|misura del melt flow index",
            "certificazione del contenuto di riciclato|Plastica Seconda Vita",
        ),
        roles="tecnologo dei polimeri|esperto di economia circolare delle plastiche",
        equipment="reometro capillare|estrusore bivite da laboratorio|plastometro MFI",
        symptoms="ogni lotto di macinato che comprano si comporta in modo diverso in pressa"
        "|con il materiale rigenerato i pezzi escono fragili o con sbavature"
        "|il cliente tedesco vuole una percentuale di riciclato dichiarata",
        asks="usare più scarto rimacinato senza fermi macchina"
        "|avere un controllo in ingresso sul materiale che arriva",
        lures="raccolta di bottiglie per beneficenza|vendita di giocattoli in plastica usati",
        need_topics="sostenibilità|materie plastiche",
        english=wording(
            topics="secondary raw materials|recycled polymers|recycled plastics",
            concepts=(
                "compounding with recycled polymers|use of secondary raw materials",
                "rheology of regrind and recyclates|melt flow index measurement",
                "certification of recycled content|Plastica Seconda Vita certification",
            ),
            roles="polymer technologist|circular economy specialist for plastics",
            equipment="capillary rheometer|lab-scale twin-screw extruder|melt flow indexer",
            symptoms="every batch of regrind they buy behaves differently in the press"
            "|with reprocessed material the parts come out brittle or with flash"
            "|their German customer wants a declared share of recycled content",
            asks="put more ground-up scrap back into production without stoppages"
            "|check the material that comes in before it reaches the machines",
            lures="bottle collection for charity|second-hand plastic toys",
            need_topics="sustainability|plastics",
        ),
    ),
    archetype(
        "materials",
        affected="22.19 29.32 28.29",
        solvers="72.19 71.20 20.17",
        kinds="expert lab university research_centre",
        services="materials_testing research_development",
        topics="mescole elastomeriche|vulcanizzazione|rubber compounding",
        concepts=(
            "formulazione di mescole elastomeriche|sviluppo di compound in EPDM e NBR"
            "|rubber compound design",
            "studio delle curve di vulcanizzazione|reometria MDR",
            "prove di compression set e invecchiamento|durezza Shore e trazione",
        ),
        roles="chimico delle gomme|tecnologo degli elastomeri",
        equipment="reometro a disco oscillante|durometro Shore|stufa di invecchiamento",
        symptoms="le guarnizioni perdono tenuta dopo un inverno"
        "|in stampaggio i pezzi escono con bolle e zone non cotte"
        "|cambiando fornitore di nero di carbonio è cambiato tutto",
        asks="rimettere a punto la ricetta senza fermare la produzione"
        "|ridurre gli scarti in pressa che oggi sono troppi",
        lures="vendita di pneumatici ricostruiti|gommista con servizio di cambio stagionale",
        need_topics="qualità|gomma",
        english=wording(
            topics="rubber compounding|vulcanisation|elastomers",
            concepts=(
                "elastomer compound formulation|development of EPDM and NBR compounds",
                "study of cure curves|MDR rheometry",
                "compression set and ageing tests|Shore hardness and tensile testing",
            ),
            roles="rubber chemist|elastomer technologist",
            equipment="moving die rheometer|Shore durometer|ageing oven",
            symptoms="the gaskets stop sealing after one winter"
            "|moulded parts come out with blisters and undercured spots"
            "|since they changed their carbon black supplier nothing works as before",
            asks="fine-tune the recipe without stopping production"
            "|cut the scrap at the presses, which is far too high today",
            lures="retreaded tyres for sale|tyre shop with seasonal changeover",
            need_topics="quality|rubber",
        ),
    ),
    archetype(
        "materials",
        affected="22.22 22.29 10.71 10.13 18.12",
        solvers="71.20 72.19 69.10",
        kinds="expert lab university research_centre",
        services="materials_testing certification",
        topics="MOCA|migrazione globale e specifica|food contact",
        concepts=(
            "prove di migrazione su materiali a contatto con alimenti|analisi MOCA"
            "|food contact compliance testing",
            "dichiarazioni di conformità regolamento UE 10/2011|conformità al reg. 1935/2004",
            "analisi di inchiostri e adesivi per imballaggi alimentari",
        ),
        roles="chimico analitico|consulente regolatorio food contact",
        equipment="gascromatografo con spettrometro di massa|ICP-MS",
        symptoms="un cliente della grande distribuzione ha chiesto documenti che non hanno"
        "|non sanno se le vaschette possono stare in forno o in microonde"
        "|il distributore ha bloccato un ordine per una carta mancante",
        asks="mettersi in regola per vendere contenitori che toccano cibo"
        "|ottenere il documento che il supermercato pretende",
        lures="catering per eventi aziendali|corsi di cucina per appassionati",
        need_topics="conformità|alimentare",
        english=wording(
            topics="food contact materials|overall and specific migration|food contact",
            concepts=(
                "migration testing of food contact materials|food contact compliance testing",
                "declarations of compliance under EU Regulation 10/2011"
                "|compliance with Regulation 1935/2004",
                "analysis of inks and adhesives for food packaging",
            ),
            roles="analytical chemist|food contact regulatory consultant",
            equipment="gas chromatograph with mass spectrometer|ICP-MS",
            symptoms="a supermarket customer asked for paperwork they simply do not have"
            "|they do not know whether their trays can go in the oven or the microwave"
            "|the distributor held back an order because one certificate was missing",
            asks="get things in order so they can sell containers that touch food"
            "|obtain the document the supermarket is demanding",
            lures="catering for corporate events|cooking classes for enthusiasts",
            need_topics="compliance|food",
        ),
    ),
    archetype(
        "mechanics",
        affected="25.62 28.29 29.32 32.50 31.09 22.29",
        solvers="72.19 71.12 74.10 25.62",
        services="prototyping research_development design",
        topics="manifattura additiva|stampa 3D|additive manufacturing",
        concepts=(
            "stampa 3D in metallo a letto di polvere|fusione laser selettiva"
            "|metal additive manufacturing",
            "prototipazione rapida in polimero|stampa FDM e SLA di prototipi",
            "progettazione per la manifattura additiva|design for additive",
        ),
        roles="ingegnere di processo additive|designer di prodotto",
        equipment="stampante 3D a fusione laser|stampante SLA ad alta risoluzione",
        symptoms="per ogni prova di un pezzo nuovo devono aspettare mesi lo stampo"
        "|alcuni ricambi di macchine vecchie non si trovano più"
        "|fare piccole serie da dieci pezzi oggi non conviene",
        asks="avere in mano un pezzo di prova in pochi giorni"
        "|rifare ricambi fuori produzione senza attrezzature dedicate",
        lures="copisteria e stampa di tesi di laurea|vendita di cartucce per stampanti da ufficio",
        need_topics="innovazione di prodotto|prototipi",
        english=wording(
            topics="additive manufacturing|3D printing|rapid prototyping",
            concepts=(
                "metal powder bed 3D printing|selective laser melting",
                "rapid prototyping in polymers|FDM and SLA printing of prototypes",
                "design for additive manufacturing|lattice structures for printed parts",
            ),
            roles="additive manufacturing process engineer|product designer",
            equipment="laser powder bed fusion printer|high-resolution SLA printer",
            symptoms="every time they try a new part they wait months for the tooling"
            "|spare parts for their old machines can no longer be found"
            "|making short runs of ten pieces just does not pay today",
            asks="hold a sample part in their hands within a few days"
            "|remake discontinued spares without dedicated tooling",
            lures="print shop for degree theses|office printer cartridges",
            need_topics="product innovation|prototypes",
        ),
    ),
    archetype(
        "mechanics",
        affected="28.29 28.41 28.22 27.12 33.12",
        solvers="71.12 71.20 70.22 69.10",
        kinds="expert lab firm research_centre",
        services="certification training",
        topics="marcatura CE|direttiva macchine|valutazione dei rischi",
        concepts=(
            "marcatura CE secondo la direttiva macchine 2006/42/CE"
            "|regolamento macchine UE 2023/1230"
            "|CE marking of machinery",
            "redazione del fascicolo tecnico|analisi dei rischi secondo EN ISO 12100",
            "verifica dei sistemi di comando di sicurezza|prove di compatibilità elettromagnetica",
        ),
        roles="ingegnere della sicurezza macchine|consulente per la certificazione di prodotto",
        equipment="camera semianecoica per prove EMC|banco di prova per quadri elettrici",
        symptoms="hanno costruito una linea su misura e il cliente"
        " non la vuole senza carte in regola"
        "|un ispettore ha contestato le protezioni di una loro pressa"
        "|vogliono vendere la macchina anche all'estero ma non sanno cosa serve",
        asks="sapere quali documenti preparare per consegnare la macchina"
        "|essere sicuri di non rischiare sanzioni in caso di incidente",
        lures="commercio di macchine agricole usate|officina per moto d'epoca",
        need_topics="normative|macchinari",
        english=wording(
            topics="CE marking|machinery directive|risk assessment",
            concepts=(
                "CE marking under the Machinery Directive 2006/42/EC"
                "|EU Machinery Regulation 2023/1230",
                "preparation of the technical file|risk assessment to EN ISO 12100",
                "validation of safety-related control systems|electromagnetic compatibility tests",
            ),
            roles="machine safety engineer|product certification consultant",
            equipment="semi-anechoic chamber for EMC tests|test bench for control panels",
            symptoms="they built a custom line and the customer will not take it"
            " without the right paperwork"
            "|an inspector objected to the guards on one of their presses"
            "|they want to sell the machine abroad but have no idea what is required",
            asks="know which documents to prepare before delivering the machine"
            "|be sure they are not exposed to penalties if someone gets hurt",
            lures="used farm machinery dealer|vintage motorbike workshop",
            need_topics="regulations|machinery",
        ),
    ),
    archetype(
        "mechanics",
        affected="28.41 28.29 25.62 33.12 27.11",
        solvers="71.12 72.19 26.51",
        kinds="expert lab university research_centre startup",
        services="research_development materials_testing",
        topics="analisi vibrazionale|acustica industriale|NVH",
        concepts=(
            "analisi modale sperimentale|misure di vibrazione con accelerometri|modal analysis",
            "riduzione del rumore di macchine|progettazione acustica|noise reduction",
            "bilanciamento dinamico di organi rotanti",
        ),
        roles="ingegnere meccanico esperto di dinamica|tecnico acustico competente",
        equipment="sistema di acquisizione multicanale|camera anecoica|vibrometro laser",
        symptoms="il mandrino fischia e le superfici lavorate escono rigate"
        "|gli operai si lamentano del frastuono del reparto"
        "|un motore si è rotto due volte nello stesso punto",
        asks="capire da dove nasce quel tremolio"
        "|far lavorare la gente in un reparto meno assordante",
        lures="vendita di strumenti musicali|insonorizzazione di sale prove per band",
        need_topics="produzione|macchinari",
        english=wording(
            topics="vibration analysis|industrial acoustics|NVH",
            concepts=(
                "experimental modal analysis|vibration measurement with accelerometers",
                "machine noise reduction|acoustic design of enclosures",
                "dynamic balancing of rotating parts",
            ),
            roles="mechanical engineer specialised in dynamics|certified acoustic engineer",
            equipment="multichannel data acquisition system|anechoic chamber|laser vibrometer",
            symptoms="the spindle whistles and the machined surfaces come out scored"
            "|the workers complain about the racket on the shop floor"
            "|a motor has broken twice in the same place",
            asks="understand where that shaking comes from"
            "|give people a less deafening place to work",
            lures="musical instrument shop|soundproofing of band rehearsal rooms",
            need_topics="production|machinery",
        ),
    ),
    archetype(
        "mechanics",
        affected="25.62 28.41 24.53 22.29 13.20 10.51",
        solvers="62.01 72.19 26.51 71.12",
        services="digital_transformation research_development",
        topics="manutenzione predittiva|IoT industriale|condition monitoring",
        concepts=(
            "manutenzione predittiva con sensori IoT|monitoraggio delle condizioni delle macchine"
            "|predictive maintenance",
            "algoritmi di machine learning su dati di vibrazione|anomaly detection",
            "retrofit di sensori su macchine esistenti|gateway edge per dati di impianto",
        ),
        roles="data scientist industriale|ingegnere dell'automazione",
        equipment="banco prova con cuscinetti degradati|kit di sensori wireless",
        symptoms="le macchine si fermano all'improvviso e il tecnico arriva dopo giorni"
        "|un guasto al compressore ha bloccato la produzione per una settimana"
        "|cambiano pezzi a calendario anche quando sono ancora buoni",
        asks="sapere in anticipo quando una macchina sta per rompersi"
        "|smettere di rincorrere i guasti",
        lures="riparazione di elettrodomestici a domicilio|vendita di sensori per allarmi di casa",
        need_topics="industria 4.0|produzione",
        english=wording(
            topics="predictive maintenance|industrial IoT|condition monitoring",
            concepts=(
                "predictive maintenance with IoT sensors|machine condition monitoring",
                "machine learning on vibration data|anomaly detection",
                "retrofitting sensors to existing machines|edge gateways for plant data",
            ),
            roles="industrial data scientist|automation engineer",
            equipment="test rig with worn bearings|wireless sensor kit",
            symptoms="machines stop without warning and the technician turns up days later"
            "|a compressor failure held up production for a whole week"
            "|they replace parts on a fixed schedule even when they are still fine",
            asks="know ahead of time when a machine is about to fail|stop chasing breakdowns",
            lures="home appliance repairs|sensors for home burglar alarms",
            need_topics="industry 4.0|production",
        ),
    ),
    archetype(
        "mechanics",
        affected="25.62 22.29 10.71 31.09 14.13 28.29",
        solvers="28.99 71.12 72.19 62.01",
        kinds="expert university research_centre startup firm",
        services="digital_transformation prototyping",
        topics="robotica collaborativa|cobot|automazione flessibile",
        concepts=(
            "integrazione di robot collaborativi|celle con cobot per asservimento macchine"
            "|collaborative robotics",
            "programmazione robot offline|simulazione di celle robotizzate",
            "automazione per piccoli lotti|pick and place con presa adattiva",
        ),
        roles="ingegnere robotico|integratore di sistemi di automazione",
        equipment="cella con cobot a sei assi|pinze con sensori di forza",
        symptoms="non trovano personale disposto a caricare la macchina su tre turni"
        "|un operaio passa la giornata a spostare scatole da un nastro all'altro"
        "|gli ordini sono sempre più piccoli e variano ogni giorno",
        asks="alleggerire le persone dai lavori ripetitivi"
        "|far girare la macchina anche di notte senza presidio",
        lures="vendita di robot aspirapolvere|giocattoli educativi per bambini",
        need_topics="industria 4.0|personale",
        english=wording(
            topics="collaborative robotics|cobots|flexible automation",
            concepts=(
                "integration of collaborative robots|cobot cells for machine tending",
                "offline robot programming|simulation of robotic cells",
                "automation for small batches|pick and place with adaptive grippers",
            ),
            roles="robotics engineer|automation systems integrator",
            equipment="six-axis cobot cell|grippers with force sensors",
            symptoms="they cannot find anyone willing to load the machine over three shifts"
            "|one worker spends the whole day moving boxes from one conveyor to another"
            "|orders keep getting smaller and change every day",
            asks="take the repetitive jobs off people's hands"
            "|keep the machine running at night with nobody watching it",
            lures="robot vacuum cleaners|educational toys for children",
            need_topics="industry 4.0|staff",
        ),
    ),
    archetype(
        "mechanics",
        affected="25.62 28.29 29.32 32.50 26.70 22.29",
        solvers="71.20 26.51 72.19",
        kinds="expert lab university research_centre firm",
        services="materials_testing certification",
        topics="metrologia|misure dimensionali|scansione 3D",
        concepts=(
            "misure con macchina di misura a coordinate|metrologia dimensionale"
            "|coordinate measuring",
            "scansione 3D e reverse engineering|digitalizzazione ottica di superfici",
            "taratura di strumenti di misura|analisi della capacità di processo",
        ),
        roles="tecnico metrologo|esperto di controllo qualità",
        equipment="macchina di misura a coordinate|scanner 3D a luce strutturata",
        symptoms="il cliente e loro misurano lo stesso pezzo e ottengono quote diverse"
        "|devono rifare un componente di cui nessuno ha più il disegno"
        "|gli strumenti del reparto non vengono controllati da anni",
        asks="avere misure di cui fidarsi quando il cliente contesta"
        "|ricostruire il disegno di un pezzo partendo dall'originale",
        lures="negozio di righelli e articoli da disegno|sartoria su misura",
        need_topics="qualità|misure",
        english=wording(
            topics="metrology|dimensional measurement|3D scanning",
            concepts=(
                "coordinate measuring machine inspection|dimensional metrology",
                "3D scanning and reverse engineering|optical digitising of surfaces",
                "calibration of measuring instruments|process capability studies",
            ),
            roles="metrology technician|quality control specialist",
            equipment="coordinate measuring machine|structured light 3D scanner",
            symptoms="they and their customer measure the same part and get different dimensions"
            "|they have to remake a component nobody has the drawing for any more"
            "|the gauges on the shop floor have not been checked in years",
            asks="have measurements they can trust when the customer disputes them"
            "|rebuild the drawing of a part starting from the original",
            lures="shop selling rulers and drawing supplies|bespoke tailoring",
            need_topics="quality|measurement",
        ),
    ),
    archetype(
        "mechanics",
        affected="28.29 28.41 29.32 31.09 25.11",
        solvers="71.12 72.19 74.10",
        kinds="expert university research_centre startup firm",
        services="design research_development",
        topics="ottimizzazione topologica|alleggerimento strutturale|lightweight design",
        concepts=(
            "ottimizzazione topologica dei componenti|progettazione generativa"
            "|topology optimization",
            "sostituzione del metallo con compositi|strutture in fibra di carbonio",
            "progettazione meccanica con analisi FEM|verifiche strutturali",
        ),
        roles="progettista meccanico|ingegnere strutturista",
        equipment="",
        symptoms="il telaio pesa troppo e il cliente lo deve movimentare a mano"
        "|il costo del materiale è diventato metà del prezzo di vendita"
        "|la concorrenza propone la stessa macchina con metà del peso",
        asks="togliere chili al prodotto senza che diventi fragile"
        "|spendere meno acciaio per ogni pezzo",
        lures="palestra con corsi per perdere peso|vendita di biciclette da corsa",
        need_topics="innovazione di prodotto|progettazione",
        english=wording(
            topics="topology optimisation|structural lightweighting|lightweight design",
            concepts=(
                "topology optimisation of components|generative design",
                "replacing metal with composites|carbon fibre structures",
                "mechanical design backed by FEM analysis|structural verification",
            ),
            roles="mechanical designer|structural engineer",
            symptoms="the frame is too heavy and the customer has to move it by hand"
            "|material now makes up half of the selling price"
            "|a competitor offers the same machine at half the weight",
            asks="take kilos off the product without making it fragile"
            "|use less steel for every part",
            lures="gym with weight-loss classes|racing bicycles for sale",
            need_topics="product innovation|engineering design",
        ),
    ),
)

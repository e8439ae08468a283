"""Problems of energy, environment and the land: heat, power, waste, water, footprint."""

from services.demo.archetype import Archetype, archetype

GREEN: tuple[Archetype, ...] = (
    archetype(
        "energy",
        affected="25.61 24.53 10.71 22.29 23.41 25.62",
        solvers="71.12 72.19 35.30 43.22",
        kinds="expert university research_centre startup firm",
        services="energy_sustainability research_development",
        topics="efficienza dei forni industriali|recupero termico|heat recovery",
        concepts=(
            "recupero di calore dai fumi di combustione|scambiatori per cascami termici"
            "|waste heat recovery",
            "ottimizzazione della combustione nei forni|bruciatori rigenerativi",
            "coibentazione e modellazione termica dei forni|simulazione CFD",
        ),
        roles="ingegnere energetico|termotecnico",
        equipment="analizzatore dei gas di combustione|termocamera ad alta temperatura",
        symptoms="la bolletta del gas dei forni è triplicata in due anni"
        "|dal camino esce aria caldissima che va sprecata"
        "|il reparto di cottura d'estate è un inferno",
        asks="spendere meno metano per cuocere o scaldare i pezzi"
        "|riutilizzare il caldo che oggi buttano fuori",
        lures="vendita di stufe a pellet per la casa|pizzeria con forno a legna",
        need_topics="energia|costi",
    ),
    archetype(
        "energy",
        affected="25.62 22.29 10.51 01.41 55.10 52.10 31.09",
        solvers="43.21 35.11 71.12 72.19",
        kinds="expert university startup firm",
        services="energy_sustainability funding_advice",
        topics="fotovoltaico con accumulo|comunità energetiche rinnovabili|autoconsumo",
        concepts=(
            "progettazione di impianti fotovoltaici con accumulo|sistemi di storage"
            "|solar plus storage",
            "costituzione di comunità energetiche rinnovabili|configurazioni di autoconsumo",
            "dimensionamento su curve di carico|studi di fattibilità energetica",
        ),
        roles="progettista di impianti fotovoltaici|esperto di comunità energetiche",
        equipment="",
        symptoms="il tetto del capannone è enorme e non produce niente"
        "|di giorno consumano tanta corrente quando costa di più"
        "|la stalla consuma moltissimo per mungitura e refrigerazione del latte",
        asks="produrre in casa una parte della corrente che usano"
        "|condividere l'energia con i vicini della zona artigianale",
        lures="vendita di lampadine e pile|elettricista per piccole riparazioni domestiche",
        need_topics="energia|sostenibilità",
    ),
    archetype(
        "energy",
        affected="22.29 25.62 13.30 10.51 52.10 87.30 55.10",
        solvers="71.12 70.22 35.14 26.51",
        kinds="expert university research_centre startup firm",
        services="energy_sustainability certification",
        topics="diagnosi energetica|monitoraggio dei consumi|ISO 50001",
        concepts=(
            "diagnosi energetiche secondo UNI CEI EN 16247|audit energetico|energy audit",
            "sistemi di monitoraggio dei consumi per reparto|contatori intelligenti",
            "sistemi di gestione dell'energia ISO 50001|perdite di aria compressa",
        ),
        roles="esperto in gestione dell'energia certificato EGE|energy manager",
        equipment="analizzatore di rete trifase|rilevatore a ultrasuoni per perdite",
        symptoms="non sanno quale reparto consumi di più"
        "|i compressori restano accesi anche nel fine settimana"
        "|il fornitore di luce e gas manda fatture che nessuno capisce",
        asks="vedere dove se ne va la corrente, macchina per macchina"
        "|tagliare gli sprechi senza cambiare tutti gli impianti",
        lures="vendita di contatori per l'acqua di casa|amministrazione di condomini",
        need_topics="energia|costi",
    ),
    archetype(
        "sustainability",
        affected="22.29 13.20 14.13 10.51 31.09 25.62 49.41 11.02",
        solvers="70.22 72.19 71.12 74.90",
        kinds="expert university research_centre startup firm",
        services="energy_sustainability certification",
        topics="impronta di carbonio|LCA|rendicontazione ESG",
        concepts=(
            "calcolo della carbon footprint di prodotto ISO 14067|analisi del ciclo di vita"
            "|life cycle assessment",
            "bilanci di sostenibilità secondo gli standard ESRS|rendicontazione ESG",
            "dichiarazioni ambientali di prodotto EPD|piani di decarbonizzazione",
        ),
        roles="consulente di sostenibilità|analista LCA",
        equipment="",
        symptoms="i clienti grandi mandano questionari ambientali lunghissimi"
        "|la banca chiede dati ambientali per rinnovare il fido"
        "|un committente tedesco vuole sapere quanta CO2 c'è in ogni pezzo",
        asks="rispondere ai clienti con numeri seri sull'ambiente"
        "|capire quanto inquina davvero quello che producono",
        lures="vivaio e vendita di piante da giardino|pulizia di camini",
        need_topics="sostenibilità|clienti",
    ),
    archetype(
        "sustainability",
        affected="10.51 10.71 11.02 22.29 16.23 31.09 13.20",
        solvers="72.19 38.32 70.22",
        kinds="expert university research_centre startup",
        services="energy_sustainability research_development",
        topics="economia circolare|sottoprodotti|simbiosi industriale",
        concepts=(
            "valorizzazione dei sottoprodotti industriali|simbiosi industriale"
            "|industrial symbiosis",
            "recupero del siero di latte per usi alimentari|estrazione di composti bioattivi",
            "gestione dei sottoprodotti ai sensi del Testo unico ambientale|end of waste",
        ),
        roles="esperto di economia circolare|biotecnologa",
        equipment="impianto pilota di ultrafiltrazione|estrattore a fluidi supercritici",
        symptoms="pagano sempre di più per smaltire quello che avanza dalla lavorazione"
        "|il siero del caseificio finisce nei liquami"
        "|trucioli e ritagli riempiono un cassone alla settimana",
        asks="trasformare quello che avanza in qualcosa che si può vendere"
        "|trovare un'azienda a cui servano i loro avanzi",
        lures="raccolta di abiti usati|sgombero di cantine e solai",
        need_topics="sostenibilità|rifiuti",
    ),
    archetype(
        "sustainability",
        affected="25.61 13.30 10.51 11.02 22.29 10.13",
        solvers="71.12 72.19 37.00 71.20",
        kinds="expert lab university research_centre firm",
        services="energy_sustainability materials_testing",
        topics="depurazione delle acque reflue|trattamento acque industriali|wastewater",
        concepts=(
            "progettazione di depuratori per acque reflue industriali|impianti chimico-fisici"
            "|wastewater treatment",
            "analisi chimiche delle acque di scarico|caratterizzazione dei fanghi",
            "ricircolo e riuso dell'acqua di processo|membrane e osmosi inversa",
        ),
        roles="ingegnere ambientale|chimico ambientale",
        equipment="spettrofotometro UV-Vis|analizzatore TOC|impianto pilota a membrana",
        symptoms="l'ARPA ha trovato valori fuori limite allo scarico"
        "|i bagni di lavaggio vanno cambiati spesso e costano un patrimonio"
        "|l'autorizzazione allo scarico scade l'anno prossimo",
        asks="rimettere in regola quello che va in fognatura|consumare meno acqua di pozzo",
        lures="vendita di piscine gonfiabili|idraulico per caldaie domestiche",
        need_topics="ambiente|normative",
    ),
    archetype(
        "agrifood",
        affected="10.51 10.13 11.02 01.41 01.13 10.71",
        solvers="62.01 72.19 63.11",
        kinds="expert university research_centre startup firm",
        services="digital_transformation certification",
        topics="tracciabilità di filiera|blockchain agroalimentare|QR code in etichetta",
        concepts=(
            "tracciabilità di filiera con blockchain|registri distribuiti per l'agroalimentare"
            "|food supply chain traceability",
            "etichette intelligenti con QR code|passaporto digitale del prodotto",
            "integrazione dei dati di filiera dal campo allo scaffale",
        ),
        roles="esperto di filiere agroalimentari digitali|sviluppatore blockchain",
        equipment="",
        symptoms="nei negozi vendono formaggi che si spacciano per i loro"
        "|i clienti esteri vogliono sapere da quale stalla viene il latte"
        "|quando c'è un richiamo devono ricostruire i lotti a mano",
        asks="far vedere al consumatore tutta la storia del prodotto"
        "|difendere l'origine bergamasca dalle imitazioni",
        lures="stampa di etichette per bottiglie di vino|vendita di bilance per negozi",
        need_topics="agroalimentare|qualità",
    ),
    archetype(
        "agrifood",
        affected="10.71 10.51 10.13 11.02 47.24 56.10",
        solvers="72.19 71.20 75.00",
        kinds="expert lab university research_centre",
        services="materials_testing research_development",
        topics="shelf life|conservazione degli alimenti|microbiologia alimentare",
        concepts=(
            "studi di shelf life accelerata|challenge test microbiologici|shelf life studies",
            "atmosfera protettiva e confezionamento sottovuoto|conservanti naturali",
            "analisi microbiologiche e chimiche degli alimenti|HACCP",
        ),
        roles="tecnologa alimentare|microbiologo degli alimenti",
        equipment="incubatori termostatati|analizzatore di attività dell'acqua",
        symptoms="i biscotti dopo tre settimane diventano mollicci"
        "|la pasta fresca fa la muffa prima della data in etichetta"
        "|la catena di supermercati vuole una scadenza più lunga",
        asks="far durare di più il prodotto sullo scaffale senza additivi strani"
        "|sapere con certezza che data mettere sulla confezione",
        lures="negozio di surgelati|vendita di frigoriferi per la casa",
        need_topics="agroalimentare|qualità",
    ),
    archetype(
        "agrifood",
        affected="01.41 01.13 01.21 11.02",
        solvers="72.19 62.01 01.61 71.12",
        kinds="expert university research_centre startup firm",
        services="digital_transformation research_development",
        topics="agricoltura di precisione|agritech|sensori in campo",
        concepts=(
            "agricoltura di precisione con droni e immagini satellitari|mappe di prescrizione"
            "|precision farming",
            "sensori di umidità del suolo|irrigazione a rateo variabile|smart irrigation",
            "zootecnia di precisione|collari e boli per il monitoraggio delle bovine",
        ),
        roles="agronomo|ingegnere agrario",
        equipment="drone con camera multispettrale|stazione meteo da campo",
        symptoms="l'estate scorsa la siccità ha bruciato metà del mais"
        "|concimano tutto il campo allo stesso modo anche dove non serve"
        "|si accorgono tardi quando una vacca sta male",
        asks="dare acqua e concime solo dove serve davvero"
        "|tenere d'occhio gli animali senza stare in stalla giorno e notte",
        lures="vendita di trattori d'epoca|agriturismo con fattoria didattica",
        need_topics="agricoltura|innovazione",
    ),
)

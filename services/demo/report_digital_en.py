"""Report words, in English, for the problems of data and markets (archetypes 14-25)."""

from services.demo.report_bank import ReportWords, report

DIGITAL_EN: tuple[ReportWords, ...] = (
    report(
        "Protecting the shop-floor computers|Splitting the factory network from the office",
        "fear that a virus coming in by email could stop the production machines"
        "|an intrusion into the operator panel of an internet-connected line",
        "listed every connected device on the floor and split the networks with industrial"
        " firewalls|simulated an attack on the controllers and closed needless remote access",
    ),
    report(
        "Defending against scams and viruses|Safe copies of company data",
        "a payment sent to a fraudster after a forged email"
        "|customer files encrypted by a virus and never recovered",
        "set up automatic copies that cannot be altered and tested a full restore"
        "|trained the staff to recognise deceptive messages",
    ),
    report(
        "Quality control with cameras|Automatic defect inspection",
        "parts checked by eye at the end of the line, slowly and with mistakes"
        "|cosmetic defects that slipped through and were reported by the customer",
        "installed cameras and purpose-built lighting on the line"
        "|trained a neural network on thousands of images of good and rejected parts",
    ),
    report(
        "Dealers ordering on the web|A portal for trade customers",
        "dealer orders still arriving by phone and fax"
        "|customers asking to see stock and prices at any hour",
        "put a private catalogue online with per-customer price lists"
        "|linked the portal to the management software for stock and orders",
    ),
    report(
        "Getting known online|Online communication for a local business",
        "fewer customers in the shop and little awareness among young people"
        "|an old website nobody found when searching for the product",
        "planned a publishing calendar and shot short product videos"
        "|improved the site's visibility in searches and tracked the visits",
    ),
    report(
        "Less paper in the office|One system for orders and invoices",
        "orders copied by hand several times between office, warehouse and accounts"
        "|a different spreadsheet in every department, never adding up",
        "chose and configured management software for small firms and migrated the data"
        "|digitised incoming documents and automated the approvals",
    ),
    report(
        "Live production data|Machines connected to the management system",
        "nobody knowing how long the presses actually stood still"
        "|job sheets filled in by pen and read days later",
        "networked the machines and collected cycle times and stoppages"
        "|built a shop-floor dashboard that updates continuously",
    ),
    report(
        "An automatic assistant for recurring questions|Company documents and language",
        "hours the front office spent repeating the same information to customers"
        "|long technical manuals that nobody read",
        "built an assistant that answers by looking up the internal documents"
        "|chose a suitable language model and checked the quality of its answers",
    ),
    report(
        "Protecting an invention and a name|Defending a copied product",
        "a competitor selling a copy of the tool at a lower price"
        "|a foreign company using the firm's name",
        "checked whether the idea was new against what had already been filed"
        "|drafted and filed the application in Italy and in Europe",
    ),
    report(
        "First steps in foreign markets|Selling outside Italy",
        "an enquiry from a foreign distributor and no idea how to answer it"
        "|a catalogue written only in Italian",
        "picked the most promising countries and looked for reliable importers"
        "|translated the catalogue and drew up the distribution contracts",
    ),
    report(
        "Grants for an investment|Access to public funding",
        "calls for funding always discovered after their deadline"
        "|a grant lost over mistakes in the expense report",
        "found the right calls and wrote the grant application"
        "|followed the expense reporting until the money was paid",
    ),
    report(
        "Reorganising the production floor|Shorter set-up times",
        "half days lost at every production changeover|late deliveries despite overtime",
        "filmed the changeovers and halved the set-up times"
        "|reorganised the workstations and marked the material flows on the floor",
    ),
)

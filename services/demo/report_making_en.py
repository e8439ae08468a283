"""Report words, in English, for the problems of materials and mechanics (archetypes 0-13)."""

from services.demo.report_bank import ReportWords, report

MAKING_EN: tuple[ReportWords, ...] = (
    report(
        "Early failure of engineering plastic parts|Service life of moulded brackets",
        "customer claims about plastic brackets snapping after a few months in use"
        "|returned handles cracked next to their metal inserts",
        "loaded specimens cut from real parts over millions of cycles and examined the"
        " broken surfaces|traced the weak spot to the mould's weld lines and moved the gate",
    ),
    report(
        "Keeping steel parts free of rust|Coatings that last outdoors",
        "complaints about rusty zinc-plated parts after shipping by sea"
        "|paint peeling off frames that stand outdoors",
        "exposed samples of several finishing cycles in a climate chamber and measured what"
        " was left|cut open the corroded parts and worked out what had attacked them",
    ),
    report(
        "Sound welds in load-bearing frames|Checking joints without breaking them",
        "cracks that a customer found in frame welds after acceptance"
        "|porous joints discovered only at assembly",
        "scanned the joints with ultrasonic probes and mapped every flaw"
        "|requalified the welding procedure and set up sample checks on outgoing batches",
    ),
    report(
        "Compostable packs for retail|Packaging without fossil plastic",
        "a supermarket chain's demand to drop conventional plastic trays"
        "|an overseas buyer asking for packs that go into food waste",
        "trialled plant-based films and trays on the packing line"
        "|redesigned the pack around a single material that recycles easily",
    ),
    report(
        "Recycled plastic in the product|Stable batches of regrind",
        "regrind that behaved differently from one bag to the next"
        "|a customer asking for proof of how much recycled plastic the product holds",
        "measured flow and contamination of every delivery and set acceptance limits"
        "|developed an additive blend that evens out the recovered material",
    ),
    report(
        "Seals that stay tight|A new rubber recipe for technical parts",
        "seals leaking after a few months in the cold|rubber rings hardening and splitting",
        "reformulated the recipe and aged several versions in an oven"
        "|shortened the press cycle by studying how the rubber cures",
    ),
    report(
        "Packaging that touches food|Paperwork for a food customer",
        "a food customer asking for packaging declarations the firm did not have"
        "|a blocked delivery of trays for lack of evidence on what they release",
        "measured what passes from the packs into food simulants"
        "|wrote the declarations of compliance and the supporting file",
    ),
    report(
        "Prototypes without a mould|Short runs built layer by layer",
        "months of waiting for tooling before a new part could be tried"
        "|tooling too costly for spare parts ordered a handful at a time",
        "built working prototypes from metal powder within days"
        "|redesigned the part for layer-wise building and cut the number of pieces",
    ),
    report(
        "Safety paperwork for a custom line|Bringing machines into compliance",
        "a buyer refusing to take a custom plant without its safety papers"
        "|an inspector's notice about a press modified in house",
        "assessed the hazards of the line and compiled the technical documentation"
        "|checked guards and stop circuits and listed the changes to make",
    ),
    report(
        "Noise and vibration of a machine|Surface finish spoiled by chatter",
        "wavy marks on machined surfaces and a whistling spindle"
        "|repeated bearing failures on a large fan",
        "measured the structure's natural frequencies with accelerometers and found the"
        " resonance|balanced the rotating parts and added damping mounts",
    ),
    report(
        "Unplanned stoppages|Sensors that warn before a breakdown",
        "sudden machine stoppages and long waits for the maker's service"
        "|parts replaced by the calendar while still in good shape",
        "fitted sensors to the most critical motors and collected months of signals"
        "|trained a model that flags wear days before a failure",
    ),
    report(
        "A robot next to the operator|Machine tending for small batches",
        "no staff willing to load the machines on the night shift"
        "|batches changing every day, too often for a fenced robot cell",
        "installed a robot arm that works next to people without fences"
        "|set up batch changes from a tablet in a few minutes",
    ),
    report(
        "Measurements that disagree with the customer's|Dimensional checks on parts",
        "dimensions found out of tolerance only by the customer"
        "|no drawing left for a spare part out of production",
        "checked the shop's gauges against reference standards and recalibrated them"
        "|rebuilt the spare part's model from the worn original",
    ),
    report(
        "A lighter frame|Redesigning an overweight structure",
        "a frame too heavy for the customer's staff to move"
        "|material costs of an oversized structure",
        "computed the real stresses and removed material where it did no work"
        "|proposed a composite version and checked its stiffness",
    ),
)

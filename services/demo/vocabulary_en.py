"""English word banks: the filler around archetype phrases for the profiles and needs that are
written in English (international labs and experts, a research centre, foreign-owned firms).

Like the Italian banks, partner fillers and need phrasings share nothing.
"""

PARTNER_OPENERS = (
    "Supporting manufacturers across northern Italy for more than {years} years.",
    "Working with small and mid-sized firms in Lombardy since {since}.",
    "A team of {team} engineers, technicians and researchers.",
    "We help manufacturing and service companies run innovation projects.",
)
PARTNER_CLOSERS = (
    "Happy to visit your site; the first meeting is free of charge.",
    "Active partnerships with universities and research centres in the region.",
    "Quotes on request, small batches welcome.",
    "Projects followed from the initial assessment to measured results.",
    "",
)
PARTNER_LEADS = ("Works on", "Core skills:", "Offers", "Long experience in")
LURE_LEADS = ("Among our side activities:", "In the past also:", "Other activities:")
AND = "and"  # before the last item of a list
EXPERIENCE = "{role} with {years} years of experience."
DOMAIN_WORDS = {
    "materials": "Materials",
    "mechanics": "Mechanics and Measurement",
    "energy": "Energy",
    "sustainability": "Environment",
    "digital": "Digital Systems",
    "agrifood": "Food",
    "textile": "Textiles",
    "construction": "Construction",
    "social": "Assistive Technology",
    "logistics": "Logistics",
    "market": "Business",
    "design": "Design",
}

NEED_OPENERS = (
    "Forwarding a request that came in at the {office} desk, written in English.",
    "Last week I met the plant manager of {firm}, part of a foreign group.",
    "A request from one of our members, {firm}, whose management is based abroad.",
    "A case that came up during an innovation check-up with a foreign-owned firm.",
)
NEED_FIRM_INTROS = (
    "They are a subsidiary in {comune} with {staff}.",
    "The plant in {comune} has {staff} and reports to a parent company abroad.",
    "It is the Italian branch of an international group, {staff}, based in {comune}.",
)
SOLE_OWNER = "just one person on site"
STAFF = "{count} employees"
NEED_SYMPTOM_LEADS = (
    "For some time now",
    "The plant manager tells me that",
    "The problem is that",
    "They explain that",
)
NEED_ASK_LEADS = (
    "They would like to",
    "They are looking for someone to help them",
    "The idea would be to",
    "What they need is to",
)
NEED_FUNDING_LEADS = (
    "They plan to use the {fund}.",
    "It might qualify for the {fund}; we are looking into it.",
)
FUNDS = (
    "Bergamo Chamber of Commerce digitalisation voucher",
    "Lombardy Region innovation call",
    "Chamber of Commerce innovation voucher",
    "Transition 5.0 tax credit",
    "national Brevetti+ patent grant",
)
NEED_URGENCY = {
    "low": (
        "No hurry, but they would like to start within the year.",
        "For now it is exploratory.",
    ),
    "medium": (
        "They would like a first contact within a couple of months.",
        "Normal timing, but they are keen.",
    ),
    "high": (
        "They are in a hurry: the customer expects an answer by the end of the month.",
        "It is urgent, orders are on hold.",
    ),
}
NEED_BUDGET = {
    "unknown": "They have not committed to a budget.",
    "under_5k": "They can spend little, a few thousand euros.",
    "5k_20k": "They are thinking of five to twenty thousand euros.",
    "20k_50k": "They are willing to invest up to fifty thousand euros.",
    "over_50k": "They have a major investment planned, over fifty thousand euros.",
}

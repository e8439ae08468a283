"""Who writes in which language: the generic filler of partners and of officers, per language.

The archetypes carry the problem's own words (`Archetype.words`); a voice carries the
phrases around them, so a text is Italian or English from its first word to its last.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from services.demo import vocabulary as it
from services.demo import vocabulary_en as en

ITALIAN, ENGLISH = "it", "en"


@dataclass(frozen=True)
class PartnerVoice:
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    leads: tuple[str, ...]
    lure_leads: tuple[str, ...]
    experience: str  # an expert's bio: "{role} ... {years} ..."
    domain_words: Mapping[str, str]  # a lab's field, as its name says it
    conjunction: str  # the last "and" of a list


@dataclass(frozen=True)
class NeedVoice:
    openers: tuple[str, ...]
    firm_intros: tuple[str, ...]
    sole_owner: str
    staff: str
    symptom_leads: tuple[str, ...]
    ask_leads: tuple[str, ...]
    funding_leads: tuple[str, ...]
    funds: tuple[str, ...]
    urgency: Mapping[str, tuple[str, ...]]
    budget: Mapping[str, str]


_BANKS = ((ITALIAN, it), (ENGLISH, en))

PARTNER_VOICES = {
    language: PartnerVoice(
        bank.PARTNER_OPENERS,
        bank.PARTNER_CLOSERS,
        bank.PARTNER_LEADS,
        bank.LURE_LEADS,
        bank.EXPERIENCE,
        bank.DOMAIN_WORDS,
        bank.AND,
    )
    for language, bank in _BANKS
}

NEED_VOICES = {
    language: NeedVoice(
        bank.NEED_OPENERS,
        bank.NEED_FIRM_INTROS,
        bank.SOLE_OWNER,
        bank.STAFF,
        bank.NEED_SYMPTOM_LEADS,
        bank.NEED_ASK_LEADS,
        bank.NEED_FUNDING_LEADS,
        bank.FUNDS,
        bank.NEED_URGENCY,
        bank.NEED_BUDGET,
    )
    for language, bank in _BANKS
}

"""Every archetype's report words, by archetype number and language (see `report_bank`)."""

from services.demo.report_bank import ReportWords
from services.demo.report_digital import DIGITAL
from services.demo.report_digital_en import DIGITAL_EN
from services.demo.report_green import GREEN
from services.demo.report_living import LIVING
from services.demo.report_making import MAKING
from services.demo.report_making_en import MAKING_EN
from services.demo.voice import ENGLISH, ITALIAN

_BANKS: dict[str, tuple[ReportWords, ...]] = {
    ITALIAN: (*MAKING, *DIGITAL, *GREEN, *LIVING),
    ENGLISH: (*MAKING_EN, *DIGITAL_EN),  # the archetypes worded in English come first
}


def report_words(number: int, language: str) -> ReportWords | None:
    """How a report in `language` tells archetype `number`, if it can."""
    bank = _BANKS.get(language, ())
    return bank[number] if number < len(bank) else None


def counts() -> dict[str, int]:
    return {language: len(bank) for language, bank in _BANKS.items()}

"""Page and error text in the user's language: one gettext catalogue per language.

Messages are written in English in the code (`_("...")` style msgids, `%(name)s`
placeholders); `locales/<language>.po` holds their translations, read once with Babel (no
compile step). English is the source language, so its catalogue only lists the msgids; a
message missing from a catalogue reads as its English msgid.
"""

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from babel.messages.pofile import read_po

LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"  # the hub's officers are Italian


class Catalogue:
    def __init__(self, language: str, messages: Mapping[str, str]) -> None:
        self.language = language
        self._messages = dict(messages)

    def gettext(self, message: str, **values: Any) -> str:
        text = self._messages.get(message) or message
        return text % values if values else text

    __call__ = gettext

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        return self.gettext(singular if n == 1 else plural, n=n, **values)


@cache
def catalogue(language: str) -> Catalogue:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    source = files("services.web").joinpath("locales", f"{language}.po")
    with source.open("rb") as po:
        entries = read_po(po, locale=language)
    return Catalogue(
        language,
        {m.id: m.string for m in entries if isinstance(m.id, str) and isinstance(m.string, str)},
    )


def negotiate(accept_language: str | None) -> str:
    """The first of our languages the browser asks for (RFC 9110 weights), else Italian."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    wanted = []
    for position, item in enumerate(accept_language.split(",")):
        tag, _, params = item.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if weight > 0:  # q=0 is "not this one"
            wanted.append((-weight, position, tag.strip().lower().split("-")[0]))
    for _, _, language in sorted(wanted):
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE

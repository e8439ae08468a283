"""The catalogues: every message the web code writes has its Italian text, and the
languages are chosen the way browsers and accounts ask."""

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from schemas.events import FORMATS
from services.matcher.ranking import names
from services.web import i18n
from services.web.pages import labels
from services.web.problems import MESSAGES

WEB = Path(i18n.__file__).parent


def _catalogue(language: str) -> dict[str, str]:
    with (WEB / "locales" / f"{language}.po").open("rb") as po:
        return {m.id: str(m.string) for m in read_po(po) if m.id and isinstance(m.id, str)}


# Calls whose argument at this position is a msgid.
MSGID_AT = {"tr": 0, "gettext": 0, "RefusedError": 0, "FieldRefusedError": 1, "refused_field": 1}


def _written_messages() -> set[str]:
    """The literal msgids that code under services/web hands to the catalogues."""
    found = set()
    for source in WEB.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            at = MSGID_AT.get(name or "")
            if at is None or len(node.args) <= at:
                continue
            argument = node.args[at]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
    return found


# `_("...")` in a template (single or double quotes), with or without arguments.
TEMPLATE_MSGID = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def _template_messages() -> set[str]:
    found = set()
    for template in (WEB / "templates").glob("*.html"):
        for double, single in TEMPLATE_MSGID.findall(template.read_text()):
            found.add(double or single)
    return found


def _label_messages() -> set[str]:
    return {text for table in labels.TABLES.values() for text in table.values()}


def test_every_message_has_its_italian_text_with_the_same_placeholders() -> None:
    italian = _catalogue("it")
    wanted = (
        _written_messages()
        | _template_messages()
        | _label_messages()
        | set(MESSAGES.values())
        | set(FORMATS.values())
    )
    assert len(wanted) > 40
    missing = sorted(m for m in wanted if not italian.get(m))
    assert missing == []
    for message in wanted:
        placeholders = set(re.findall(r"%\(\w+\)s", message))
        assert placeholders == set(re.findall(r"%\(\w+\)s", italian[message])), message


def test_a_service_reads_the_same_on_pages_and_in_explanations() -> None:
    """Explanations name services without the web layer (`ranking.names`); the pages name
    them through the catalogue: the two must not drift apart."""
    italian = _catalogue("it")
    assert set(labels.SERVICES) == set(names.SERVICES)
    for service, (in_italian, in_english) in names.SERVICES.items():
        assert labels.SERVICES[service] == in_english
        assert italian[in_english] == in_italian, service


def test_the_english_catalogue_lists_the_same_messages() -> None:
    assert set(_catalogue("en")) == set(_catalogue("it"))


def test_a_message_reads_in_the_language_asked_with_its_values() -> None:
    assert i18n.catalogue("it")("no need %(id)s", id="need:1") == "nessun bisogno need:1"
    assert i18n.catalogue("en")("no need %(id)s", id="need:1") == "no need need:1"
    assert i18n.catalogue("fr")("Not found") == "Non trovato"  # unknown: the hub's Italian


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "it"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,de;q=0.9,en;q=0.8,it;q=0.7", "en"),
        ("fr-CH, it;q=0.9, en;q=0.8", "it"),
        ("en;q=0, it;q=0.5", "it"),
        ("en;q=bad", "it"),
        ("*", "it"),
    ],
)
def test_the_browsers_language_is_the_first_we_have(header: str | None, language: str) -> None:
    assert i18n.negotiate(header) == language

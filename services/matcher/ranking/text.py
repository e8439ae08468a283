"""Tokens for lexical matching and topic overlap, tuned for Italian with English alongside.

Officers and experts write "stampaggio", "stampaggi" or "stampa" for the same craft, and
profiles mix Italian and English; a light suffix-stripping stemmer makes those meet without
pulling in a language library. It is deliberately conservative: a missed conflation costs
a little recall, a wrong one surfaces an unrelated partner.
"""

import re
import unicodedata
from collections.abc import Collection, Mapping

_ITALIAN_STOPWORDS = """
a ad al allo alla ai agli alle all anche ancora avere abbiamo avete hanno ha ho hai aveva
c che chi ci cio come con col coi cosi cui da dal dallo dalla dai dagli dalle dall
del dello della dei degli delle dell di dove e ed era erano essere essa esso fa fare fra
gli gia i il in io la le lei li lo loro lui ma mi mia mie miei mio molto ne nei negli nel
nella nelle nello nell noi non nostra nostre nostri nostro o ogni oppure per perche piu poi
puo qua quale quali quando quanto quella quelle quelli quello questa queste questi questo qui
se sei si sia siamo siete sono sta stato su sua sue sui sul sullo sulla sulle sull suo suoi
tra tu tua tue tuo tuoi tutta tutte tutti tutto un una uno vi voi vostra vostro
"""

_ENGLISH_STOPWORDS = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my no nor not of off on once only or other our ours out over own same she
should so some such than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why
will with would you your yours
"""

STOPWORDS = frozenset((_ITALIAN_STOPWORDS + _ENGLISH_STOPWORDS).split())
"""Function words of both languages, accents already stripped, matched before stemming."""

_ONLY_ITALIAN = frozenset(_ITALIAN_STOPWORDS.split()) - frozenset(_ENGLISH_STOPWORDS.split())
_ONLY_ENGLISH = frozenset(_ENGLISH_STOPWORDS.split()) - frozenset(_ITALIAN_STOPWORDS.split())

_SUFFIXES = (
    # Longest first, so "azioni" wins over "i". Italian derivations, then English inflections.
    "amenti",
    "amento",
    "imenti",
    "imento",
    "azioni",
    "azione",
    "ations",
    "ation",
    "aggio",
    "mente",
    "aggi",
    "ings",
    "ies",
    "ing",
    "ita",
    "es",
    "s",
)
_VOWELS = frozenset("aeiouy")
_MIN_STEM = 3
_MIN_TOKEN = 2
_LETTERS = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    """Lowercase and drop accents, so "Attività" and "attivita" are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word: str) -> str:
    """Strip one known suffix, then a final vowel ("io" whole), then the "h" of "-che"/"-ghe".

    "stampaggio", "stampaggi", "stampa" -> "stamp"; "plastiche", "plastica" -> "plastic";
    "laboratorio", "laboratori" -> "laborator".
    Stems never drop below three letters, which protects short words from collapsing.
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            if suffix == "s" and word.endswith("ss"):
                break
            word = word[: -len(suffix)]
            break
    if word.endswith("io") and len(word) - 2 >= _MIN_STEM:
        word = word[:-1]  # "acciaio" and "acciai" both lose the "i" below
    if word[-1:] in _VOWELS and len(word) > _MIN_STEM:
        word = word[:-1]
    if word.endswith(("ch", "gh")) and len(word) > _MIN_STEM:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Folded words, split on anything that is not a letter, stopwords and letters dropped."""
    return [
        word
        for word in _LETTERS.findall(fold(text))
        if len(word) >= _MIN_TOKEN and word not in STOPWORDS
    ]


def as_written(text: str) -> dict[str, str]:
    """Each content stem of the text with the first word that made it, as written (lowercase),
    in text order: what an explanation quotes. Read once per need."""
    found: dict[str, str] = {}
    for match in _LETTERS.finditer(text):
        folded = fold(match.group())
        if len(folded) >= _MIN_TOKEN and folded not in STOPWORDS:
            found.setdefault(stem(folded), match.group().lower())
    return found


def shared_words(written: Mapping[str, str], stems: Collection[str], limit: int) -> tuple[str, ...]:
    """Up to `limit` of a text's words (`as_written`) whose stems are among `stems`, in the
    text's order, one per stem."""
    return tuple(word for root, word in written.items() if root in stems)[:limit]


def detect_language(text: str) -> str:
    """English ("en") when a text holds more English function words than Italian ones.

    For texts that come without a declared language (an evaluation dataset's rows): function
    words ("the", "with"; "della", "per") are what even a short technical text cannot avoid,
    and only the words of one language count ("a", "in" and "i" are both). A tie, an empty
    text or a third language reads as Italian, the hub's language.
    """
    found = _LETTERS.findall(fold(text))
    english = sum(1 for word in found if word in _ONLY_ENGLISH)
    italian = sum(1 for word in found if word in _ONLY_ITALIAN)
    return "en" if english > italian else "it"


def tokenize(text: str) -> list[str]:
    """Stemmed content words in text order, repeats kept (BM25 counts them)."""
    return [stem(word) for word in words(text)]


def terms(text: str) -> frozenset[str]:
    """The distinct stems of a text: what a topic or a need is about."""
    return frozenset(tokenize(text))


ANALYSIS = "contamina-stems-1"
"""Names the analysis `tokenize` does. The full-text index holds each profile's stems as
this module made them, with this name beside them; change it whenever `tokenize` changes,
and the ingestion service re-analyses the profiles indexed the old way when it starts."""


def indexed(text: str) -> str:
    """A text as the full-text index holds it: its stems, space-separated, in text order.

    The index splits on spaces and nothing else, so the profile and the need are analysed
    by this module alike, in both languages, exactly as the BM25 baseline analyses them.
    """
    return " ".join(tokenize(text))

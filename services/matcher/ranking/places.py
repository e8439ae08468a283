"""Place names (and the requester's own name) out of a need's text before it is matched.

An officer's note says where the firm is ("a family machine shop in Brignano Gera d'Adda");
profiles say where partners are ("Sede a Brignano Gera d'Adda"). Left in, the town makes
every partner of the same town look close in meaning and in words, and the explanation would
call a garage "semantically close" to a question about environmental data. Where a partner is
counts once, as the territory signal; what the need is about is what gets matched.

The names are the hub's own (the towns its parties are in), matched as written, capitalised,
and whole: lower-case "calcio" (calcium) stays in a text while the town of Calcio goes. The
officer's note also names the firm ("richiesta arrivata da Ghilardi Tornerie Srl"), which would
find its namesakes ("Tornerie Ghilardi Srls"): it goes too.
"""

import re
from collections.abc import Iterable

MIN_NAME = 3


def pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every name, the longest first (Brignano Gera d'Adda before Brignano)."""
    kept = {name.strip() for name in names if len(name.strip()) >= MIN_NAME}
    if not kept:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(kept, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def without_places(text: str, places: re.Pattern[str] | None) -> str:
    """The text with every known place name taken out."""
    if places is None:
        return text
    return _SPACES.sub(" ", places.sub("", text)).strip()


_SPACES = re.compile(r"[ \t]{2,}")

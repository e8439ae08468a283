"""Profiles stored before their stems existed, or under another analysis, made searchable.

The full-text index reads the stems `services.matcher.ranking.text` makes (`terms`), not the text
itself, so a graph written by an older release, or before a change to the analysis, holds
profiles that lexical retrieval cannot find. The ingestion service calls this when it starts,
before it consumes: pages of profiles by id, each re-analysed from its stored text, and a
graph that is already current costs one query.
"""

from neo4j import Driver

from graph import store
from services.matcher.ranking.text import ANALYSIS, indexed

PAGE = 500


def reanalyse(driver: Driver, database: str | None = None, page: int = PAGE) -> int:
    """Re-index every profile whose stems are not `ANALYSIS`'s; the number re-indexed."""
    done, after = 0, ""
    while rows := store.stale_terms(driver, ANALYSIS, after, limit=page, database=database):
        store.set_terms(
            driver, [{"id": id_, "terms": indexed(text)} for id_, text in rows], ANALYSIS, database
        )
        done += len(rows)
        after = rows[-1][0]
    return done

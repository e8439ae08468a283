"""Suggestions and officers' feedback in the graph: who was proposed for which need, who was
taken up or turned down. An accepted partner becomes a past collaboration of the firm, so
later needs find a warm path through it."""

from collections.abc import Sequence
from typing import Any

from neo4j import Driver

SUGGESTED = """
UNWIND $rows AS row
MATCH (need:Need {id: row.need_id})
UNWIND row.suggestions AS suggestion
MATCH (partner:Entity {id: suggestion.partner_id})
MERGE (need)-[r:SUGGESTED]->(partner)
SET r.rank = suggestion.rank, r.score = suggestion.score, r.request_id = row.request_id,
    r.explanation = suggestion.explanation
"""

ACCEPTED = """
UNWIND $rows AS row
MATCH (need:Need {id: row.need_id})
MATCH (partner:Entity {id: row.partner_id})
OPTIONAL MATCH (need)-[declined:DECLINED]->(partner)
DELETE declined
MERGE (need)-[accepted:ACCEPTED]->(partner)
SET accepted.note = coalesce(row.note, accepted.note), accepted.at = row.at
WITH need, partner, row
OPTIONAL MATCH (need)-[:FOR_FIRM]->(firm:Entity)
FOREACH (_ IN CASE WHEN firm IS NULL THEN [] ELSE [1] END |
  MERGE (firm)-[c:COLLABORATED_WITH {id: row.collaboration_id}]->(partner)
  SET c.year = row.year, c.project = row.project)
"""

DECLINED = """
UNWIND $rows AS row
MATCH (need:Need {id: row.need_id})
MATCH (partner:Entity {id: row.partner_id})
OPTIONAL MATCH (need)-[accepted:ACCEPTED]->(partner)
DELETE accepted
WITH need, partner, row
OPTIONAL MATCH ()-[c:COLLABORATED_WITH {id: row.collaboration_id}]->(partner)
DELETE c
MERGE (need)-[declined:DECLINED]->(partner)
SET declined.note = coalesce(row.note, declined.note), declined.at = row.at
"""

OUTCOME = """
UNWIND $rows AS row
MATCH (need:Need {id: row.need_id})-[accepted:ACCEPTED]->(partner:Entity {id: row.partner_id})
SET accepted.outcome = row.outcome, accepted.outcome_note = row.note
"""

# Partners already engaged or turned down for this need are not proposed again.
SETTLED = """
MATCH (:Need {id: $need_id})-[:ACCEPTED|DECLINED]->(partner:Entity)
RETURN collect(partner.id) AS ids
"""

NEED = """
MATCH (need:Need {id: $need_id})
RETURN need.text AS text, need.firm_id AS firm_id, need.topics AS topics,
       need.wanted_kinds AS wanted_kinds, need.province AS province
"""

QUERIES = {"accepted": ACCEPTED, "declined": DECLINED, "outcome": OUTCOME}


def record_suggestions(
    driver: Driver, rows: Sequence[dict[str, Any]], database: str | None = None
) -> None:
    if rows:
        driver.execute_query(SUGGESTED, rows=list(rows), database_=database)


def record_feedback(
    driver: Driver, decision: str, rows: Sequence[dict[str, Any]], database: str | None = None
) -> None:
    if rows:
        driver.execute_query(QUERIES[decision], rows=list(rows), database_=database)


def settled(driver: Driver, need_id: str, database: str | None = None) -> frozenset[str]:
    records, _, _ = driver.execute_query(SETTLED, need_id=need_id, database_=database)
    return frozenset(records[0]["ids"]) if records else frozenset()


def need(driver: Driver, need_id: str, database: str | None = None) -> dict[str, Any] | None:
    records, _, _ = driver.execute_query(NEED, need_id=need_id, database_=database)
    return dict(records[0]) if records else None


# Feedback and suggestions that arrive before their need (or feedback before its partner)
# wait as (:PendingFeedback) nodes, keyed by where the event was read, holding its bytes;
# they are applied in the order they were read once what they name is in the graph.
PARK = """
UNWIND $rows AS row
MERGE (p:PendingFeedback {origin: row.origin})
ON CREATE SET p.first_seen = datetime()
SET p.kind = row.kind, p.need_id = row.need_id, p.partner_id = row.partner_id,
    p.seq = row.seq, p.value = row.value
"""

# Ready when what it names is there and nothing read before it for the same need (and
# partner) still waits: a decision never overtakes an earlier one.
READY = """
RETURN EXISTS { MATCH (:Need {id: $need_id}) }
   AND ($partner_id IS NULL OR EXISTS { MATCH (:Entity {id: $partner_id}) })
   AND NOT EXISTS {
     MATCH (p:PendingFeedback {need_id: $need_id})
     WHERE p.kind = $kind AND ($partner_id IS NULL OR p.partner_id = $partner_id)
   } AS ready
"""

RELEASED = """
MATCH (p:PendingFeedback)
WHERE EXISTS { MATCH (:Need {id: p.need_id}) }
  AND (p.partner_id IS NULL OR EXISTS { MATCH (:Entity {id: p.partner_id}) })
RETURN p.origin AS origin, p.kind AS kind, p.value AS value
ORDER BY p.first_seen, p.seq
LIMIT $limit
"""

EXPIRED = """
MATCH (p:PendingFeedback)
WHERE p.first_seen < datetime() - duration({milliseconds: $grace_ms})
RETURN p.origin AS origin, p.kind AS kind, p.value AS value, p.need_id AS need_id,
       p.partner_id AS partner_id
ORDER BY p.first_seen, p.seq
LIMIT $limit
"""

DROP = "UNWIND $origins AS origin MATCH (p:PendingFeedback {origin: origin}) DELETE p"

COUNT_PENDING = "MATCH (p:PendingFeedback) RETURN count(p) AS count"


def ready(
    driver: Driver, kind: str, need_id: str, partner_id: str | None, database: str | None = None
) -> bool:
    records, _, _ = driver.execute_query(
        READY, kind=kind, need_id=need_id, partner_id=partner_id, database_=database
    )
    return bool(records[0]["ready"])


def park(driver: Driver, rows: Sequence[dict[str, Any]], database: str | None = None) -> None:
    """Rows of origin, kind ('feedback' or 'suggestion'), need_id, partner_id, seq, value."""
    if rows:
        driver.execute_query(PARK, rows=list(rows), database_=database)


def released(driver: Driver, limit: int = 1000, database: str | None = None) -> list[Any]:
    """Waiting events whose need and partner are now there, in the order they were read."""
    records, _, _ = driver.execute_query(RELEASED, limit=limit, database_=database)
    return list(records)


def expired(
    driver: Driver, grace_seconds: float, limit: int = 1000, database: str | None = None
) -> list[Any]:
    records, _, _ = driver.execute_query(
        EXPIRED, grace_ms=int(grace_seconds * 1000), limit=limit, database_=database
    )
    return list(records)


def drop(driver: Driver, origins: Sequence[str], database: str | None = None) -> None:
    if origins:
        driver.execute_query(DROP, origins=list(origins), database_=database)


def count_pending(driver: Driver, database: str | None = None) -> int:
    records, _, _ = driver.execute_query(COUNT_PENDING, database_=database)
    return int(records[0]["count"])

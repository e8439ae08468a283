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

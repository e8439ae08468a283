"""Suggestions and officers' feedback in the graph: who was proposed for which need, who was
taken up or turned down. An accepted partner becomes a past collaboration of the firm, so
later needs find a warm path through it."""

from collections.abc import Mapping, Sequence
from typing import Any

from neo4j import Driver

# The need remembers its latest answer (`suggested_request`): the web app shows that one's
# partners, with those decided upon earlier. `detail` is the whole explained suggestion as the
# matcher sent it (JSON: signals' contributions, matched topics, the introduction path).
SUGGESTED = """
UNWIND $rows AS row
MATCH (need:Need {id: row.need_id})
SET need.suggested_request = row.request_id, need.suggested_at = row.at
WITH need, row
UNWIND row.suggestions AS suggestion
MATCH (partner:Entity {id: suggestion.partner_id})
MERGE (need)-[r:SUGGESTED]->(partner)
SET r.rank = suggestion.rank, r.score = suggestion.score, r.request_id = row.request_id,
    r.explanation = suggestion.explanation, r.detail = suggestion.detail
"""

# An accepted partner becomes a past collaboration of the need's firm: when the acceptance is
# recorded if the need is linked to its firm, else when the firm arrives and the need is linked.
COLLABORATION_ID = "'feedback|' + need.id + '|' + partner.id"
WORKED_TOGETHER = f"""
  MERGE (firm)-[c:COLLABORATED_WITH {{id: {COLLABORATION_ID}}}]->(partner)
  SET c.year = accepted.at.year, c.project = 'Bisogno ' + need.id"""

ACCEPTED = f"""
UNWIND $rows AS row
MATCH (need:Need {{id: row.need_id}})
MATCH (partner:Entity {{id: row.partner_id}})
OPTIONAL MATCH (need)-[declined:DECLINED]->(partner)
DELETE declined
MERGE (need)-[accepted:ACCEPTED]->(partner)
SET accepted.note = coalesce(row.note, accepted.note), accepted.at = row.at
WITH need, partner, accepted
OPTIONAL MATCH (need)-[:FOR_FIRM]->(firm:Entity)
FOREACH (_ IN CASE WHEN firm IS NULL THEN [] ELSE [1] END |{WORKED_TOGETHER})
"""

# A need arrives before its firm, or both at once: it is linked when the firm arrives (the
# firm's ids), or by the sweeper (all of them), with the collaborations of its acceptances.
_LINKED = f"""
MERGE (need)-[:FOR_FIRM]->(firm)
WITH need, firm
MATCH (need)-[accepted:ACCEPTED]->(partner:Entity)
{WORKED_TOGETHER}
"""

LINK_NEEDS_OF = f"""
UNWIND $firm_ids AS firm_id
MATCH (need:Need {{firm_id: firm_id}}) WHERE NOT (need)-[:FOR_FIRM]->()
MATCH (firm:Entity {{id: firm_id}})
{_LINKED}
"""

LINK_ORPHAN_NEEDS = f"""
MATCH (need:Need) WHERE need.firm_id IS NOT NULL AND NOT (need)-[:FOR_FIRM]->()
MATCH (firm:Entity {{id: need.firm_id}})
{_LINKED}
"""

COUNT_ORPHAN_NEEDS = """
MATCH (need:Need) WHERE need.firm_id IS NOT NULL AND NOT (need)-[:FOR_FIRM]->()
  AND EXISTS { MATCH (:Entity {id: need.firm_id}) }
RETURN count(need) AS count
"""

DECLINED = f"""
UNWIND $rows AS row
MATCH (need:Need {{id: row.need_id}})
MATCH (partner:Entity {{id: row.partner_id}})
OPTIONAL MATCH (need)-[accepted:ACCEPTED]->(partner)
DELETE accepted
WITH need, partner, row
OPTIONAL MATCH ()-[c:COLLABORATED_WITH {{id: {COLLABORATION_ID}}}]->(partner)
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

# The officers' decisions as labels: every need with one, oldest first.
DECIDED = """
MATCH (need:Need) WHERE EXISTS { (need)-[:ACCEPTED|DECLINED]->(:Entity) }
RETURN need.id AS id, date(need.updated_at) AS submitted,
       [(need)-[:ACCEPTED]->(p:Entity) | p.id] AS accepted,
       [(need)-[:DECLINED]->(p:Entity) | p.id] AS declined
ORDER BY submitted, id
"""

NEED = """
MATCH (need:Need {id: $need_id})
RETURN need.text AS text, need.firm_id AS firm_id, need.topics AS topics,
       need.services AS services, need.wanted_kinds AS wanted_kinds, need.province AS province,
       need.canton AS canton, need.region AS region, need.country AS country, need.lat AS lat,
       need.lon AS lon,
       date(need.updated_at) AS submitted
"""

QUERIES = {"accepted": ACCEPTED, "declined": DECLINED, "outcome": OUTCOME}

ANSWERED_BY = """
MATCH (need:Need) WHERE need.suggested_request STARTS WITH $prefix
RETURN count(need) AS count
"""


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


def answered_by(driver: Driver, prefix: str, database: str | None = None) -> int:
    """Needs whose latest answer was to a request whose id starts with `prefix`."""
    records, _, _ = driver.execute_query(ANSWERED_BY, prefix=prefix, database_=database)
    return int(records[0]["count"])


def link_needs_of(driver: Driver, firm_ids: Sequence[str], database: str | None = None) -> None:
    if firm_ids:
        driver.execute_query(LINK_NEEDS_OF, firm_ids=list(firm_ids), database_=database)


def link_orphan_needs(driver: Driver, database: str | None = None) -> None:
    driver.execute_query(LINK_ORPHAN_NEEDS, database_=database)


def count_orphan_needs(driver: Driver, database: str | None = None) -> int:
    """Needs whose firm is in the graph but not linked yet."""
    records, _, _ = driver.execute_query(COUNT_ORPHAN_NEEDS, database_=database)
    return int(records[0]["count"])


def settled(driver: Driver, need_id: str, database: str | None = None) -> frozenset[str]:
    records, _, _ = driver.execute_query(SETTLED, need_id=need_id, database_=database)
    return frozenset(records[0]["ids"]) if records else frozenset()


def decided(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """Needs with an accepted or declined partner, oldest first, with those partners."""
    records, _, _ = driver.execute_query(DECIDED, database_=database, routing_="r")
    return [dict(record) for record in records]


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
SET p.kind = row.kind, p.need_id = row.need_id, p.partner_ids = row.partner_ids,
    p.partner_keys = row.partner_keys, p.queue = row.queue, p.seq = row.seq, p.value = row.value
"""

# Ready when its need is there, each partner is there or was erased (an erased partner will
# not come back: what names it applies without it, as it would have been deleted with it),
# and nothing read before it in the same queue still waits: a decision never overtakes an
# earlier one about the same need and partner.
READY = """
RETURN EXISTS { MATCH (:Need {id: $need_id}) }
   AND all(i IN range(0, size($partner_ids) - 1)
           WHERE EXISTS { MATCH (:Entity {id: $partner_ids[i]}) }
              OR EXISTS { MATCH (:Erased {key: $partner_keys[i]}) })
   AND NOT EXISTS { MATCH (:PendingFeedback {queue: $queue}) } AS ready
"""

RELEASED = """
MATCH (p:PendingFeedback)
WHERE EXISTS { MATCH (:Need {id: p.need_id}) }
  AND all(i IN range(0, size(p.partner_ids) - 1)
          WHERE EXISTS { MATCH (:Entity {id: p.partner_ids[i]}) }
             OR EXISTS { MATCH (:Erased {key: p.partner_keys[i]}) })
RETURN p.origin AS origin, p.kind AS kind, p.value AS value
ORDER BY p.first_seen, p.seq
LIMIT $limit
"""

EXPIRED = """
MATCH (p:PendingFeedback)
WHERE p.first_seen < datetime() - duration({milliseconds: $grace_ms})
RETURN p.origin AS origin, p.kind AS kind, p.value AS value, p.need_id AS need_id,
       p.partner_ids AS partner_ids
ORDER BY p.first_seen, p.seq
LIMIT $limit
"""

DROP = "UNWIND $origins AS origin MATCH (p:PendingFeedback {origin: origin}) DELETE p"

COUNT_PENDING = "MATCH (p:PendingFeedback) RETURN count(p) AS count"


def ready(driver: Driver, about: Mapping[str, Any], database: str | None = None) -> bool:
    """`about`: need_id, partner_ids, partner_keys and queue."""
    records, _, _ = driver.execute_query(READY, parameters_=dict(about), database_=database)
    return bool(records[0]["ready"])


def park(driver: Driver, rows: Sequence[dict[str, Any]], database: str | None = None) -> None:
    """Rows of origin, kind, need_id, partner_ids, partner_keys, queue, seq and value."""
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

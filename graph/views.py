"""What the web app reads: a need with its suggestions, an association's needs and firms.

Reads only: every write reaches the graph through the log. A firm belongs to an association by
its MEMBER_OF tie; a need to a firm by its `firm_id` (set on submission, so a need is found
even before its firm arrives and the two are linked).
"""

from typing import Any

from neo4j import Driver

_FIRM = "{.id, .name, .sector, .sector_section, .province}"

_STATE = """
CASE
  WHEN EXISTS { MATCH (need)-[a:ACCEPTED]->() WHERE a.outcome IS NOT NULL } THEN 'concluded'
  WHEN EXISTS { MATCH (need)-[:ACCEPTED]->() } THEN 'accepted'
  WHEN EXISTS { MATCH (need)-[:SUGGESTED]->() } THEN 'suggested'
  ELSE 'submitted'
END"""

# A need's page reads its state from the suggestions it shows: Neo4j reads committed data
# clause by clause, so a separate EXISTS could see an acceptance that the suggestions, read a
# moment earlier, do not yet carry (a page saying "accepted" with no partner accepted).
_STATE_OF_SUGGESTIONS = """
CASE
  WHEN any(s IN suggestions WHERE s.outcome IS NOT NULL) THEN 'concluded'
  WHEN any(s IN suggestions WHERE s.decision = 'accepted') THEN 'accepted'
  WHEN size(suggestions) > 0 THEN 'suggested'
  ELSE 'submitted'
END"""

# The latest answer's partners, and any partner decided upon after an earlier one.
NEED = f"""
MATCH (need:Need {{id: $need_id}})
OPTIONAL MATCH (firm:Entity {{id: need.firm_id}})
WITH need, firm
CALL (firm) {{
  OPTIONAL MATCH (firm)-[:MEMBER_OF]->(association:Association)
  RETURN collect(association.id) AS associations
}}
CALL (need) {{
  OPTIONAL MATCH (need)-[s:SUGGESTED]->(partner:Entity)
  OPTIONAL MATCH (need)-[a:ACCEPTED]->(partner)
  OPTIONAL MATCH (need)-[d:DECLINED]->(partner)
  WITH s, partner, a, d
  WHERE s IS NOT NULL
    AND (s.request_id = need.suggested_request OR a IS NOT NULL OR d IS NOT NULL)
  ORDER BY s.request_id = need.suggested_request DESC, s.rank
  RETURN collect({{
    rank: s.rank, score: s.score, explanation: s.explanation, detail: s.detail,
    partner_id: partner.id, name: partner.name, kind: partner.kind,
    sector_section: partner.sector_section,
    decision: CASE WHEN a IS NOT NULL THEN 'accepted' WHEN d IS NOT NULL THEN 'declined' END,
    outcome: a.outcome
  }}) AS suggestions
}}
RETURN need {{.id, .text, .language, .wanted_kinds, .topics, .services, .urgency, .budget,
              .funding, .officer, .firm_id, submitted_at: need.updated_at}} AS need,
       firm {_FIRM} AS firm, associations, {_STATE_OF_SUGGESTIONS} AS state, suggestions
"""

_SUMMARY = f"""
WITH need, firm
ORDER BY need.updated_at DESC, need.id
LIMIT $limit
RETURN need {{.id, .text, .officer, submitted_at: need.updated_at}} AS need,
       firm {_FIRM} AS firm, {_STATE} AS state,
       COUNT {{ (need)-[:SUGGESTED]->() }} AS suggestions,
       COUNT {{ (need)-[:ACCEPTED]->() }} AS accepted
"""

NEEDS_OF_ASSOCIATION = f"""
MATCH (firm:Entity)-[:MEMBER_OF]->(:Association {{id: $association_id}})
MATCH (need:Need {{firm_id: firm.id}})
{_SUMMARY}
"""

ALL_NEEDS = f"""
MATCH (need:Need)
OPTIONAL MATCH (firm:Entity {{id: need.firm_id}})
{_SUMMARY}
"""

FIRMS_OF_ASSOCIATION = f"""
MATCH (firm:Entity)-[:MEMBER_OF]->(:Association {{id: $association_id}})
WHERE firm.kind IN ['firm', 'startup'] AND toLower(firm.name) CONTAINS toLower($query)
RETURN firm {_FIRM} AS firm
ORDER BY toLower(firm.name), firm.id
LIMIT $limit
"""

FIRM_ASSOCIATIONS = """
MATCH (firm:Entity {id: $firm_id})
WHERE firm.kind IN ['firm', 'startup']
OPTIONAL MATCH (firm)-[:MEMBER_OF]->(association:Association)
RETURN firm {.id, .name, .sector, .sector_section, .province} AS firm,
       collect(association.id) AS associations
"""


def need(driver: Driver, need_id: str, database: str | None = None) -> dict[str, Any] | None:
    """The need, its firm and the firm's associations, its state and its suggestions."""
    records, _, _ = driver.execute_query(NEED, need_id=need_id, database_=database)
    return dict(records[0]) if records else None


def needs(
    driver: Driver, association_id: str | None, limit: int = 200, database: str | None = None
) -> list[dict[str, Any]]:
    """The latest needs of an association's firms, or of everyone's when it is None."""
    if association_id is None:
        records, _, _ = driver.execute_query(ALL_NEEDS, limit=limit, database_=database)
    else:
        records, _, _ = driver.execute_query(
            NEEDS_OF_ASSOCIATION, association_id=association_id, limit=limit, database_=database
        )
    return [dict(record) for record in records]


def firms(
    driver: Driver,
    association_id: str,
    query: str = "",
    limit: int = 20,
    database: str | None = None,
) -> list[dict[str, Any]]:
    """An association's member firms and start-ups whose name contains `query`, by name."""
    records, _, _ = driver.execute_query(
        FIRMS_OF_ASSOCIATION,
        association_id=association_id,
        query=query,
        limit=limit,
        database_=database,
    )
    return [record["firm"] for record in records]


def firm(driver: Driver, firm_id: str, database: str | None = None) -> dict[str, Any] | None:
    """A firm or start-up with the ids of the associations it is a member of."""
    records, _, _ = driver.execute_query(FIRM_ASSOCIATIONS, firm_id=firm_id, database_=database)
    return dict(records[0]) if records else None

"""What the coordinators' dashboard reads: needs by month, association and hub office,
decisions on suggestions, times to a first acceptance, requested topics, partners' load.

Reads only. A need's month is the month of `need.updated_at` (its submission, UTC); it belongs
to every association its firm is a MEMBER_OF (none: under a null association).

Office rule: the graph ties no need to a hub office, so a need counts for the HubOffice
nearest its firm, by `point.distance` between the firm's lat/lon and the offices' (ties go to
the smaller office id); a need whose firm has no coordinates, or is not in the graph yet,
counts under a null office ("no office"). The demo network gives every firm and every office
coordinates (those of its comune, jittered), so there every need has an office.
"""

from typing import Any

from neo4j import Driver

_FIRM_OF_NEED = "OPTIONAL MATCH (firm:Entity {id: need.firm_id})"

NEEDS_BY_ASSOCIATION = f"""
MATCH (need:Need)
{_FIRM_OF_NEED}
OPTIONAL MATCH (firm)-[:MEMBER_OF]->(association:Association)
RETURN need.updated_at.year AS year, need.updated_at.month AS month,
       association.id AS id, association.name AS name, count(DISTINCT need) AS needs
ORDER BY year, month, id
"""

# One nearest office per firm, found once for all the firm's needs.
NEEDS_BY_OFFICE = f"""
MATCH (need:Need)
{_FIRM_OF_NEED}
WITH firm, collect(need) AS needs
CALL (firm) {{
  OPTIONAL MATCH (office:HubOffice)
  WHERE firm.lat IS NOT NULL AND firm.lon IS NOT NULL
    AND office.lat IS NOT NULL AND office.lon IS NOT NULL
  WITH office
  ORDER BY point.distance(point({{latitude: firm.lat, longitude: firm.lon}}),
                          point({{latitude: office.lat, longitude: office.lon}})), office.id
  LIMIT 1
  RETURN office
}}
UNWIND needs AS need
RETURN need.updated_at.year AS year, need.updated_at.month AS month,
       office.id AS id, office.name AS name, count(need) AS needs
ORDER BY year, month, id
"""

DECISIONS = """
RETURN COUNT { (:Need)-[:ACCEPTED]->(:Entity) } AS accepted,
       COUNT { (:Need)-[:DECLINED]->(:Entity) } AS declined,
       COUNT { MATCH (need:Need) WHERE EXISTS { (need)-[:SUGGESTED]->(:Entity) } } AS suggested,
       COUNT { MATCH (need:Need)
               WHERE EXISTS { (need)-[:SUGGESTED]->(:Entity) }
                 AND EXISTS { (need)-[:ACCEPTED]->(:Entity) } } AS taken_up
"""

ACCEPTED_SECTORS = f"""
MATCH (need:Need)-[:ACCEPTED]->(partner:Entity)
{_FIRM_OF_NEED}
RETURN firm.sector_section AS firm_section, partner.sector_section AS partner_section
"""

FIRST_ACCEPTANCES = """
MATCH (need:Need)-[accepted:ACCEPTED]->(:Entity)
WITH need, min(accepted.at) AS first
RETURN need.id AS need_id, duration.inSeconds(need.updated_at, first).seconds AS seconds
ORDER BY need_id
"""

NEED_TOPICS = """
MATCH (need:Need) WHERE size(coalesce(need.topics, [])) > 0
RETURN need.id AS need_id, need.topics AS topics
"""

# Open engagements: accepted, no outcome yet.
LOADS = """
MATCH (partner:Entity) WHERE partner.kind IN ['expert', 'lab']
  AND EXISTS { (:Need)-[:SUGGESTED]->(partner) }
WITH partner,
     COUNT { (:Need)-[:SUGGESTED]->(partner) } AS suggested,
     COUNT { (:Need)-[:ACCEPTED]->(partner) } AS accepted,
     COUNT { (:Need)-[a:ACCEPTED]->(partner) WHERE a.outcome IS NULL } AS open
RETURN partner.id AS id, partner.name AS name, partner.kind AS kind,
       partner.availability AS availability, partner.hours_per_month AS hours_per_month,
       partner.weekly_slots AS weekly_slots, suggested, accepted, open
ORDER BY open DESC, accepted DESC, suggested DESC, id
LIMIT $limit
"""


def _rows(driver: Driver, query: str, database: str | None, **values: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query, parameters_=values, database_=database)
    return [dict(record) for record in records]


def needs_by_association(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """Rows of year, month, association id and name (None: no association), needs."""
    return _rows(driver, NEEDS_BY_ASSOCIATION, database)


def needs_by_office(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """Rows of year, month, office id and name (None: no office), needs."""
    return _rows(driver, NEEDS_BY_OFFICE, database)


def decisions(driver: Driver, database: str | None = None) -> dict[str, int]:
    """Accepted and declined suggestions; needs with suggestions, and with an acceptance."""
    return {key: int(value) for key, value in _rows(driver, DECISIONS, database)[0].items()}


def accepted_sectors(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """The firm's and the partner's ATECO sections of every accepted suggestion."""
    return _rows(driver, ACCEPTED_SECTORS, database)


def first_acceptances(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """Per need with an acceptance, seconds from its submission to its first acceptance."""
    return _rows(driver, FIRST_ACCEPTANCES, database)


def need_topics(driver: Driver, database: str | None = None) -> list[dict[str, Any]]:
    """Each need with topics, and its topics as written."""
    return _rows(driver, NEED_TOPICS, database)


def loads(driver: Driver, limit: int = 15, database: str | None = None) -> list[dict[str, Any]]:
    """The experts and labs with suggestions, most open engagements first."""
    return _rows(driver, LOADS, database, limit=limit)


def browser_query(need_id: str) -> str:
    """The Cypher a coordinator runs in Neo4j Browser to see a need, its firm and its
    suggested partners. Browser's editor takes no parameters from a link, so the id is a
    literal, quoted and escaped here."""
    quoted = "'" + need_id.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return (
        f"MATCH (need:Need {{id: {quoted}}})\n"
        "OPTIONAL MATCH firm = (need)-[:FOR_FIRM]->()-[:MEMBER_OF]->()\n"
        "OPTIONAL MATCH suggested = (need)-[:SUGGESTED|ACCEPTED|DECLINED]->()\n"
        "RETURN need, firm, collect(suggested) AS suggestions"
    )

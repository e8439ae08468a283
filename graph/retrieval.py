"""The matcher's reads: candidates by meaning, by words, by the services asked for and by
acquaintance, their details, and the warm-introduction paths from a firm to them. Named,
parameterised Cypher only."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from neo4j import Driver

# The vector index scores cosine similarity as (1 + cos) / 2; callers get plain cosine back.
SEMANTIC = """
CALL db.index.vector.queryNodes('profile_embedding', $k, $vector) YIELD node, score
RETURN node.id AS id, 2 * score - 1 AS score
"""

# Exact cosine over the profiles of the wanted kinds (the vector index cannot filter).
SEMANTIC_AMONG = """
MATCH (p:Profile) WHERE p.kind IN $kinds AND p.embedding IS NOT NULL
WITH p, vector.similarity.cosine(p.embedding, $vector) AS similarity
ORDER BY similarity DESC
LIMIT $k
RETURN p.id AS id, 2 * similarity - 1 AS score
"""

# Partners that offer services the need calls for: those offering more of them first, then
# those closer in meaning (cosine -1 without a vector), then by id.
OFFERING = """
MATCH (p:Profile) WHERE any(s IN coalesce(p.services, []) WHERE s IN $services)
WITH p, size([s IN p.services WHERE s IN $services]) AS offered,
     CASE WHEN p.embedding IS NULL THEN -1.0
          ELSE vector.similarity.cosine(p.embedding, $vector) END AS similarity
ORDER BY offered DESC, similarity DESC, p.id
LIMIT $k
RETURN p.id AS id, offered AS score
"""

# The profiles' stems (`terms`, migration V0009) against the need's, both made by
# services.matcher.ranking.text: the index only splits on spaces.
LEXICAL = """
CALL db.index.fulltext.queryNodes('profile_terms', $query, {limit: $k}) YIELD node, score
RETURN node.id AS id, score
"""

# Acquaintances: profiles a few ties away from the firm (membership, affiliation, projects),
# found ring by ring (see `neighbours`). A ring comes back as one row: every node in it (the
# next ring's frontier) and its first `$wanted` profiles, both closest to the need first
# (cosine, -1 without a vector), then with more ties to the ring before, then by id.
RING = """
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[:MEMBER_OF|AFFILIATED_WITH|COLLABORATED_WITH|PART_OF|HOSTED_BY]-(x:Entity)
WHERE NOT x.id IN $seen
WITH x, count(*) AS ties
WITH x, ties,
     CASE WHEN $vector IS NULL OR x.embedding IS NULL THEN -1.0
          ELSE vector.similarity.cosine(x.embedding, $vector) END AS similarity
ORDER BY similarity DESC, ties DESC, x.id
RETURN collect(x.id) AS ring, collect(CASE WHEN x:Profile THEN x.id END)[..$wanted] AS profiles
"""

FIRM = """
MATCH (f:Entity {id: $firm_id})
RETURN f.name AS name, f.sector AS sector, f.sector_section AS sector_section,
       f.text AS text, f.embedding AS embedding, f.province AS province,
       f.canton AS canton, f.region AS region, f.country AS country, f.lat AS lat, f.lon AS lon,
       f.group_id AS group_id
"""

# Looked up through the Entity id index: `(p:Profile {id: id})` has no index of its own and
# scanned every profile once per id.
DETAILS = """
UNWIND $ids AS id
MATCH (p:Entity {id: id}) WHERE p:Profile
OPTIONAL MATCH (p)-[:AFFILIATED_WITH|PART_OF]->(home:Entity)
WITH p, collect(home.id)[0] AS organisation_id
RETURN p.id AS id, p.kind AS kind, p.name AS name, p.sector_section AS sector_section,
       p.topics AS topics, p.services AS services, p.province AS province, p.canton AS canton,
       p.region AS region, p.country AS country, p.lat AS lat, p.lon AS lon,
       p.availability AS availability, p.terms AS terms,
       CASE WHEN p.embedding IS NULL THEN null
            ELSE 2 * vector.similarity.cosine(p.embedding, $vector) - 1 END AS semantic,
       CASE WHEN p.embedding IS NULL THEN null
            ELSE 2 * vector.similarity.cosine(p.embedding, $plain) - 1 END AS cosine,
       organisation_id, p.group_id AS group_id,
       COUNT { (p)<-[a:ACCEPTED]-(:Need) WHERE $before IS NULL OR date(a.at) < $before }
         AS accepted,
       COUNT { (p)<-[d:DECLINED]-(:Need) WHERE $before IS NULL OR date(d.at) < $before }
         AS declined
"""

# Warm paths first (people and organisations vouching for each other); the shared
# province is the weakest tie and only stands in when there is no warm one.
WARM_PATHS = """
MATCH (f:Entity {id: $firm_id})
UNWIND $ids AS id
MATCH (c:Entity {id: id})
WHERE c <> f
OPTIONAL MATCH path = shortestPath(
  (f)-[:MEMBER_OF|AFFILIATED_WITH|COLLABORATED_WITH|PART_OF|HOSTED_BY*..4]-(c))
WITH f, c, path
OPTIONAL MATCH (f)-[:LOCATED_IN]->(province:Province)<-[:LOCATED_IN]-(c)
WHERE path IS NULL
RETURN c.id AS id,
       CASE WHEN path IS NULL THEN [] ELSE
         [i IN range(1, length(path)) | {
           id: nodes(path)[i].id, name: nodes(path)[i].name, kind: nodes(path)[i].kind,
           relation: toLower(type(relationships(path)[i - 1]))}]
       END AS steps,
       province.code AS shared_province
"""


@dataclass(frozen=True)
class Hit:
    id: str
    score: float


def _hits(driver: Driver, cypher: str, database: str | None, **parameters: Any) -> list[Hit]:
    records, _, _ = driver.execute_query(cypher, parameters, database_=database)
    return [Hit(record["id"], float(record.get("score") or 0.0)) for record in records]


def semantic(driver: Driver, vector: Sequence[float], k: int, database: str | None) -> list[Hit]:
    return _hits(driver, SEMANTIC, database, vector=list(vector), k=k)


def semantic_among(
    driver: Driver, vector: Sequence[float], kinds: Sequence[str], k: int, database: str | None
) -> list[Hit]:
    return _hits(driver, SEMANTIC_AMONG, database, vector=list(vector), kinds=list(kinds), k=k)


def offering(
    driver: Driver,
    services: Sequence[str],
    vector: Sequence[float],
    k: int,
    database: str | None,
) -> list[Hit]:
    """Profiles that tick any of `services`, the most of them first, then by meaning."""
    if not services:
        return []
    return _hits(driver, OFFERING, database, services=list(services), vector=list(vector), k=k)


def lexical(driver: Driver, stems: Sequence[str], k: int, database: str | None) -> list[Hit]:
    """Profiles by BM25 over the stems they share with the query's (`text.tokenize`'s, which
    are letters only, so no Lucene syntax reaches the index)."""
    if not stems:
        return []
    return _hits(driver, LEXICAL, database, query=" ".join(stems), k=k)


def neighbours(
    driver: Driver,
    firm_id: str,
    k: int,
    database: str | None,
    *,
    hops: int = 3,
    vector: Sequence[float] | None = None,
) -> list[Hit]:
    """Profiles up to `hops` ties from the firm, the closest first; within a ring those
    closest in meaning to the need (`vector`), then those with more ties to the ring before,
    then by id, so the same need always gets the same candidates. Ring by ring, stopping once
    k are found: in a dense collaboration graph the paths of three ties from a hub run into
    millions, its rings into hundreds, and a coordinator of EU projects has worked with
    hundreds of partners, of which the k that fit the need are the ones worth ranking."""
    seen, frontier, found = [firm_id], [firm_id], list[str]()
    meaning = list(vector) if vector is not None else None
    for _ in range(hops):
        if len(found) >= k or not frontier:
            break
        records, _, _ = driver.execute_query(
            RING,
            frontier=frontier,
            seen=seen,
            vector=meaning,
            wanted=k - len(found),
            database_=database,
        )
        found.extend(records[0]["profiles"])
        frontier = records[0]["ring"]
        seen.extend(frontier)
    return [Hit(hit, 0.0) for hit in found[:k]]


def firm(driver: Driver, firm_id: str, database: str | None) -> dict[str, Any] | None:
    records, _, _ = driver.execute_query(FIRM, firm_id=firm_id, database_=database)
    return dict(records[0]) if records else None


def details(
    driver: Driver,
    ids: Sequence[str],
    vectors: tuple[Sequence[float], Sequence[float]],
    database: str | None,
    before: date | None = None,
) -> list[dict[str, Any]]:
    """The candidates' profiles, with how often officers accepted and declined them: only the
    decisions made before `before` (the need's day) when given, as for its memory; and the
    cosine of their vector with each of `vectors` (`semantic`, `cosine`), computed where the
    vectors are rather than shipping 512 floats a candidate to Python."""
    searched, plain = vectors
    records, _, _ = driver.execute_query(
        DETAILS,
        ids=list(ids),
        before=before,
        vector=list(searched),
        plain=list(plain),
        database_=database,
    )
    return [dict(record) for record in records]


def paths(
    driver: Driver, firm_id: str, ids: Sequence[str], database: str | None
) -> dict[str, dict[str, Any]]:
    records, _, _ = driver.execute_query(
        WARM_PATHS, firm_id=firm_id, ids=list(ids), database_=database
    )
    return {record["id"]: dict(record) for record in records}

"""What the web app reads about one expert's or lab's profile: its fields as the graph keeps
them (flat properties, see `services.ingest.projection`), and the needs it was suggested for.

Reads only: an edit reaches the graph as an `expert.upserted` or `lab.upserted` event.
"""

from typing import Any

from neo4j import Driver

PROFILE = """
MATCH (profile:Entity {id: $profile_id})
WHERE profile.kind IN ['expert', 'lab']
RETURN profile {.*, embedding: null} AS profile
"""

# Every need the profile was suggested for, in any answer, newest first, with where the firm's
# decision stands. The need's firm is named: the partner needs to know who is asking.
SUGGESTED_FOR = """
MATCH (need:Need)-[s:SUGGESTED]->(:Entity {id: $profile_id})
OPTIONAL MATCH (firm:Entity {id: need.firm_id})
OPTIONAL MATCH (need)-[a:ACCEPTED]->(:Entity {id: $profile_id})
OPTIONAL MATCH (need)-[d:DECLINED]->(:Entity {id: $profile_id})
RETURN need.id AS need_id, need.text AS text, need.updated_at AS submitted_at,
       firm.name AS firm, s.rank AS rank, s.score AS score, s.explanation AS explanation,
       s.request_id = need.suggested_request AS latest,
       CASE WHEN a IS NOT NULL THEN 'accepted' WHEN d IS NOT NULL THEN 'declined' END
         AS decision,
       a.outcome AS outcome, a.at AS accepted_at
ORDER BY need.updated_at DESC, need.id
LIMIT $limit
"""


def profile(driver: Driver, profile_id: str, database: str | None = None) -> dict[str, Any] | None:
    """The expert's or lab's properties (without its embedding), None if not in the graph."""
    records, _, _ = driver.execute_query(PROFILE, profile_id=profile_id, database_=database)
    return dict(records[0]["profile"]) if records else None


def suggested_for(
    driver: Driver, profile_id: str, limit: int = 500, database: str | None = None
) -> list[dict[str, Any]]:
    """The needs the profile was suggested for, newest first, with the firm's decision."""
    records, _, _ = driver.execute_query(
        SUGGESTED_FOR, profile_id=profile_id, limit=limit, database_=database
    )
    return [dict(record) for record in records]

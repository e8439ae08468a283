// Past projects, the hub's memory (schemas/projects.py, graph/memory.py): found by id, and the
// few that still wait for a participant that has not arrived are found by `awaiting`.
CREATE CONSTRAINT project_id IF NOT EXISTS
FOR (p:Project) REQUIRE p.id IS UNIQUE;

CREATE INDEX project_awaiting IF NOT EXISTS
FOR (p:Project) ON (p.awaiting);

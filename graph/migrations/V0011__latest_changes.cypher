// When the graph's parties, past projects and acceptances last changed (graph/memory.py,
// MEMORY_VERSION): the matcher asks before every match whether to rebuild its memory, and
// without these indexes the latest of each was read from every node and relationship, scans
// that grow with the hub. With them each is read from the end of its index.
CREATE INDEX entity_updated_at IF NOT EXISTS
FOR (e:Entity) ON (e.updated_at);

CREATE INDEX project_updated_at IF NOT EXISTS
FOR (p:Project) ON (p.updated_at);

CREATE INDEX accepted_at IF NOT EXISTS
FOR ()-[a:ACCEPTED]-() ON (a.at);

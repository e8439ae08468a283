// Every entity (organisation, expert, lab) is found by its stable id, whatever its kind:
// relations and erasures arrive knowing only the id.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT need_id IF NOT EXISTS
FOR (n:Need) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT pending_relation_id IF NOT EXISTS
FOR (p:PendingRelation) REQUIRE p.id IS UNIQUE;

CREATE CONSTRAINT topic_key IF NOT EXISTS
FOR (t:Topic) REQUIRE t.key IS UNIQUE;

CREATE CONSTRAINT sector_section IF NOT EXISTS
FOR (s:Sector) REQUIRE s.section IS UNIQUE;

CREATE CONSTRAINT province_code IF NOT EXISTS
FOR (p:Province) REQUIRE p.code IS UNIQUE;

CREATE CONSTRAINT embedding_space_name IF NOT EXISTS
FOR (s:EmbeddingSpace) REQUIRE s.name IS UNIQUE;

CREATE INDEX profile_kind IF NOT EXISTS
FOR (p:Profile) ON (p.kind);

CREATE INDEX profile_province IF NOT EXISTS
FOR (p:Profile) ON (p.province);

CREATE INDEX pending_relation_first_seen IF NOT EXISTS
FOR (p:PendingRelation) ON (p.first_seen);

// Semantic retrieval: the dimension comes from the configured embedding model.
CREATE VECTOR INDEX profile_embedding IF NOT EXISTS
FOR (p:Profile) ON (p.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: $embedding_dimensions,
                       `vector.similarity_function`: 'cosine'}};

// Lexical retrieval: the texts are mostly Italian.
CREATE FULLTEXT INDEX profile_text IF NOT EXISTS
FOR (p:Profile) ON EACH [p.name, p.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'italian'}};

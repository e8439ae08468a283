"""Everything that speaks Cypher: migrations, named queries and batched writes."""

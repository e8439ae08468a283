"""Ingestion: FastStream consumers that project Kafka events into the Neo4j graph."""

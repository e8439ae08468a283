"""The Docker-free local stack: Apache Kafka (KRaft) and Neo4j Community from Maven Central."""

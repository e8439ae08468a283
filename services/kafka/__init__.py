"""Kafka at the edge: the FastStream broker, the publisher, the topics and consumer lag."""

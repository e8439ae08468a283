"""The demo: a Bergamo innovation network published through Kafka into the graph."""

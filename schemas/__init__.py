"""Wire contracts: every event and API body, versioned pydantic v2 models. No I/O here."""

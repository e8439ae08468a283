"""The HTTP API's door on the real stack: liveness and readiness, open to anyone."""

import pytest
from fastapi.testclient import TestClient

from services import bootstrap
from services.settings import Settings

pytestmark = pytest.mark.integration


def test_a_served_app_is_alive_and_ready(settings: Settings) -> None:
    with TestClient(bootstrap.web_app(settings)) as client:  # runs the lifespan
        assert client.get("/health").json() == {"status": "ok"}
        ready = client.get("/ready")
        assert ready.status_code == 200
        assert ready.json() == {"status": "ready", "kafka": "reachable", "neo4j": "reachable"}


def test_without_neo4j_the_app_is_alive_but_not_ready_and_says_why(settings: Settings) -> None:
    away = settings.model_copy(update={"neo4j_uri": "bolt://127.0.0.1:1"})
    with TestClient(bootstrap.web_app(away)) as client:
        assert client.get("/health").status_code == 200
        ready = client.get("/ready")

    assert ready.status_code == 503
    assert ready.headers["content-type"] == "application/problem+json"
    problem = ready.json()
    assert (problem["type"], problem["title"], problem["status"]) == (
        "about:blank",
        "Not ready",
        503,
    )
    assert problem["detail"] == "no answer from Neo4j (bolt://127.0.0.1:1)"
    assert problem["unavailable"] == ["Neo4j (bolt://127.0.0.1:1)"]

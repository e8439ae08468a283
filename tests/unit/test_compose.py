"""deploy/compose.yaml cannot run here (no Docker engine); keep it honest by reading it."""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    return document


def _pom_property(server: str, name: str) -> str:
    pom = (ROOT / "deploy" / "local" / server / "pom.xml").read_text()
    match = re.search(rf"<{name}>([^<]+)</{name}>", pom)
    assert match, f"{name} missing from the {server} POM"
    return match.group(1)


def test_services_are_the_official_images_at_the_local_stack_versions(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert set(services) >= {"kafka", "neo4j", "ingest"}
    assert services["kafka"]["image"] == f"apache/kafka:{_pom_property('kafka', 'kafka.version')}"
    neo4j_minor = ".".join(_pom_property("neo4j", "neo4j.version").split(".")[:2])
    assert services["neo4j"]["image"] == f"neo4j:{neo4j_minor}-community"


def test_contamina_variables_are_real_settings(compose: dict[str, Any]) -> None:
    fields = {f"CONTAMINA_{name.upper()}" for name in Settings.model_fields}
    for name, service in compose["services"].items():
        for variable in service.get("environment", {}):
            if variable.startswith("CONTAMINA_"):
                assert variable in fields, f"{name}: {variable} is not a setting"


def test_services_reach_the_servers_by_their_compose_names(compose: dict[str, Any]) -> None:
    env = compose["services"]["ingest"]["environment"]
    kafka_env = compose["services"]["kafka"]["environment"]
    assert f"INTERNAL://{env['CONTAMINA_KAFKA_BOOTSTRAP_SERVERS']}" in (
        kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    )
    assert env["CONTAMINA_NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["CONTAMINA_ENVIRONMENT"] == "production"


def test_the_neo4j_password_is_required_and_shared(compose: dict[str, Any]) -> None:
    secret = "${CONTAMINA_NEO4J_PASSWORD:?set CONTAMINA_NEO4J_PASSWORD}"
    assert compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"] == f"neo4j/{secret}"
    assert compose["services"]["ingest"]["environment"]["CONTAMINA_NEO4J_PASSWORD"] == secret


def test_ports_are_published_on_loopback_only(compose: dict[str, Any]) -> None:
    for service in compose["services"].values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port

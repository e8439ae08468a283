"""deploy/compose.yaml cannot run here (no Docker engine); keep it honest by reading it."""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from services import cli
from services.settings import Settings
from services.stack.neo4j import browser_settings, docker_environment

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
    assert set(services) >= {"kafka", "neo4j", "ingest", "matcher", "web"}
    assert services["kafka"]["image"] == f"apache/kafka:{_pom_property('kafka', 'kafka.version')}"
    neo4j_minor = ".".join(_pom_property("neo4j", "neo4j.version").split(".")[:2])
    assert services["neo4j"]["image"] == f"neo4j:{neo4j_minor}-community"


def test_contamina_variables_are_real_settings(compose: dict[str, Any]) -> None:
    fields = {f"CONTAMINA_{name.upper()}" for name in Settings.model_fields}
    for name, service in compose["services"].items():
        for variable in service.get("environment", {}):
            if variable.startswith("CONTAMINA_"):
                assert variable in fields, f"{name}: {variable} is not a setting"


@pytest.mark.parametrize("service", ["ingest", "matcher", "web"])
def test_services_reach_the_servers_by_their_compose_names(
    compose: dict[str, Any], service: str
) -> None:
    env = compose["services"][service]["environment"]
    kafka_env = compose["services"]["kafka"]["environment"]
    assert f"INTERNAL://{env['CONTAMINA_KAFKA_BOOTSTRAP_SERVERS']}" in (
        kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    )
    assert env["CONTAMINA_NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["CONTAMINA_ENVIRONMENT"] == "production"


def test_each_service_runs_its_contamina_command(compose: dict[str, Any]) -> None:
    commands = {name: compose["services"][name]["command"] for name in ("ingest", "matcher", "web")}
    assert commands == {
        "ingest": ["contamina", "ingest"],
        "matcher": ["contamina", "matcher"],
        "web": ["contamina", "serve"],
    }
    for words in commands.values():  # each is a real subcommand
        assert CliRunner().invoke(cli.app, [*words[1:], "--help"]).exit_code == 0, words


def test_neo4j_browser_opens_the_guide_the_web_app_serves(compose: dict[str, Any]) -> None:
    web = compose["services"]["web"]
    port = int(web["environment"]["CONTAMINA_WEB_PORT"])
    assert f"127.0.0.1:{port}:{port}" in web["ports"]
    expected = docker_environment(browser_settings(Settings(web_port=port, _env_file=None)))
    assert expected.items() <= compose["services"]["neo4j"]["environment"].items()


def test_the_accounts_outlive_the_web_container(compose: dict[str, Any]) -> None:
    web = compose["services"]["web"]
    folder = str(Path(web["environment"]["CONTAMINA_ACCOUNTS_PATH"]).parent)
    assert any(volume.endswith(f":{folder}") for volume in web["volumes"])


def test_the_neo4j_password_is_required_and_shared(compose: dict[str, Any]) -> None:
    secret = "${CONTAMINA_NEO4J_PASSWORD:?set CONTAMINA_NEO4J_PASSWORD}"
    assert compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"] == f"neo4j/{secret}"
    assert compose["services"]["ingest"]["environment"]["CONTAMINA_NEO4J_PASSWORD"] == secret


def test_ports_are_published_on_loopback_only(compose: dict[str, Any]) -> None:
    for service in compose["services"].values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port

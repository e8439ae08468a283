import uuid
from pathlib import Path

import pytest

from services.settings import Settings
from services.stack import kafka, neo4j


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        stack_dir=tmp_path,
        kafka_bootstrap_servers="127.0.0.1:29092",
        kafka_controller_port=29093,
        neo4j_uri="bolt://127.0.0.1:27687",
        neo4j_http_port=27474,
        _env_file=None,
    )


def test_kafka_listens_on_loopback_ports_from_settings(tmp_path: Path) -> None:
    properties = kafka.server_properties(_settings(tmp_path), tmp_path / "data")
    assert "listeners=PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093" in properties
    assert "process.roles=broker,controller" in properties
    assert "auto.create.topics.enable=false" in properties


def test_neo4j_listens_on_loopback_with_auth(tmp_path: Path) -> None:
    conf = neo4j.neo4j_conf(_settings(tmp_path), tmp_path)
    assert "server.bolt.listen_address=127.0.0.1:27687" in conf
    assert "server.http.listen_address=127.0.0.1:27474" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert "0.0.0.0" not in conf  # noqa: S104 - asserting the opposite


def test_neo4j_browser_opens_the_guide_and_style_the_web_app_serves(tmp_path: Path) -> None:
    every_address = "0.0.0.0"  # noqa: S104 - what `contamina serve` may be told to listen on
    settings = _settings(tmp_path).model_copy(update={"web_host": every_address, "web_port": 28000})
    conf = neo4j.neo4j_conf(settings, tmp_path)
    # An app listening on every address is reached on loopback; Browser ignores the port.
    assert "browser.remote_content_hostname_whitelist=http://127.0.0.1\n" in conf
    assert (
        "browser.post_connect_cmd=clear; style http://127.0.0.1:28000/neo4j/style.grass;"
        " guide http://127.0.0.1:28000/neo4j/guide\n"
    ) in conf
    assert "client.allow_telemetry=false" in conf


def test_a_kafka_cluster_id_never_starts_like_an_option(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0xf8 makes the first base64url character "-"; the second draw is an ordinary one.
    draws = iter([uuid.UUID(bytes=b"\xf8" + bytes(15)), uuid.UUID(bytes=bytes(16))])
    monkeypatch.setattr(uuid, "uuid4", lambda: next(draws))
    assert kafka.new_cluster_id() == "AAAAAAAAAAAAAAAAAAAAAA"

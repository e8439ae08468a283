from pathlib import Path

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

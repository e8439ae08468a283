from pathlib import Path

import pytest
from pydantic import ValidationError

from services.settings import LOCAL_SESSION_SECRET, Settings


def test_defaults_are_local_and_loopback() -> None:
    settings = Settings(_env_file=None)
    assert settings.kafka_port == 9092
    assert settings.neo4j_bolt_port == 7687
    assert settings.topic("needs") == "contamina.needs"


def test_environment_variables_configure_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTAMINA_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092,127.0.0.1:29093")
    monkeypatch.setenv("CONTAMINA_NEO4J_URI", "bolt://127.0.0.1:27687")
    monkeypatch.setenv("CONTAMINA_TOPIC_PREFIX", "hub.")
    settings = Settings(_env_file=None)
    assert (settings.kafka_port, settings.neo4j_bolt_port) == (29092, 27687)
    assert settings.topic("needs") == "hub.needs"


def test_production_refuses_the_local_password() -> None:
    with pytest.raises(ValidationError, match="CONTAMINA_NEO4J_PASSWORD"):
        Settings(environment="production", _env_file=None)


def test_production_accepts_real_secrets() -> None:
    settings = Settings(
        environment="production",
        neo4j_password="s3cret-of-our-own",
        session_secret="another-s3cret-of-our-own",
        _env_file=None,
    )
    assert settings.neo4j_auth == ("neo4j", "s3cret-of-our-own")
    assert settings.session_secret.get_secret_value() == "another-s3cret-of-our-own"


@pytest.mark.parametrize("session_secret", [LOCAL_SESSION_SECRET, ""])
def test_production_refuses_the_local_or_an_empty_session_secret(session_secret: str) -> None:
    with pytest.raises(ValidationError, match="CONTAMINA_SESSION_SECRET must be set"):
        Settings(
            environment="production",
            neo4j_password="s3cret",
            session_secret=session_secret,
            _env_file=None,
        )


def test_production_refuses_an_empty_neo4j_password() -> None:
    with pytest.raises(ValidationError, match="CONTAMINA_NEO4J_PASSWORD must be set"):
        Settings(environment="production", neo4j_password="", session_secret="s", _env_file=None)


def test_accounts_live_in_their_own_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTAMINA_ACCOUNTS_PATH", "/srv/contamina/accounts.sqlite3")
    monkeypatch.setenv("CONTAMINA_SESSION_HOURS", "8")
    settings = Settings(_env_file=None)
    assert settings.accounts_path == Path("/srv/contamina/accounts.sqlite3")
    assert settings.session_hours == 8


def test_accounts_default_to_the_users_data_folder() -> None:
    expected = Path.home() / ".local" / "share" / "contamina" / "accounts.sqlite3"
    assert Settings(_env_file=None).accounts_path == expected


def test_neo4j_factory_password_is_refused_everywhere() -> None:
    with pytest.raises(ValidationError, match="factory default"):
        Settings(neo4j_password="neo4j", _env_file=None)


def test_every_setting_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    missing = [name for name in Settings.model_fields if f"`CONTAMINA_{name.upper()}" not in readme]
    assert missing == []

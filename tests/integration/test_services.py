"""Ingestion, the matcher and the web app in the background under supervisord, on the real
stack: `contamina services up` starts them and the app answers ready, a crashed service comes
back, `down` stops them all."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.processes import readiness, supervisor
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE

pytestmark = pytest.mark.integration
WEB_PORT = 18001


@pytest.fixture
def background(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    """The test's settings, handed to the services through the environment they inherit."""
    here = settings.model_copy(
        update={"services_dir": tmp_path_factory.mktemp("services"), "web_port": WEB_PORT}
    )
    environment = {
        "KAFKA_BOOTSTRAP_SERVERS": here.kafka_bootstrap_servers,
        "TOPIC_PREFIX": here.topic_prefix,
        "CONSUMER_GROUP": here.consumer_group,
        "MATCHER_GROUP": f"{here.consumer_group}-matcher",
        "NEO4J_URI": here.neo4j_uri,
        "NEO4J_PASSWORD": here.neo4j_password.get_secret_value(),
        "ACCOUNTS_PATH": str(here.accounts_path),
        "WEB_PORT": str(WEB_PORT),
        "SERVICES_DIR": str(here.services_dir),
    }
    for name, value in environment.items():
        monkeypatch.setenv(f"CONTAMINA_{name}", value)
    yield here
    supervisor.down(here, lambda _: None)


def _pid(settings: Settings, name: str) -> int:
    row = next(row for row in supervisor.status(settings) if row.name == name)
    assert row.state == "RUNNING", row
    return int(row.detail.split(",")[0].removeprefix("pid "))


def test_the_services_run_in_the_background_come_back_after_a_crash_and_stop(
    background: Settings,
) -> None:
    rows = supervisor.up(background, lambda _: None)
    assert {(row.name, row.state) for row in rows} == {
        ("ingest", "RUNNING"), ("matcher", "RUNNING"), ("web", "RUNNING"),
    }  # fmt: skip
    assert readiness.web_ready(f"http://127.0.0.1:{WEB_PORT}", DEADLINE)

    crashed = _pid(background, "matcher")
    os.kill(crashed, signal.SIGKILL)
    deadline = time.monotonic() + DEADLINE
    while True:
        row = next(row for row in supervisor.status(background) if row.name == "matcher")
        if row.state == "RUNNING" and f"pid {crashed}," not in row.detail:
            break
        assert time.monotonic() < deadline, row
        time.sleep(0.5)

    assert supervisor.up(background, lambda _: None)  # again: nothing changes, all running
    supervisor.down(background, lambda _: None)
    assert not supervisor.running(background)
    assert {row.state for row in supervisor.status(background)} == {"STOPPED"}
    assert supervisor.log(background, "web").is_file()


def test_the_matcher_refuses_to_start_with_a_ranker_it_cannot_read(
    background: Settings, tmp_path: Path
) -> None:
    broken = tmp_path / "ranker.json"
    broken.write_text("not json", encoding="utf-8")
    finished = subprocess.run(
        [str(Path(sys.executable).with_name("contamina")), "matcher"],
        env={**os.environ, "CONTAMINA_RANKER": str(broken), "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        check=False,
    )
    assert finished.returncode == 1
    assert "not a ranker file" in finished.stdout

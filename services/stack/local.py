"""`contamina stack up | down | status | logs | reset`: the local Kafka and Neo4j together."""

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.settings import Settings
from services.stack import kafka, maven, neo4j
from services.stack.errors import StackError
from services.stack.process import JavaServer, java_executable, port_open


@dataclass(frozen=True)
class Component:
    name: str
    server: Callable[[Settings], JavaServer]
    prepare: Callable[[Settings, Path, list[Path]], tuple[list[str], list[str]]]
    ready: Callable[[Settings], bool]
    ports: Callable[[Settings], list[int]]
    log_name: str


KAFKA = Component(
    "kafka",
    kafka.server,
    kafka.prepare,
    lambda s: kafka.ready(s.kafka_bootstrap_servers),
    lambda s: [s.kafka_port, s.kafka_controller_port],
    "server.log",
)
NEO4J = Component(
    "neo4j",
    neo4j.server,
    neo4j.prepare,
    neo4j.ready,
    lambda s: [s.neo4j_bolt_port, s.neo4j_http_port],
    "neo4j.log",
)
COMPONENTS = (KAFKA, NEO4J)


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    pid: int | None
    ready: bool
    log: Path


def fetch(settings: Settings) -> None:
    """Resolve both servers' jars (downloads on the first call only)."""
    for component in COMPONENTS:
        maven.classpath(component.name, settings.cache_dir)


def up(settings: Settings, report: Callable[[str], None] = print) -> None:
    """Start both servers at once (each JVM takes seconds to answer), then wait for each."""
    java = java_executable(settings.java_home)
    waits = [launch(component, settings, java) for component in COMPONENTS]
    for wait in waits:
        report(wait())


def start(component: Component, settings: Settings, java: Path) -> str:
    """Start one server unless it already runs; wait until it answers; say what happened."""
    return launch(component, settings, java)()


def launch(component: Component, settings: Settings, java: Path) -> Callable[[], str]:
    """Start one server unless it already runs, without waiting for it: the call returned
    waits until it answers and says what happened."""
    server = component.server(settings)
    if server.alive():

        def running() -> str:
            _wait_ready(component, settings, server)
            return f"{component.name}: already running (pid {server.pid()})"

        return running
    busy = [port for port in component.ports(settings) if port_open(port)]
    if busy:
        raise StackError(
            f"{component.name}: port(s) {busy} already in use by another program;"
            " stop it or choose other ports (see README, Configuration)"
        )
    classpath = maven.classpath(component.name, settings.cache_dir)
    jvm, args = component.prepare(settings, java, classpath)
    started = time.monotonic()
    pid = server.start(java, jvm, classpath, args)

    def ready() -> str:
        _wait_ready(component, settings, server)
        return f"{component.name}: ready in {time.monotonic() - started:.1f}s (pid {pid})"

    return ready


def _wait_ready(component: Component, settings: Settings, server: JavaServer) -> None:
    deadline = time.monotonic() + settings.stack_start_timeout
    while time.monotonic() < deadline:
        if not server.alive():
            raise StackError(
                f"{component.name} exited while starting; see {_log(component, server)}"
            )
        if component.ready(settings):
            return
        time.sleep(0.5)
    server.stop()
    raise StackError(
        f"{component.name} was not ready within {settings.stack_start_timeout:.0f}s and was"
        f" stopped; see {_log(component, server)}"
    )


def _log(component: Component, server: JavaServer) -> Path:
    log = server.home / "logs" / component.log_name
    return log if log.is_file() else server.console_log


def down(settings: Settings, report: Callable[[str], None] = print) -> None:
    for component in reversed(COMPONENTS):
        stopped = component.server(settings).stop()
        report(f"{component.name}: {'stopped' if stopped else 'not running'}")


def status(settings: Settings) -> list[ComponentStatus]:
    result = []
    for component in COMPONENTS:
        server = component.server(settings)
        pid = server.pid() if server.alive() else None
        ready = pid is not None and component.ready(settings)
        result.append(ComponentStatus(component.name, pid, ready, _log(component, server)))
    return result


def logs(settings: Settings, name: str, lines: int) -> str:
    component = next((c for c in COMPONENTS if c.name == name), None)
    if component is None:
        raise StackError(f"unknown server {name!r}: choose kafka or neo4j")
    log = _log(component, component.server(settings))
    if not log.is_file():
        return f"{log} does not exist yet"
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def reset(settings: Settings, report: Callable[[str], None] = print) -> None:
    """Stop both servers and delete their data: the next `up` starts empty."""
    down(settings, report)
    for component in COMPONENTS:
        shutil.rmtree(component.server(settings).home, ignore_errors=True)
    report(f"deleted {settings.stack_dir}")

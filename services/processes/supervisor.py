"""supervisord's configuration for the three services, and the calls that start, read and stop
it. Its socket, pid file and the services' logs live in `Settings.services_dir`."""

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.settings import Settings

SERVICES = {
    "ingest": "ingest",  # program name -> `contamina` subcommand
    "matcher": "matcher",
    "web": "serve",
}
STOP_WAIT_S = 30  # ingestion commits its offsets on the way out


class ProcessesError(RuntimeError):
    pass


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    state: str  # supervisord's: RUNNING, STARTING, BACKOFF, FATAL, STOPPED, EXITED
    detail: str  # "pid 1234, uptime 0:01:02", or why it stopped
    log: Path


def _bin(name: str) -> str:
    """A tool installed next to this Python: the virtualenv's own supervisord, contamina."""
    return str(Path(sys.executable).parent / name)


def configuration(settings: Settings, working_dir: Path) -> str:
    home = settings.services_dir
    sections = [
        "[supervisord]",
        f"logfile={home / 'supervisord.log'}",
        f"pidfile={home / 'supervisord.pid'}",
        f"childlogdir={home}",
        f"directory={working_dir}",
        "",
        "[unix_http_server]",
        f"file={socket(settings)}",
        "chmod=0700",
        "",
        "[rpcinterface:supervisor]",
        "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
        "",
        "[supervisorctl]",
        f"serverurl=unix://{socket(settings)}",
    ]
    for name, command in SERVICES.items():
        sections += [
            "",
            f"[program:{name}]",
            f"command={_bin('contamina')} {command}",
            "autorestart=true",
            "startsecs=5",
            "stopsignal=INT",
            f"stopwaitsecs={STOP_WAIT_S}",
            "redirect_stderr=true",
            f"stdout_logfile={log(settings, name)}",
            "stdout_logfile_maxbytes=10MB",
            "stdout_logfile_backups=2",
        ]
    return "\n".join(sections) + "\n"


def socket(settings: Settings) -> Path:
    return settings.services_dir / "supervisor.sock"


def log(settings: Settings, name: str) -> Path:
    return settings.services_dir / f"{name}.log"


def _conf(settings: Settings) -> Path:
    return settings.services_dir / "supervisord.conf"


def _ctl(settings: Settings, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_bin("supervisorctl"), "-c", str(_conf(settings)), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )


def running(settings: Settings) -> bool:
    """supervisord answers on its socket."""
    return _conf(settings).is_file() and _ctl(settings, "pid").stdout.strip().isdigit()


def status(settings: Settings) -> list[ServiceStatus]:
    """Each service as supervisord sees it; STOPPED for all when supervisord is not running."""
    if not running(settings):
        return [ServiceStatus(name, "STOPPED", "", log(settings, name)) for name in SERVICES]
    rows = []
    for line in _ctl(settings, "status").stdout.splitlines():
        name, _, rest = line.partition(" ")
        if name in SERVICES:
            state, _, detail = rest.strip().partition(" ")
            rows.append(ServiceStatus(name, state, detail.strip(), log(settings, name)))
    return rows


def up(
    settings: Settings,
    report: Callable[[str], None] = print,
    within: float = 180.0,
    working_dir: Path | None = None,
) -> list[ServiceStatus]:
    """Start supervisord with the three services (or start those stopped) and wait until each
    has stayed up for `startsecs`; a service that keeps failing is named with its log."""
    home = settings.services_dir
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    _conf(settings).write_text(configuration(settings, working_dir or Path.cwd()))
    if running(settings):
        _ctl(settings, "update")
        _ctl(settings, "start", "all")
    else:
        started = subprocess.run(
            [_bin("supervisord"), "-c", str(_conf(settings))],
            capture_output=True,
            text=True,
            check=False,
        )
        if started.returncode != 0:
            raise ProcessesError(f"supervisord did not start: {started.stderr.strip()}")
    deadline = time.monotonic() + within
    while True:
        rows = status(settings)
        failed = [row for row in rows if row.state in {"FATAL", "BACKOFF", "EXITED"}]
        if failed:
            names = ", ".join(f"{row.name} (see {row.log})" for row in failed)
            raise ProcessesError(f"these services do not stay up: {names}")
        if len(rows) == len(SERVICES) and all(row.state == "RUNNING" for row in rows):
            for row in rows:
                report(f"{row.name}: running ({row.detail}), log {row.log}")
            return rows
        if time.monotonic() > deadline:
            waiting = ", ".join(f"{row.name} {row.state}" for row in rows)
            raise ProcessesError(f"services not running after {within:.0f}s: {waiting}")
        time.sleep(0.5)


def down(settings: Settings, report: Callable[[str], None] = print, within: float = 90.0) -> None:
    """Stop the services and supervisord itself; nothing to do when it is not running."""
    if not running(settings):
        report("services: not running")
        return
    _ctl(settings, "shutdown")
    deadline = time.monotonic() + within
    while running(settings):
        if time.monotonic() > deadline:
            raise ProcessesError(f"supervisord still running after {within:.0f}s")
        time.sleep(0.5)
    report("services: stopped")

"""Start, find and stop one Java server of the local stack, tracked by a pid file.

Each server runs in its own session (process group), so `down` stops it and anything it
spawned, and a stale pid file (machine rebooted, pid reused) is recognised and removed.
"""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from services.stack.errors import StackError

SUPPORTED_JAVA = (17, 21)


@dataclass(frozen=True)
class JavaServer:
    name: str
    main_class: str
    home: Path

    @property
    def pid_file(self) -> Path:
        return self.home / "server.pid"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    def pid(self) -> int | None:
        """The pid of the running server, or None (removing a stale pid file)."""
        try:
            pid = int(self.pid_file.read_text())
        except (FileNotFoundError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            cmdline = None
        # An empty command line is a process between exec and its first instruction.
        if cmdline is None or (cmdline and self.main_class.encode() not in cmdline):
            self.pid_file.unlink(missing_ok=True)
            return None
        return pid

    def start(self, java: Path, jvm_args: list[str], classpath: list[Path], args: list[str]) -> int:
        self.console_log.parent.mkdir(parents=True, exist_ok=True)
        command = [
            str(java),
            *jvm_args,
            "-cp",
            ":".join(map(str, classpath)),
            self.main_class,
            *args,
        ]
        with self.console_log.open("ab") as log:
            process = subprocess.Popen(
                command,
                cwd=self.home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.pid_file.write_text(str(process.pid))
        return process.pid

    def alive(self) -> bool:
        pid = self.pid()
        return pid is not None and running(pid)

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; True if one was running."""
        pid = self.pid()
        if pid is None:
            return False
        _signal_group(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and running(pid):
            time.sleep(0.2)
        if running(pid):
            _signal_group(pid, signal.SIGKILL)
            while running(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        return True


def running(pid: int) -> bool:
    """Whether the process runs; a zombie (exited, not yet reaped) does not."""
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    return Path(f"/proc/{pid}").exists() and not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def java_executable(java_home: Path | None) -> Path:
    """The `java` to run the servers with, checked to be a version they support."""
    found = str(java_home / "bin" / "java") if java_home else shutil.which("java")
    if not found or not Path(found).is_file():
        raise StackError("no `java` found: install a JDK 17 or 21 or set CONTAMINA_JAVA_HOME")
    result = subprocess.run([found, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)', result.stderr)
    major = int(match.group(1)) if match else 0
    if major not in SUPPORTED_JAVA:
        raise StackError(
            f"{found} is Java {major or '?'}; Neo4j 5.26 needs Java 17 or 21:"
            " set CONTAMINA_JAVA_HOME to such a JDK"
        )
    return Path(found)

"""The accounts file: one SQLite database beside the graph, never inside it.

Accounts are not events: a password hash or a session token on a Kafka topic or in Neo4j
would be readable by everyone who can read those, and `contamina graph rebuild` would wipe
them. SQLite keeps them in one file that only its owner can read (mode 0600), that survives
restarts and rebuilds, and that several web workers share (WAL journal, busy timeout).

Each operation opens its own connection, so FastAPI's threadpool never shares one between
threads; opening a SQLite file costs microseconds.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 5.0

# One tuple of statements per schema version; PRAGMA user_version records the last applied.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            display_name TEXT NOT NULL,
            association_id TEXT,
            profile_id TEXT,
            language TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT""",
        """CREATE TABLE sessions (
            token_sha256 TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        ) STRICT""",
        "CREATE INDEX sessions_by_username ON sessions (username)",
        """CREATE TABLE login_failures (
            username TEXT NOT NULL,
            client TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT""",
        "CREATE INDEX login_failures_by_username ON login_failures (username, at)",
        "CREATE INDEX login_failures_by_client ON login_failures (client, at)",
    ),
)


class Database:
    """The accounts file at `path`, created (with its folder) and migrated on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path.expanduser()
        self._ready = False

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A connection in an immediate transaction: committed on success, else rolled back."""
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for reads: each statement sees the file as it is when it runs."""
        with self._connect() as connection:
            yield connection

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self._create()
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            yield connection
        finally:
            connection.close()

    def _create(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Created 0600 before SQLite opens it, whatever the umask; SQLite gives its WAL and
        # shared-memory files the database file's mode.
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600))
        self.path.chmod(0o600)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            _migrate(connection)
        finally:
            connection.close()
        self._ready = True


def _migrate(connection: sqlite3.Connection) -> None:
    # Immediate: of two workers opening a new file at once, one migrates, the other then sees
    # the new version and applies nothing.
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number:d}")
    except BaseException:
        connection.rollback()
        raise
    connection.commit()

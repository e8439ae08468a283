"""Login throttling: failed attempts counted in the accounts file, so that a restart forgets
nothing and every web worker sees the same counts.

Two limits over a sliding window: one per username (guessing one person's password) and a
higher one per client address (trying many usernames from one place; an office behind one
address still has room for its officers' typos).
"""

import math
import sqlite3
from datetime import datetime, timedelta

from services.accounts.clock import parse, stamp

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USERNAME = 5
MAX_FAILURES_PER_CLIENT = 20


def seconds_to_wait(
    connection: sqlite3.Connection, username: str, client: str, now: datetime
) -> int:
    """0 when a login may be tried now; else how long until one of the limits has room."""
    return max(
        _wait(connection, "username", username, MAX_FAILURES_PER_USERNAME, now),
        _wait(connection, "client", client, MAX_FAILURES_PER_CLIENT, now),
    )


def record_failure(
    connection: sqlite3.Connection, username: str, client: str, now: datetime
) -> None:
    connection.execute("DELETE FROM login_failures WHERE at <= ?", (stamp(now - WINDOW),))
    connection.execute(
        "INSERT INTO login_failures (username, client, at) VALUES (?, ?, ?)",
        (username, client, stamp(now)),
    )


def clear_failures(connection: sqlite3.Connection, username: str) -> None:
    connection.execute("DELETE FROM login_failures WHERE username = ?", (username,))


def _wait(
    connection: sqlite3.Connection, column: str, value: str, limit: int, now: datetime
) -> int:
    # The failures in the window, newest first: the limit-th newest has to leave the window
    # before there is room for one more.
    row = connection.execute(
        f"SELECT at FROM login_failures WHERE {column} = ? AND at > ?"  # noqa: S608 - a column name of ours
        " ORDER BY at DESC LIMIT 1 OFFSET ?",
        (value, stamp(now - WINDOW), limit - 1),
    ).fetchone()
    if row is None:
        return 0
    leaves_at = parse(row["at"]) + WINDOW
    return max(1, math.ceil((leaves_at - now).total_seconds()))

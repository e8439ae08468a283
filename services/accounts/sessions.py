"""Sessions: a random token in the browser's cookie, only its SHA-256 in the accounts file.

Whoever reads the file (a backup, a stolen disk) finds no token that opens a session. Each
session has a CSRF token of its own, which the pages put in their forms and a form post must
send back. A session ends when it expires, at logout, and when its account is disabled or its
password changes.
"""

import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timedelta

from services.accounts.clock import stamp

TOKEN_BYTES = 32


def open_session(
    connection: sqlite3.Connection, username: str, now: datetime, lifetime: timedelta
) -> tuple[str, str]:
    """A new session's token and CSRF token; expired sessions are swept on the way."""
    token, csrf_token = secrets.token_urlsafe(TOKEN_BYTES), secrets.token_urlsafe(TOKEN_BYTES)
    connection.execute("DELETE FROM sessions WHERE expires_at <= ?", (stamp(now),))
    connection.execute(
        "INSERT INTO sessions (token_sha256, username, csrf_token, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (_digest(token), username, csrf_token, stamp(now), stamp(now + lifetime)),
    )
    return token, csrf_token


def live_session(connection: sqlite3.Connection, token: str, now: datetime) -> sqlite3.Row | None:
    """The session's row joined with its account's, unless expired or the account disabled."""
    return connection.execute(  # type: ignore[no-any-return]
        "SELECT accounts.*, sessions.csrf_token FROM sessions"
        " JOIN accounts USING (username)"
        " WHERE sessions.token_sha256 = ? AND sessions.expires_at > ? AND NOT accounts.disabled",
        (_digest(token), stamp(now)),
    ).fetchone()


def close_session(connection: sqlite3.Connection, token: str) -> None:
    connection.execute("DELETE FROM sessions WHERE token_sha256 = ?", (_digest(token),))


def end_sessions_of(connection: sqlite3.Connection, username: str) -> None:
    connection.execute("DELETE FROM sessions WHERE username = ?", (username,))


def csrf_matches(expected: str, submitted: str | None) -> bool:
    """Compared in constant time, so the answer's timing does not spell the token out."""
    return submitted is not None and hmac.compare_digest(expected.encode(), submitted.encode())


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

"""`Accounts`: the one object the CLI and the web app use to manage and check accounts.

It joins the accounts file (database), the password rules and hasher (passwords), the login
limits (throttle) and the sessions (sessions). Every method is safe to call from several
threads and processes at once: each opens its own connection.
"""

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

from services.accounts import sessions, throttle
from services.accounts.clock import Clock, parse, stamp, utc_now
from services.accounts.database import Database
from services.accounts.errors import (
    AccountDisabledError,
    BadCredentialsError,
    DuplicateAccountError,
    LoginThrottledError,
    UnknownAccountError,
)
from services.accounts.model import Account, normal_username
from services.accounts.passwords import Passwords, check_password

ACCOUNT_FIELDS = tuple(Account.model_fields)


class Accounts:
    """Accounts, passwords and sessions kept in the SQLite file at `path`."""

    def __init__(
        self,
        path: Path,
        *,
        session_hours: float = 12,
        passwords: Passwords | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._database = Database(path)
        self._session_lifetime = timedelta(hours=session_hours)
        self._passwords = passwords or Passwords()
        self._clock = clock

    def add(self, draft: Account, password: str) -> Account:
        """Store a new account (validated by `new_account`), stamped with this store's clock."""
        check_password(draft.username, password)
        now = self._clock()
        account = draft.model_copy(update={"created_at": now, "updated_at": now})
        row = {**account.model_dump(), "password_hash": self._passwords.hash(password)}
        row.update(created_at=stamp(now), updated_at=stamp(now))
        try:
            with self._database.transaction() as connection:
                connection.execute(
                    f"INSERT INTO accounts ({', '.join(row)})"  # noqa: S608 - our column names
                    f" VALUES ({', '.join('?' * len(row))})",
                    tuple(row.values()),
                )
        except sqlite3.IntegrityError as error:
            raise DuplicateAccountError(account.username) from error
        return account

    def get(self, username: str) -> Account:
        name = normal_username(username)
        with self._database.reading() as connection:
            row = _row(connection, name)
        if row is None:
            raise UnknownAccountError(name)
        return _account(row)

    def all(self) -> list[Account]:
        with self._database.reading() as connection:
            rows = connection.execute("SELECT * FROM accounts ORDER BY username").fetchall()
        return [_account(row) for row in rows]

    def disable(self, username: str) -> Account:
        """Disable the account and end its sessions."""
        return self._set_disabled(username, disabled=True)

    def enable(self, username: str) -> Account:
        return self._set_disabled(username, disabled=False)

    def remove(self, username: str) -> None:
        """Delete the account, its sessions and its failed logins: what an erasure asks."""
        name = normal_username(username)
        with self._database.transaction() as connection:
            removed = connection.execute("DELETE FROM accounts WHERE username = ?", (name,))
            if removed.rowcount == 0:
                raise UnknownAccountError(name)
            sessions.end_sessions_of(connection, name)
            throttle.clear_failures(connection, name)

    def set_password(self, username: str, password: str) -> None:
        """Replace the password and end the account's sessions."""
        name = normal_username(username)
        check_password(name, password)
        hashed = self._passwords.hash(password)
        with self._database.transaction() as connection:
            self._update(connection, name, password_hash=hashed)
            sessions.end_sessions_of(connection, name)

    def authenticate(self, username: str, password: str, client: str) -> Account:
        """The account, if the password is right; else BadCredentialsError, AccountDisabledError or
        LoginThrottledError (see services.accounts.throttle for the limits)."""
        name, now = normal_username(username), self._clock()
        with self._database.reading() as connection:
            wait = throttle.seconds_to_wait(connection, name, client, now)
            row = _row(connection, name)
        if wait:
            raise LoginThrottledError(wait)
        if not self._verify(row, password):
            with self._database.transaction() as connection:
                throttle.record_failure(connection, name, client, now)
            raise BadCredentialsError
        assert row is not None  # a verified password has an account
        if row["disabled"]:
            raise AccountDisabledError
        with self._database.transaction() as connection:
            throttle.clear_failures(connection, name)
            self._rehash_if_old(connection, row, password)
        return _account(row)

    def open_session(self, username: str) -> tuple[str, str]:
        """A new session for the account: (token for the cookie, CSRF token for the forms)."""
        name = normal_username(username)
        with self._database.transaction() as connection:
            if _row(connection, name) is None:
                raise UnknownAccountError(name)
            return sessions.open_session(connection, name, self._clock(), self._session_lifetime)

    def session(self, token: str) -> Account | None:
        """The session's account; None when the token is unknown or expired, or the account
        is disabled."""
        row = self._live(token)
        return None if row is None else _account(row)

    def csrf_token(self, token: str) -> str | None:
        """The CSRF token the session's forms carry; None for no live session."""
        row = self._live(token)
        return None if row is None else str(row["csrf_token"])

    def check_csrf(self, token: str, submitted: str | None) -> bool:
        """Whether a form post carries its live session's CSRF token."""
        expected = self.csrf_token(token)
        return expected is not None and sessions.csrf_matches(expected, submitted)

    def close_session(self, token: str) -> None:
        with self._database.transaction() as connection:
            sessions.close_session(connection, token)

    def _live(self, token: str) -> sqlite3.Row | None:
        with self._database.reading() as connection:
            return sessions.live_session(connection, token, self._clock())

    def _verify(self, row: sqlite3.Row | None, password: str) -> bool:
        if row is None:
            self._passwords.waste_a_verification(password)
            return False
        return self._passwords.verify(row["password_hash"], password)

    def _rehash_if_old(
        self, connection: sqlite3.Connection, row: sqlite3.Row, password: str
    ) -> None:
        if self._passwords.needs_rehash(row["password_hash"]):
            # Only over the hash just verified: a password changed meanwhile stays changed.
            connection.execute(
                "UPDATE accounts SET password_hash = ? WHERE username = ? AND password_hash = ?",
                (self._passwords.hash(password), row["username"], row["password_hash"]),
            )

    def _set_disabled(self, username: str, *, disabled: bool) -> Account:
        name = normal_username(username)
        with self._database.transaction() as connection:
            self._update(connection, name, disabled=int(disabled))
            if disabled:
                sessions.end_sessions_of(connection, name)
            row = _row(connection, name)
        assert row is not None  # _update refused an unknown name
        return _account(row)

    def _update(self, connection: sqlite3.Connection, name: str, **columns: Any) -> None:
        columns["updated_at"] = stamp(self._clock())
        assignments = ", ".join(f"{column} = ?" for column in columns)
        updated = connection.execute(
            f"UPDATE accounts SET {assignments} WHERE username = ?",  # noqa: S608 - our columns
            (*columns.values(), name),
        )
        if updated.rowcount == 0:
            raise UnknownAccountError(name)


def _row(connection: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    return connection.execute(  # type: ignore[no-any-return]
        "SELECT * FROM accounts WHERE username = ?", (name,)
    ).fetchone()


def _account(row: sqlite3.Row) -> Account:
    fields: dict[str, Any] = {field: row[field] for field in ACCOUNT_FIELDS}
    fields.update(
        disabled=bool(row["disabled"]),
        created_at=parse(row["created_at"]),
        updated_at=parse(row["updated_at"]),
    )
    return Account.model_validate(fields)

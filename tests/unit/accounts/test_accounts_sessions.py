import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from services.accounts import Account, Accounts, UnknownAccountError
from tests.unit.accounts.conftest import FakeClock


def test_a_session_token_opens_its_account(accounts: Accounts, officer: Account) -> None:
    token, csrf_token = accounts.open_session("rossi")
    assert accounts.session(token) == officer
    assert accounts.csrf_token(token) == csrf_token
    assert len(token) >= 43  # 32 random bytes, url-safe base64
    assert token != csrf_token


def test_only_the_tokens_digest_is_stored(accounts: Accounts, officer: Account, path: Path) -> None:
    token, _ = accounts.open_session("rossi")
    with sqlite3.connect(path) as connection:
        stored = connection.execute("SELECT token_sha256 FROM sessions").fetchall()
        everything = "\n".join(connection.iterdump())
    assert stored == [(hashlib.sha256(token.encode()).hexdigest(),)]
    assert token not in everything


def test_unknown_tokens_open_nothing(accounts: Accounts, officer: Account) -> None:
    accounts.open_session("rossi")
    assert accounts.session("not-a-token") is None
    assert accounts.csrf_token("not-a-token") is None
    with pytest.raises(UnknownAccountError):
        accounts.open_session("nobody")


def test_a_session_expires_after_its_hours(
    accounts: Accounts, officer: Account, clock: FakeClock
) -> None:
    token, _ = accounts.open_session("rossi")
    clock.advance(hours=11, minutes=59)
    assert accounts.session(token) == officer
    clock.advance(minutes=1)
    assert accounts.session(token) is None


def test_the_session_length_is_configurable(path: Path, clock: FakeClock, officer: Account) -> None:
    short = Accounts(path, session_hours=0.5, clock=clock)
    token, _ = short.open_session("rossi")
    clock.advance(minutes=31)
    assert short.session(token) is None


def test_expired_sessions_are_swept_when_another_opens(
    accounts: Accounts, officer: Account, clock: FakeClock, path: Path
) -> None:
    accounts.open_session("rossi")
    clock.advance(hours=13)
    accounts.open_session("rossi")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_logout_closes_only_its_session(accounts: Accounts, officer: Account) -> None:
    laptop, _ = accounts.open_session("rossi")
    phone, _ = accounts.open_session("rossi")
    accounts.close_session(laptop)
    assert accounts.session(laptop) is None
    assert accounts.session(phone) == officer


def test_disabling_ends_every_session_and_enabling_opens_none(
    accounts: Accounts, officer: Account
) -> None:
    laptop, _ = accounts.open_session("rossi")
    phone, _ = accounts.open_session("rossi")
    accounts.disable("rossi")
    accounts.enable("rossi")
    assert accounts.session(laptop) is None
    assert accounts.session(phone) is None


def test_a_password_change_ends_every_session(accounts: Accounts, officer: Account) -> None:
    token, _ = accounts.open_session("rossi")
    accounts.set_password("rossi", "a brand new passphrase")
    assert accounts.session(token) is None


def test_the_csrf_check_wants_the_sessions_own_token(accounts: Accounts, officer: Account) -> None:
    token, csrf_token = accounts.open_session("rossi")
    other_token, other_csrf = accounts.open_session("rossi")
    assert accounts.check_csrf(token, csrf_token)
    assert not accounts.check_csrf(token, other_csrf)
    assert not accounts.check_csrf(token, None)
    assert not accounts.check_csrf(token, "")
    assert not accounts.check_csrf("not-a-token", csrf_token)
    accounts.close_session(token)
    assert not accounts.check_csrf(token, csrf_token)
    assert accounts.check_csrf(other_token, other_csrf)


def test_another_worker_sees_the_same_sessions(
    accounts: Accounts, officer: Account, open_accounts: Callable[[], Accounts]
) -> None:
    token, csrf_token = accounts.open_session("rossi")
    worker = open_accounts()
    assert worker.session(token) == officer
    assert worker.check_csrf(token, csrf_token)

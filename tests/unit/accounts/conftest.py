"""Accounts on a temporary file, with a clock the tests move and a hasher cheap enough to run
hundreds of times (production keeps argon2-cffi's defaults)."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from services.accounts import Account, Accounts, Passwords, new_account

PASSWORD = "correct horse battery"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def cheap_hasher(time_cost: int = 1) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=8, parallelism=1)


def cheap_passwords(time_cost: int = 1) -> Passwords:
    return Passwords(cheap_hasher(time_cost))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "accounts.sqlite3"


@pytest.fixture
def open_accounts(path: Path, clock: FakeClock) -> Callable[[], Accounts]:
    """Opens the same file again, as a restarted or second web worker would."""
    return lambda: Accounts(path, session_hours=12, passwords=cheap_passwords(), clock=clock)


@pytest.fixture
def accounts(open_accounts: Callable[[], Accounts]) -> Accounts:
    return open_accounts()


@pytest.fixture
def officer(accounts: Accounts) -> Account:
    draft = new_account("rossi", "officer", association_id="association:cna-bg")
    return accounts.add(draft, PASSWORD)

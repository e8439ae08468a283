from collections.abc import Callable
from pathlib import Path

import pytest

from services.accounts import (
    Account,
    AccountDisabledError,
    Accounts,
    BadCredentialsError,
    LoginThrottledError,
    Passwords,
    new_account,
)
from services.accounts.throttle import (
    MAX_FAILURES_PER_CLIENT,
    MAX_FAILURES_PER_USERNAME,
    WINDOW,
)
from tests.unit.accounts.conftest import PASSWORD, FakeClock, cheap_hasher

OFFICE = "192.0.2.10"


def fail(accounts: Accounts, username: str, client: str = OFFICE, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(BadCredentialsError):
            accounts.authenticate(username, "wrong password", client)


def test_the_right_password_gives_the_account(accounts: Accounts, officer: Account) -> None:
    assert accounts.authenticate(" Rossi ", PASSWORD, OFFICE) == officer


def test_a_wrong_password_and_an_unknown_user_read_the_same(
    accounts: Accounts, officer: Account
) -> None:
    with pytest.raises(BadCredentialsError) as wrong:
        accounts.authenticate("rossi", "wrong password", OFFICE)
    with pytest.raises(BadCredentialsError) as unknown:
        accounts.authenticate("nobody", PASSWORD, OFFICE)
    assert str(wrong.value) == str(unknown.value) == "wrong username or password"


class CountingPasswords(Passwords):
    def __init__(self) -> None:
        super().__init__(cheap_hasher())
        self.verified = 0

    def verify(self, stored: str, password: str) -> bool:
        self.verified += 1
        return super().verify(stored, password)


def test_an_unknown_user_costs_a_verification_too(path: Path, clock: FakeClock) -> None:
    passwords = CountingPasswords()
    accounts = Accounts(path, passwords=passwords, clock=clock)
    fail(accounts, "nobody")
    assert passwords.verified == 1


def test_a_disabled_account_is_told_so_only_with_the_right_password(
    accounts: Accounts, officer: Account
) -> None:
    accounts.disable("rossi")
    fail(accounts, "rossi")
    with pytest.raises(AccountDisabledError):
        accounts.authenticate("rossi", PASSWORD, OFFICE)


def test_five_failures_throttle_the_username_until_the_first_leaves_the_window(
    accounts: Accounts, officer: Account, clock: FakeClock
) -> None:
    fail(accounts, "rossi", times=MAX_FAILURES_PER_USERNAME - 1)
    clock.advance(minutes=5)
    fail(accounts, "rossi", client="198.51.100.7")
    with pytest.raises(LoginThrottledError) as throttled:
        accounts.authenticate("rossi", PASSWORD, "203.0.113.99")  # even right, from elsewhere
    assert throttled.value.retry_after_seconds == (WINDOW.total_seconds() - 5 * 60)
    assert "try again in 600 s" in str(throttled.value)
    clock.advance(seconds=throttled.value.retry_after_seconds)
    assert accounts.authenticate("rossi", PASSWORD, OFFICE) == officer


def test_unknown_usernames_are_throttled_alike(accounts: Accounts) -> None:
    fail(accounts, "nobody", times=MAX_FAILURES_PER_USERNAME)
    with pytest.raises(LoginThrottledError):
        accounts.authenticate("nobody", PASSWORD, OFFICE)


def test_a_success_clears_the_usernames_failures(accounts: Accounts, officer: Account) -> None:
    fail(accounts, "rossi", times=MAX_FAILURES_PER_USERNAME - 1)
    accounts.authenticate("rossi", PASSWORD, OFFICE)
    fail(accounts, "rossi", times=MAX_FAILURES_PER_USERNAME - 1)
    assert accounts.authenticate("rossi", PASSWORD, OFFICE) == officer


def test_twenty_failures_from_one_client_throttle_every_username_there(
    accounts: Accounts, officer: Account, clock: FakeClock
) -> None:
    for n in range(MAX_FAILURES_PER_CLIENT):
        fail(accounts, f"guess{n}")
    with pytest.raises(LoginThrottledError) as throttled:
        accounts.authenticate("rossi", PASSWORD, OFFICE)
    assert throttled.value.retry_after_seconds == WINDOW.total_seconds()
    assert accounts.authenticate("rossi", PASSWORD, "198.51.100.7") == officer
    clock.advance(minutes=15)
    assert accounts.authenticate("rossi", PASSWORD, OFFICE) == officer


def test_a_success_does_not_clear_the_clients_failures(
    accounts: Accounts, officer: Account
) -> None:
    for n in range(MAX_FAILURES_PER_CLIENT - 1):
        fail(accounts, f"guess{n}")
    accounts.authenticate("rossi", PASSWORD, OFFICE)
    fail(accounts, "guess-last")
    with pytest.raises(LoginThrottledError):
        accounts.authenticate("rossi", PASSWORD, OFFICE)


def test_failures_survive_a_restart(
    accounts: Accounts, officer: Account, open_accounts: Callable[[], Accounts]
) -> None:
    fail(accounts, "rossi", times=MAX_FAILURES_PER_USERNAME)
    with pytest.raises(LoginThrottledError):
        open_accounts().authenticate("rossi", PASSWORD, OFFICE)


def test_another_account_is_not_throttled_by_its_neighbour(
    accounts: Accounts, officer: Account
) -> None:
    other = accounts.add(new_account("bianchi", "coordinator"), PASSWORD)
    fail(accounts, "rossi", times=MAX_FAILURES_PER_USERNAME)
    assert accounts.authenticate("bianchi", PASSWORD, OFFICE) == other

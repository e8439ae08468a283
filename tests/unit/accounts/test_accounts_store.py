import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from services.accounts import (
    Account,
    Accounts,
    DuplicateAccountError,
    InvalidAccountError,
    PasswordRefusedError,
    Role,
    UnknownAccountError,
    new_account,
)
from services.accounts.database import MIGRATIONS
from tests.unit.accounts.conftest import PASSWORD, FakeClock, cheap_passwords


def stored_hash(path: Path, username: str) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT password_hash FROM accounts WHERE username = ?", (username,)
        ).fetchone()
    return str(row[0])


def test_an_account_round_trips_through_the_file(
    accounts: Accounts, clock: FakeClock, open_accounts: Callable[[], Accounts]
) -> None:
    draft = new_account(
        " Bianchi.Laura@cna ",
        "expert",
        display_name="Laura Bianchi",
        profile_id="expert:bianchi-laura",
        language="en",
    )
    added = accounts.add(draft, PASSWORD)
    again = open_accounts().get("bianchi.laura@cna")
    assert again == added
    assert (again.username, again.role, again.profile_id) == (
        "bianchi.laura@cna",
        Role.EXPERT,
        "expert:bianchi-laura",
    )
    assert (again.language, again.disabled, again.created_at) == ("en", False, clock.now)


def test_the_file_and_its_folder_are_its_owners_alone(accounts: Accounts, path: Path) -> None:
    accounts.all()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0


def test_the_schema_is_at_the_last_migration_in_wal_mode(accounts: Accounts, path: Path) -> None:
    accounts.all()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_password_is_stored_as_argon2id_and_shown_nowhere(
    accounts: Accounts, officer: Account, path: Path
) -> None:
    hashed = stored_hash(path, "rossi")
    assert hashed.startswith("$argon2id$")
    for shown in (repr(officer), str(officer), officer.model_dump_json(), repr(accounts.all())):
        assert hashed not in shown
        assert "argon2" not in shown
        assert PASSWORD not in shown


def test_every_role_is_bound_to_exactly_what_it_needs() -> None:
    assert new_account("coord", "coordinator").association_id is None
    assert new_account("lab-bg", "lab", profile_id="lab:polimi-materials").profile_id
    refused: list[dict[str, Any]] = [
        {"role": "officer"},
        {"role": "officer", "association_id": "association:cna-bg", "profile_id": "expert:x"},
        {"role": "expert"},
        {"role": "lab", "association_id": "association:cna-bg"},
        {"role": "admin", "profile_id": "expert:rossi-mario"},
    ]
    for fields in refused:
        with pytest.raises(InvalidAccountError, match="bound to"):
            new_account("someone", **fields)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"username": "ab", "role": "admin"}, "username: should be 3-64 lowercase"),
        ({"username": "mario rossi", "role": "admin"}, "username: should be 3-64 lowercase"),
        ({"username": "mario", "role": "boss"}, "role: Input should be 'officer'"),
        ({"username": "mario", "role": "admin", "language": "de"}, "language: Input should be"),
        (
            {"username": "mario", "role": "officer", "association_id": "CNA BG"},
            "association_id: should be an id",
        ),
    ],
)
def test_a_wrong_field_is_named(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidAccountError, match=message):
        new_account(**fields)


def test_short_passwords_and_the_username_as_password_are_refused(accounts: Accounts) -> None:
    with pytest.raises(PasswordRefusedError, match="at least 10 characters"):
        accounts.add(new_account("verdi", "coordinator"), "short")
    with pytest.raises(PasswordRefusedError, match="not be the username"):
        accounts.add(new_account("verdi.giuseppe", "coordinator"), "Verdi.Giuseppe")
    assert accounts.all() == []


def test_a_username_is_taken_once(accounts: Accounts, officer: Account) -> None:
    with pytest.raises(DuplicateAccountError, match="'rossi' exists already"):
        accounts.add(new_account("ROSSI", "coordinator"), PASSWORD)


def test_unknown_usernames_are_named(accounts: Accounts) -> None:
    for change in (accounts.get, accounts.disable, accounts.enable):
        with pytest.raises(UnknownAccountError, match="no account is named 'nobody'"):
            change("nobody")
    with pytest.raises(UnknownAccountError):
        accounts.set_password("nobody", PASSWORD)


def test_disable_and_enable_are_stamped(
    accounts: Accounts, officer: Account, clock: FakeClock
) -> None:
    clock.advance(hours=1)
    assert accounts.disable("rossi").disabled
    enabled = accounts.enable("Rossi")
    assert not enabled.disabled
    assert enabled.updated_at == clock.now != enabled.created_at


def test_a_hash_with_old_parameters_is_replaced_at_login(
    path: Path, clock: FakeClock, officer: Account
) -> None:
    old = stored_hash(path, "rossi")
    stronger = Accounts(path, passwords=cheap_passwords(time_cost=2), clock=clock)
    stronger.authenticate("rossi", PASSWORD, "10.0.0.1")
    new = stored_hash(path, "rossi")
    assert new != old
    assert ",t=2," in new
    assert stronger.authenticate("rossi", PASSWORD, "10.0.0.1") == officer

"""`contamina users` on a temporary accounts file, with argon2's production parameters."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from services.accounts import Accounts
from services.cli import app

PASSWORD = "una password lunga"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "accounts.sqlite3"
    monkeypatch.setenv("CONTAMINA_ACCOUNTS_PATH", str(path))
    return path


def users(*arguments: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, ["users", *arguments], input=stdin)


def add_officer(username: str = "rossi") -> Result:
    return users(
        "add",
        username,
        "--role",
        "officer",
        "--association",
        "association:cna-bg",
        "--name",
        "Mario Rossi",
        "--password-stdin",
        stdin=f"{PASSWORD}\n",
    )


def test_add_reads_the_password_from_stdin(path: Path) -> None:
    result = add_officer()
    assert result.exit_code == 0, result.output
    assert "added rossi (officer of association:cna-bg)" in result.output
    assert Accounts(path).authenticate("rossi", PASSWORD, "cli-test").display_name == "Mario Rossi"


def test_add_prompts_twice_without_showing_the_password(path: Path) -> None:
    result = users(
        "add", "verdi", "--role", "expert", "--profile", "expert:verdi-anna", "--language", "en",
        stdin=f"{PASSWORD}\n{PASSWORD}\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.count("Password") == 1
    assert "Repeat for confirmation" in result.output
    assert PASSWORD not in result.output
    account = Accounts(path).get("verdi")
    assert (account.profile_id, account.language) == ("expert:verdi-anna", "en")


def test_list_json_shows_the_accounts_and_no_hash(path: Path) -> None:
    add_officer()
    result = users("list", "--json")
    assert result.exit_code == 0, result.output
    [account] = json.loads(result.output)
    assert account["username"] == "rossi"
    assert account["role"] == "officer"
    assert account["association_id"] == "association:cna-bg"
    assert "password_hash" not in account
    assert "argon2" not in result.output
    assert PASSWORD not in result.output


def test_list_shows_a_table(path: Path) -> None:
    add_officer()
    result = users("list")
    assert result.exit_code == 0, result.output
    assert "rossi" in result.output
    assert "association:cna-bg" in result.output
    assert "argon2" not in result.output


def test_disable_and_enable(path: Path) -> None:
    add_officer()
    assert users("disable", "rossi").exit_code == 0
    assert Accounts(path).get("rossi").disabled
    result = users("enable", "rossi")
    assert result.exit_code == 0, result.output
    assert not Accounts(path).get("rossi").disabled


def test_passwd_replaces_the_password_and_ends_sessions(path: Path) -> None:
    add_officer()
    token, _ = Accounts(path).open_session("rossi")
    result = users("passwd", "rossi", "--password-stdin", stdin="un'altra password\n")
    assert result.exit_code == 0, result.output
    accounts = Accounts(path)
    assert accounts.session(token) is None
    assert accounts.authenticate("rossi", "un'altra password", "cli-test").username == "rossi"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["add", "rossi", "--role", "boss"], "role: Input should be 'officer'"),
        (["add", "rossi", "--role", "officer"], "an officer is bound to one association id"),
        (["add", "rossi", "--role", "lab"], "bound to its profile id"),
        (["add", "ro", "--role", "admin"], "username: should be 3-64"),
        (["add", "rossi", "--role", "admin", "--password-stdin"], "at least 10 characters"),
        (["disable", "nobody"], "no account is named 'nobody'"),
        (["enable", "nobody"], "no account is named 'nobody'"),
        (["passwd", "nobody"], "no account is named 'nobody'"),
    ],
)
def test_mistakes_are_told_in_one_line(path: Path, arguments: list[str], message: str) -> None:
    result = users(*arguments, stdin="short\n")
    assert result.exit_code == 1
    assert "error:" in result.output
    assert message in " ".join(result.output.split())
    assert "Password" not in result.output  # nothing was asked before the mistake was told


def test_a_duplicate_username_is_refused(path: Path) -> None:
    add_officer()
    result = add_officer("Rossi")
    assert result.exit_code == 1
    assert "an account named 'rossi' exists already" in result.output

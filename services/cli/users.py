"""`contamina users`: the web app's accounts, managed by whoever runs the hub's machine.

Passwords are typed twice at a hidden prompt, or read from stdin for scripts
(`--password-stdin`); they never appear as an argument, where `ps` and shell history would
keep them. No command shows a password hash.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from services import bootstrap
from services.accounts import Account, AccountError, Accounts, Role, new_account
from services.settings import Settings

app = typer.Typer(no_args_is_help=True)
console = Console()

Username = Annotated[str, typer.Argument(help="3-64 lowercase letters, digits, . _ - or @.")]
PasswordStdin = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the password from stdin's first line."),
]


def add(
    username: Username,
    *,
    role: Annotated[str, typer.Option("--role", help=", ".join(Role))],
    association: Annotated[
        str | None, typer.Option("--association", help="An officer's association id.")
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--profile", help="An expert's or lab's profile id.")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name shown in the pages.")] = None,
    language: Annotated[str, typer.Option("--language", help="it or en.")] = "it",
    password_stdin: PasswordStdin = False,
) -> None:
    """Create an account bound to what its role needs."""
    with _failing():
        draft = new_account(
            username,
            role,
            display_name=name,
            association_id=association,
            profile_id=profile,
            language=language,
        )  # before the prompt: a wrong field is told before the password is typed
        account = _accounts().add(draft, _password(password_stdin))
    console.print(f"added {account.username} ({_bound_to(account)})")


def list_accounts(
    json_output: Annotated[bool, typer.Option("--json", help="One JSON array.")] = False,
) -> None:
    """The accounts, their roles and what they are bound to."""
    accounts = _accounts().all()
    if json_output:
        typer.echo(json.dumps([account.model_dump(mode="json") for account in accounts], indent=2))
        return
    table = Table("username", "name", "role", "bound to", "language", "state")
    for account in accounts:
        state = "disabled" if account.disabled else "active"
        binding = account.association_id or account.profile_id or "-"
        row = (account.display_name, account.role, binding, account.language, state)
        table.add_row(account.username, *row)
    console.print(table)


def disable(username: Username) -> None:
    """Refuse the account's logins and end its sessions."""
    with _failing():
        account = _accounts().disable(username)
    console.print(f"disabled {account.username}; its sessions have ended")


def enable(username: Username) -> None:
    """Allow the account's logins again."""
    with _failing():
        account = _accounts().enable(username)
    console.print(f"enabled {account.username}")


def passwd(username: Username, password_stdin: PasswordStdin = False) -> None:
    """Set a new password; the account's sessions end."""
    accounts = _accounts()
    with _failing():
        account = accounts.get(username)  # before asking for a password it could not take
        accounts.set_password(account.username, _password(password_stdin))
    console.print(f"new password for {account.username}; its sessions have ended")


app.command("add")(add)
app.command("list")(list_accounts)
app.command("disable")(disable)
app.command("enable")(enable)
app.command("passwd")(passwd)


def _accounts() -> Accounts:
    return bootstrap.accounts(Settings())


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return typer.get_text_stream("stdin").readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _bound_to(account: Account) -> str:
    if account.association_id:
        return f"{account.role} of {account.association_id}"
    if account.profile_id:
        return f"{account.role} for {account.profile_id}"
    return str(account.role)


@contextmanager
def _failing() -> Iterator[None]:
    """An accounts error becomes the CLI's one-line error and exit status 1."""
    try:
        yield
    except AccountError as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error

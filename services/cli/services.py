"""`contamina services up | status | down | logs`: ingestion, the matcher and the web app in
the background, under supervisord (`services/processes/`)."""

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from services.processes import supervisor
from services.processes.supervisor import SERVICES, ProcessesError
from services.settings import Settings

app = typer.Typer(no_args_is_help=True)
console = Console()


def _fail(error: Exception) -> typer.Exit:
    console.print(f"[bold red]error:[/] {error}")
    return typer.Exit(1)


@app.command("up")
def up() -> None:
    """Start the three services in the background (the stack must be up)."""
    try:
        supervisor.up(Settings(), console.print)
    except ProcessesError as error:
        raise _fail(error) from error


@app.command("status")
def status() -> None:
    """Whether each service runs, since when, and where its log is."""
    table = Table("service", "state", "detail", "log")
    for row in supervisor.status(Settings()):
        table.add_row(row.name, row.state, row.detail, str(row.log))
    console.print(table)


@app.command("down")
def down() -> None:
    """Stop the three services (ingestion commits what it has read first)."""
    try:
        supervisor.down(Settings(), console.print)
    except ProcessesError as error:
        raise _fail(error) from error


@app.command("logs")
def logs(
    service: Annotated[str, typer.Argument(help=", ".join(SERVICES))],
    lines: Annotated[int, typer.Option("--lines", "-n")] = 50,
) -> None:
    """The last lines of a service's log."""
    if service not in SERVICES:
        raise _fail(ValueError(f"unknown service {service!r}: choose {', '.join(SERVICES)}"))
    path = supervisor.log(Settings(), service)
    if not path.is_file():
        typer.echo(f"{path} does not exist yet")
        return
    typer.echo("\n".join(path.read_text(errors="replace").splitlines()[-lines:]))

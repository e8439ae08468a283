"""`contamina contracts`: regenerate the committed JSON Schemas and AsyncAPI document, or check
that they still match the code (CI runs the check, so a contract change ships with its docs)."""

from pathlib import Path
from typing import Annotated

import typer

from services.operations import contracts

app = typer.Typer(no_args_is_help=True)


@app.callback()
def contracts_group() -> None:
    """Generated contracts: event JSON Schemas and the AsyncAPI document."""
    # A callback keeps `export` a subcommand even while it is the group's only command.


@app.command("export")
def export(
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 listing files that are out of date."),
    ] = False,
    root: Annotated[
        Path,
        typer.Option(help="Repository root that holds docs/.", file_okay=False),
    ] = Path(),
) -> None:
    """Write docs/events/*.schema.json and docs/asyncapi.json from the code."""
    if check:
        _report_check(contracts.check(root))
        return
    changes = contracts.export(root)
    for change in changes:
        typer.echo(
            f"{'removed' if change.problem is contracts.Problem.EXTRA else 'wrote'} {change.path}"
        )
    typer.echo(f"{len(changes)} file(s) changed" if changes else "contracts are up to date")


def _report_check(discrepancies: list[contracts.Discrepancy]) -> None:
    if not discrepancies:
        typer.echo("contracts are up to date")
        return
    for discrepancy in discrepancies:
        typer.echo(str(discrepancy), err=True)
    typer.echo("run `contamina contracts export` and commit the result", err=True)
    raise typer.Exit(1)

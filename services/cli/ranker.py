"""`contamina ranker fit`: a learned ranker (LambdaRank over the matcher's signals) trained on
a labelled dataset, written to a file that `contamina eval --ranker` and the services
(`CONTAMINA_RANKER`) use."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from services.cli.eval import Bar
from services.evaluation.dataset import DatasetError
from services.evaluation.run import train_on_eval_stack
from services.settings import Settings
from services.stack.errors import StackError

app = typer.Typer(help="The learned ranker the matcher can score with.", no_args_is_help=True)


@app.command("fit")
def fit(
    dataset: Annotated[
        Path,
        typer.Option("--dataset", help="A labelled dataset, as `contamina eval` reads it."),
    ],
    out: Annotated[Path, typer.Option("--out", help="Where to write the ranker (JSON).")],
) -> None:
    """Train on every need of the dataset, through the same ingestion and retrieval as eval."""
    console = Console()
    try:
        with Progress(console=console) as progress:
            ranker = train_on_eval_stack(dataset, Settings(), Bar(progress), console.print)
    except (DatasetError, StackError, ValueError) as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error
    ranker.save(out)
    console.print(f"wrote {out}: use it with contamina eval --ranker {out}, or CONTAMINA_RANKER")

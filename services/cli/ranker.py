"""`contamina ranker fit`: a learned ranker (LambdaRank over the matcher's signals), trained on
a labelled dataset or on the officers' decisions in the graph, written to a file that
`contamina eval --ranker` and the services (`CONTAMINA_RANKER`) use."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from services import bootstrap
from services.cli.eval import Bar
from services.evaluation import decisions
from services.evaluation.dataset import DatasetError
from services.evaluation.run import train_on_eval_stack
from services.matcher.ranker import LearnedRanker
from services.matcher.usecase import Matcher
from services.settings import Settings
from services.stack.errors import StackError

app = typer.Typer(help="The learned ranker the matcher can score with.", no_args_is_help=True)
console = Console()


@app.command("fit")
def fit(
    out: Annotated[Path, typer.Option("--out", help="Where to write the ranker (JSON).")],
    dataset: Annotated[
        Path | None,
        typer.Option("--dataset", help="A labelled dataset, as `contamina eval` reads it."),
    ] = None,
    from_feedback: Annotated[
        bool,
        typer.Option(
            "--from-feedback",
            help="Train on the officers' accept and decline decisions in the graph instead:"
            " the older needs teach, the newest fifth scores it.",
        ),
    ] = False,
) -> None:
    """Train on every need of a dataset (through the same ingestion and retrieval as eval), or
    on the graph's decisions with a time split."""
    if (dataset is None) == (not from_feedback):
        console.print("[bold red]error:[/] give either --dataset DIR or --from-feedback")
        raise typer.Exit(2)
    try:
        ranker = _from_dataset(dataset) if dataset else _from_decisions()
    except (DatasetError, StackError, ValueError) as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error
    ranker.save(out)
    console.print(f"wrote {out}: use it with contamina eval --ranker {out}, or CONTAMINA_RANKER")


def _from_dataset(dataset: Path) -> LearnedRanker:
    with Progress(console=console) as progress:
        return train_on_eval_stack(dataset, Settings(), Bar(progress), console.print)


def _from_decisions() -> LearnedRanker:
    settings = Settings()
    with bootstrap.neo4j_driver(settings) as driver:
        result = decisions.fit(Matcher(settings, driver, bootstrap.embedder(settings)))
    console.print(
        f"trained on the {result.trained_on} oldest needs with an accepted partner; on the"
        f" {result.held_out} newest, nDCG@10 {result.learned:.3f} (hand-set weights"
        f" {result.weights:.3f}; officers only decided on the partners suggested then, so"
        " the figures favour rankings like that of the time)"
    )
    return result.ranker

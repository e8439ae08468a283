"""`contamina eval --dataset DIR [--json] [--fit] [--ranker FILE] [--per-need FILE]`: the
matcher and two baselines, scored side by side, and the matcher again with each of its signals
switched off in turn (the ablations).

With --json, stdout carries one JSON object and nothing else (progress and the stack's
messages go to stderr), so the figures can be piped into a notebook or a CI check.
"""

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, TaskID
from rich.table import Table

from services.evaluation.dataset import DatasetError
from services.evaluation.run import BM25_PARTNERS, SYSTEMS, Evaluation, FittedWeights, on_eval_stack
from services.matcher.ranker import RankerError
from services.matcher.ranker import load as load_ranker
from services.settings import Settings
from services.stack.errors import StackError

COLUMNS = ("nDCG@10", "Recall@10", "MRR", "success@5", "P@5")


class Bar:
    """Rich's progress bar behind the evaluation's Progress protocol: one task per phase."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task: TaskID | None = None

    def start(self, description: str, total: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, visible=False)
        self._task = self._progress.add_task(description, total=total)

    def update(self, completed: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=completed)


def eval_command(
    dataset: Annotated[
        Path, typer.Option("--dataset", help="Directory with profiles.jsonl and needs.jsonl.")
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print one JSON object and nothing else.")
    ] = False,
    fit: Annotated[
        bool,
        typer.Option(
            "--fit",
            help="Also fit the weights and train a ranker (LambdaRank) on one half of the needs"
            " and score the other.",
        ),
    ] = False,
    ranker: Annotated[
        Path | None,
        typer.Option("--ranker", help="Score the matcher with this ranker (contamina ranker fit)."),
    ] = None,
    per_need: Annotated[
        Path | None,
        typer.Option(
            "--per-need", help="Write each need's top 10 per system, right answers marked (JSONL)."
        ),
    ] = None,
) -> None:
    """Score the matcher, BM25 and embedding cosine on a labelled dataset."""
    console = Console(stderr=json_output)
    try:
        learned = load_ranker(ranker) if ranker else None
        with Progress(console=console, transient=json_output) as progress:
            evaluation = on_eval_stack(
                dataset,
                Settings(),
                Bar(progress),
                console.print,
                fit_weights=fit,
                ranker=learned,
                per_need=per_need,
            )
    except (DatasetError, StackError, RankerError) as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error
    if json_output:
        typer.echo(json.dumps(as_json(evaluation), indent=2))
    else:
        show(evaluation, console)


def as_json(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "model": evaluation.model,
        "dataset": {
            "profiles": evaluation.profiles,
            "relations": evaluation.relations,
            "projects": evaluation.projects,
            "needs": evaluation.needs,
            "scored_needs": evaluation.scored_needs,
        },
        "systems": {name: asdict(evaluation.scores[name]) for name in SYSTEMS},
        "slices": {
            name: {
                "needs": part.needs,
                "systems": {system: asdict(scores) for system, scores in part.scores.items()},
            }
            for name, part in evaluation.slices.items()
        },
        "ablations": {
            f"without_{signal}": asdict(scores) for signal, scores in evaluation.ablations.items()
        },
        "cosine_spread": asdict(evaluation.spread),
        "unsuggestable_answers": round(evaluation.unsuggestable, 4),
        "bm25_among_partners": asdict(evaluation.bm25_partners),
        "fitted": _fitted_json(evaluation.fitted) if evaluation.fitted else None,
        "timings": {
            **{f"{phase}_s": round(seconds, 3) for phase, seconds in evaluation.seconds.items()},
            "matcher_mean_latency_ms": round(evaluation.matcher_latency_ms, 1),
        },
    }


def _fitted_json(fitted: FittedWeights) -> dict[str, Any]:
    return {
        "settings": configuration(fitted),
        "trials": fitted.trials,
        "halves": {
            half: {name: asdict(scores) for name, scores in systems.items()}
            for half, systems in fitted.halves.items()
        },
        "whole": asdict(fitted.whole),
        "learned_whole": asdict(fitted.learned_whole) if fitted.learned_whole else None,
    }


def configuration(fitted: FittedWeights) -> dict[str, str]:
    """The fitted choice as the environment variables a deployment keeps."""
    weights = {
        f"CONTAMINA_WEIGHTS__{name.upper()}": f"{weight:g}"
        for name, weight in fitted.weights.by_signal().items()
    }
    gate = f"{fitted.weights.contamination_gate:g}"
    return {
        **weights,
        "CONTAMINA_WEIGHTS__CONTAMINATION_GATE": gate,
        "CONTAMINA_FOCUS_QUERY": str(fitted.focus_query).lower(),
    }


def _show_fitted(fitted: FittedWeights, console: Console) -> None:
    table = Table("half", "system", *COLUMNS, title="Fitted on the fit half")
    for half, systems in fitted.halves.items():
        for name, scores in systems.items():
            table.add_row(half, name, *(f"{value:.3f}" for value in asdict(scores).values()))
        table.add_section()
    table.add_row("whole", "fitted", *(f"{value:.3f}" for value in asdict(fitted.whole).values()))
    if fitted.learned_whole:
        learned = asdict(fitted.learned_whole).values()
        table.add_row("whole", "learned", *(f"{value:.3f}" for value in learned))
    console.print(table)
    console.print(f"{fitted.trials} weight sets tried; to keep them:")
    for name, value in configuration(fitted).items():
        console.print(f"  {name}={value}")


def _show_slices(evaluation: Evaluation, console: Console) -> None:
    table = Table("needs", "system", *COLUMNS, title="By language")
    for name, part in evaluation.slices.items():
        for system, scores in part.scores.items():
            row = (f"{value:.3f}" for value in asdict(scores).values())
            table.add_row(f"{name.replace('_', ' ')} ({part.needs})", system, *row)
        table.add_section()
    console.print(table)


def show(evaluation: Evaluation, console: Console) -> None:
    table = Table("system", *COLUMNS, title="Retrieval quality")
    for name in SYSTEMS:
        scores = evaluation.scores[name]
        table.add_row(name, *(f"{value:.3f}" for value in asdict(scores).values()))
    partners = (f"{value:.3f}" for value in asdict(evaluation.bm25_partners).values())
    table.add_row(BM25_PARTNERS, *partners)
    table.add_section()
    for signal, scores in evaluation.ablations.items():
        row = (f"{value:.3f}" for value in asdict(scores).values())
        table.add_row(f"matcher without {signal}", *row)
    console.print(table)
    _show_slices(evaluation, console)
    console.print(
        f"{evaluation.profiles} profiles, {evaluation.relations} relations,"
        f" {evaluation.projects} past projects, {evaluation.needs}"
        f" needs ({evaluation.scored_needs} with a relevant profile); model {evaluation.model}"
    )
    if evaluation.unsuggestable:
        console.print(
            f"{evaluation.unsuggestable:.0%} of the right answers are of kinds the matcher never"
            " suggests (associations): BM25 and cosine rank them, the matcher cannot"
        )
    spread = evaluation.spread
    console.print(
        f"cosines: eligible profiles median {spread.eligible_median:.3f}, right answers median"
        f" {spread.right_median:.3f}, 90th percentile {spread.right_p90:.3f}"
    )
    if evaluation.fitted:
        _show_fitted(evaluation.fitted, console)
    phases = ", ".join(f"{phase} {seconds:.1f}s" for phase, seconds in evaluation.seconds.items())
    console.print(f"time: {phases}; matcher {evaluation.matcher_latency_ms:.0f} ms per need")

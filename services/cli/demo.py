"""`contamina demo`: the product's main job on a fresh machine, from empty to explained
suggestions: the stack, the demo network through Kafka into Neo4j, a need matched."""

import asyncio
import logging
import os
from collections.abc import Sequence
from contextlib import suppress

import typer
from neo4j import Driver
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from graph import feedback, store
from schemas.events import Event, RejectedError
from schemas.matching import MatchAnswer, MatchQuery
from services import bootstrap
from services.cli import match as cli_match
from services.demo import accounts as demo_accounts
from services.demo import history
from services.demo import run as demo_run
from services.demo.accounts import DEMO_PASSWORD
from services.demo.network import Network, generate
from services.embedding import Embedder
from services.embedding.space import EmbeddingModelMismatchError, check_embedding_space
from services.matcher.service import answer
from services.matcher.usecase import Matcher
from services.operations.reembed import ReembedError, reembed
from services.processes import readiness, supervisor
from services.processes.supervisor import ProcessesError
from services.settings import Settings
from services.stack import local
from services.stack.errors import StackError
from services.web.neo4j_links import web_url

console = Console()


def _one_embedding_space(settings: Settings, driver: Driver, embedder: Embedder) -> None:
    """The demo runs on the local stack, which may hold a graph from an earlier release's
    model: it is moved to the configured one first, as `contamina graph reembed` would."""
    try:
        check_embedding_space(driver, embedder, settings.neo4j_database)
        return
    except EmbeddingModelMismatchError as error:
        console.print(f"{error}\n[bold]re-embedding the local graph with {embedder.model_id}[/]")
    try:
        with Progress(console=console) as progress:
            task = progress.add_task("re-embedded", total=None)
            reembed(
                settings, driver, embedder, lambda n, t: progress.update(task, completed=n, total=t)
            )
    except ReembedError as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error


def demo() -> None:
    """Start the stack, publish the demo network through Kafka, show what reached Neo4j, then
    leave ingestion, the matcher and the web app running in the background."""
    settings = Settings()
    quiet_libraries()
    try:
        local.up(settings, console.print)
        supervisor.down(settings, lambda _: None)  # an earlier demo's: this one ingests first
    except (StackError, ProcessesError) as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error
    network = generate()
    embedder = bootstrap.embedder(settings)
    with bootstrap.neo4j_driver(settings) as driver:
        bootstrap.prepare(settings, driver, embedder.dimension)
        _one_embedding_space(settings, driver, embedder)
        _publish(settings, driver, embedder, network.events())
        matcher = Matcher(settings, driver, embedder)
        need = network.needs[0].payload
        example = answer(matcher, MatchQuery(need_id=need.id), "demo")
        # The officer's answer first; the year of history behind the web pages after it.
        console.print(f"[bold]An officer's need[/] ({need.id}, {need.firm_id}):\n{need.text}")
        console.print(cli_match.table(example, "it"))
        _the_year(settings, driver, embedder, matcher, network)
        counts = store.counts_by_kind(driver, settings.neo4j_database)
    table = Table("kind", "in the graph", title="What reached Neo4j")
    for kind, count in counts.items():
        table.add_row(kind, str(count))
    console.print(table)
    console.print(
        f"Explore it in Neo4j Browser: http://127.0.0.1:{settings.neo4j_http_port}/browser/"
        f" (user {settings.neo4j_user}; connect to {settings.neo4j_uri})"
    )
    _open_the_door(settings, network)


def _publish(
    settings: Settings, driver: Driver, embedder: Embedder, events: Sequence[Event]
) -> None:
    """Publish through Kafka and watch the events reach the graph, with progress bars."""
    with Progress(console=console) as progress:
        tasks = {
            phase: progress.add_task(phase, total=len(events))
            for phase in ("published", "in the graph")
        }
        asyncio.run(
            demo_run.run(
                settings,
                driver,
                embedder,
                events=events,
                progress=lambda phase, done, total: progress.update(
                    tasks[phase], completed=done, total=total
                ),
            )
        )


def _the_year(
    settings: Settings, driver: Driver, embedder: Embedder, matcher: Matcher, network: Network
) -> None:
    """The matcher's answers to the year's needs (all but the example, which the demo's
    officer asks about afresh) and the firms' decisions on them, once: `services.demo.history`."""
    needs = network.needs[1:]
    if feedback.answered_by(driver, history.REQUEST_PREFIX, settings.neo4j_database):
        return
    answers: dict[str, MatchAnswer] = {}
    with Progress(console=console) as progress:
        task = progress.add_task("the year's needs ranked", total=len(needs))
        for need in needs:
            need_id = need.payload.id
            with suppress(RejectedError):  # a need the matcher cannot place stays unanswered
                answers[need_id] = answer(
                    matcher, MatchQuery(need_id=need_id), history.request_id(need_id)
                )
            progress.advance(task)
    right = network.right_partners()
    _publish(settings, driver, embedder, history.events(needs, answers, right=right))


def quiet_libraries() -> None:
    """Progress and results only: no consumer-group chatter, no model-loading bars."""
    for name in ("aiokafka", "kafka", "faststream", "sentence_transformers", "transformers"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def _open_the_door(settings: Settings, network: Network) -> None:
    """Demo accounts, then the three services in the background, until the app is ready."""
    accounts = demo_accounts.ensure(bootstrap.accounts(settings), network)
    console.print("[bold]Starting ingestion, the matcher and the web app in the background[/]")
    try:
        supervisor.up(settings, console.print)
        url = web_url(settings)
        ready = readiness.web_ready(url)
    except ProcessesError as error:
        console.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(1) from error
    if not ready:
        console.print("[yellow]the web app does not answer yet:[/] contamina services logs web")
    table = Table("user", "role", "bound to", title=f"Demo accounts (password {DEMO_PASSWORD})")
    for account in accounts:
        table.add_row(
            account.username, account.role.value, account.association_id or account.profile_id or ""
        )
    console.print(table)
    console.print(
        f"Open the web app: [bold]{url}/[/] · status: contamina services status ·"
        " stop: contamina services down"
    )

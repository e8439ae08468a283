"""`contamina status`: the facts of services/operations/status.py, as tables or one JSON object."""

from collections.abc import Callable
from typing import Annotated, TypeVar

import typer
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from services.operations.status import (
    DeadLetters,
    GraphCounts,
    KafkaHealth,
    Lag,
    Neo4jHealth,
    Status,
    Unavailable,
    collect,
)
from services.settings import Settings

F = TypeVar("F")


def status(
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Servers, graph counts, ingestion lag and dead letters; exits 1 if anything is down."""
    facts = collect(Settings())
    if json_output:
        typer.echo(as_json(facts))
    else:
        Console().print(render(facts))
    if not facts.ok:
        raise typer.Exit(1)


def as_json(facts: Status) -> str:
    return facts.model_dump_json(indent=2)


def render(facts: Status) -> RenderableType:
    return Group(
        servers(facts.kafka, facts.neo4j),
        _section("Graph", facts.graph, graph),
        _section("Ingestion lag", facts.lag, lag),
        _section("Dead letters", facts.dead_letters, dead_letters),
    )


def servers(kafka: KafkaHealth, neo4j: Neo4jHealth) -> RenderableType:
    table = Table("server", "state", "version", "where")
    brokers = f" ({kafka.brokers} broker{'s' if kafka.brokers != 1 else ''})"
    table.add_row(
        "Kafka",
        _state(kafka.reachable, kafka.error),
        kafka.version or "-",
        kafka.bootstrap_servers + (brokers if kafka.reachable else ""),
    )
    edition = f" {neo4j.edition}" if neo4j.edition else ""
    table.add_row(
        "Neo4j",
        _state(neo4j.reachable, neo4j.error),
        f"{neo4j.version}{edition}" if neo4j.version else "-",
        neo4j.uri,
    )
    return _titled("Servers", table)


def graph(counts: GraphCounts) -> RenderableType:
    table = _counts("nodes")
    for kind, count in counts.kinds.items():
        table.add_row(kind, str(count))
    table.add_section()
    table.add_row("needs", str(counts.needs))
    table.add_row("relations waiting for an endpoint", _count(counts.pending_relations))
    table.add_row("feedback waiting for its need or partner", _count(counts.pending_feedback))
    return _titled("Graph", table)


def lag(facts: Lag) -> RenderableType:
    table = _counts("topic", "behind")
    for topic, behind in facts.topics.items():
        table.add_row(topic, _count(behind))
    table.add_section()
    table.add_row("total", _count(facts.total))
    return _titled(f"Ingestion lag (group {facts.group})", table)


def dead_letters(facts: DeadLetters) -> RenderableType:
    table = _counts("reason", "records")
    for reason, count in facts.by_reason.items():
        table.add_row(reason, str(count))
    table.add_section()
    table.add_row("total", _count(facts.total))
    return _titled(f"Dead letters ({facts.topic})", table)


def _section(
    title: str, fact: F | Unavailable, show: Callable[[F], RenderableType]
) -> RenderableType:
    if isinstance(fact, Unavailable):
        return _titled(title, Text(f"unavailable: {fact.error}", style="red"))
    return show(fact)


def _titled(title: str, body: RenderableType) -> RenderableType:
    return Group(Text(f"\n{title}", style="bold"), body)


def _counts(label: str, count: str = "count") -> Table:
    table = Table(label)
    table.add_column(count, justify="right")
    return table


def _state(reachable: bool, error: str | None) -> Text:
    if reachable:
        return Text("up", style="green")
    return Text(f"unavailable: {error}", style="red")


def _count(value: int) -> Text:
    """Anything but zero here wants a look."""
    return Text(str(value), style="yellow" if value else "")

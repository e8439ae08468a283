"""`contamina match`, `contamina feedback` and `contamina matcher`: the officer's side."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console, Group
from rich.text import Text

from schemas.events import describe
from schemas.feedback import Decision, Feedback, FeedbackRecorded, Outcome
from schemas.matching import MatchAnswer, MatchOptions, MatchQuery
from services import bootstrap
from services.kafka.publisher import publisher
from services.kafka.topics import route
from services.matcher.ranker import RankerError
from services.matcher.service import answer
from services.matcher.usecase import Matcher
from services.settings import Settings

console = Console()
feedback_app = typer.Typer(help="Record what the firm decided about a suggestion.")


def _invalid(error: ValidationError) -> typer.Exit:
    console.print(f"[bold red]invalid input:[/] {describe(error)}")
    return typer.Exit(2)


def match(
    text: Annotated[str | None, typer.Argument(help="The need, as the officer writes it.")] = None,
    *,
    firm: Annotated[str | None, typer.Option("--firm", help="The firm's id.")] = None,
    need: Annotated[str | None, typer.Option("--need", help="A need already submitted.")] = None,
    kinds: Annotated[str, typer.Option(help="Wanted kinds, e.g. expert,lab.")] = "",
    services: Annotated[
        str,
        typer.Option(
            help="Services the need calls for, e.g. materials_testing,patents_trademarks;"
            " a stored need's own when not given."
        ),
    ] = "",
    province: Annotated[str | None, typer.Option(help="Province code, e.g. BG.")] = None,
    contamination: Annotated[
        bool, typer.Option("--contamination/--no-contamination", help="Prefer other sectors.")
    ] = True,
    k: Annotated[int, typer.Option("--k", help="How many suggestions.")] = 10,
    language: Annotated[str, typer.Option(help="it or en.")] = "it",
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Rank partners for a need and explain each suggestion."""
    try:
        query = MatchQuery(
            need_id=need,
            text=text,
            firm_id=firm,
            services=[service for service in services.split(",") if service],
            options=MatchOptions.model_validate(
                {
                    "kinds": [kind for kind in kinds.split(",") if kind],
                    "province": province,
                    "contamination": contamination,
                    "k": k,
                    "language": language,
                }
            ),
        )
    except ValidationError as error:
        raise _invalid(error) from error
    settings = Settings()
    with bootstrap.neo4j_driver(settings) as driver:
        try:
            matcher = Matcher(settings, driver, bootstrap.embedder(settings))
        except RankerError as error:
            console.print(f"[bold red]error:[/] {error}")
            raise typer.Exit(1) from error
        result = answer(matcher, query, request_id=str(uuid.uuid4()))
    if json_output:
        typer.echo(result.model_dump_json(indent=2))
    else:
        console.print(table(result, language, k))


def table(result: MatchAnswer, language: str, asked: int = 10) -> Group:
    """One block per suggestion: who, why, and how to be introduced; reads well when narrow."""
    italian = language == "it"
    blocks: list[Text] = []
    for s in result.suggestions:
        block = Text()
        block.append(f"{s.rank}. {s.name}", style="bold")
        block.append(f"  {s.kind} · {s.partner_id} · {s.score:.3f}\n", style="dim")
        block.append(f"   {s.explanation}\n")
        if s.path_text:
            label = "Presentazione" if italian else "Introduction"
            block.append(f"   {label}: {s.path_text}\n", style="cyan")
        blocks.append(block)
    found = len(blocks)
    if not blocks:
        blocks.append(Text("Nessun partner trovato." if italian else "No partner found."))
    elif found < asked:
        blocks.append(
            Text(
                f"Solo {found} partner hanno un motivo legato a questo bisogno: l'elenco non è"
                " riempito con altri."
                if italian
                else f"Only {found} partners have a reason about this need: the list is not"
                " padded with others.",
                style="italic",
            )
        )
    return Group(*blocks)


def _record(decision: Decision, need: str, partner: str, note: str | None, **extra: str) -> None:
    try:
        payload = Feedback.model_validate(
            {"need_id": need, "partner_id": partner, "decision": decision, "note": note, **extra}
        )
    except ValidationError as error:
        raise _invalid(error) from error
    event = FeedbackRecorded(
        event_id=uuid.uuid4(), occurred_at=datetime.now(UTC), source="contamina-cli",
        payload=payload,
    )  # fmt: skip
    with publisher(Settings()) as out:
        topic, key = route(event)
        out.publish(topic, key, event)
    console.print(f"recorded: {decision.value} {partner} for {need}")


Note = Annotated[str | None, typer.Option(help="A short note for colleagues.")]


@feedback_app.command("accept")
def accept(need: str, partner: str, note: Note = None) -> None:
    """The firm takes the partner up: it becomes a past collaboration."""
    _record(Decision.ACCEPTED, need, partner, note)


@feedback_app.command("decline")
def decline(need: str, partner: str, note: Note = None) -> None:
    """The firm turns the partner down: not suggested again for this need."""
    _record(Decision.DECLINED, need, partner, note)


@feedback_app.command("outcome")
def outcome(need: str, partner: str, result: Outcome, note: Note = None) -> None:
    """How the collaboration went: success, partial or failure."""
    _record(Decision.OUTCOME, need, partner, note, outcome=result.value)

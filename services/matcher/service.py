"""The matcher as a service: match requests in, explained suggestions out, over Kafka.

A client publishes `match.requested` on the request topic with a correlation id; the answer,
`match.suggested`, comes back on the suggestions topic with the same correlation id. The
ingestion service projects answers about known needs into the graph.
"""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

from aiokafka import ConsumerRecord
from faststream import FastStream
from faststream.kafka import KafkaBroker, KafkaMessage, KafkaRouter
from faststream.middlewares import AckPolicy
from neo4j import Driver

from graph import feedback
from schemas.events import RejectedError, Rejection, decode
from schemas.matching import (
    IntroductionStep,
    MatchAnswer,
    MatchQuery,
    MatchRequested,
    MatchSuggested,
    SuggestedPartner,
)
from services.embedding import Embedder
from services.kafka.broker import broker
from services.kafka.deadletter import DeadLetter, DeadLetterLedger
from services.kafka.records import Rejected, raw_values, tolerant_parser
from services.kafka.topics import MATCH_REQUESTS, SUGGESTIONS
from services.matcher.ranking.model import Place, Suggestion, UnplacedNeedError
from services.matcher.usecase import Matcher, MatchRequest, place_of
from services.polling import CatchUpTimeoutError, wait_until
from services.settings import Settings

SERVICE = "matcher"


class UnknownNeedError(RejectedError):
    def __init__(self, need_id: str, waited: float) -> None:
        detail = f"need {need_id} did not arrive in the graph within {waited:.0f}s"
        super().__init__(Rejection.MISSING_SUBJECT, detail)


async def need_arrived(matcher: Matcher, need_id: str, within: float) -> None:
    """A request often overtakes its need (both are published together, and the need is
    embedded on the way into the graph): wait for it, up to a deadline."""
    db = matcher.settings.neo4j_database
    try:
        await wait_until(
            lambda: feedback.need(matcher.driver, need_id, db) is not None,
            within,
            f"need {need_id} in the graph",
        )
    except CatchUpTimeoutError as error:
        raise UnknownNeedError(need_id, within) from error


def request_for(matcher: Matcher, query: MatchQuery) -> MatchRequest:
    """The matcher's request: the need from the graph when named, the query's text otherwise;
    partners already taken up or turned down for that need are left out."""
    text, firm_id, topics = query.text, query.firm_id, tuple(query.topics)
    services = tuple(service.value for service in query.services)
    excluded: frozenset[str] = frozenset()
    place: Place | None = None
    before: date | None = None
    if query.need_id is not None:
        db = matcher.settings.neo4j_database
        stored = feedback.need(matcher.driver, query.need_id, db)
        if stored is None:
            raise UnknownNeedError(query.need_id, 0)
        if not text:  # the stored need's own text
            text = stored["text"]
        firm_id = firm_id or stored["firm_id"]
        topics = topics or tuple(stored["topics"] or ())
        services = services or tuple(stored["services"] or ())
        excluded = feedback.settled(matcher.driver, query.need_id, db)
        place = stated_place(stored)
        # Only what the hub knew when the need came in: not, say, the need's own acceptance.
        before = stored["submitted"].to_native() if stored["submitted"] else None
    options = query.options
    if options.province is not None:
        place = Place(province=options.province, country="IT")
    return MatchRequest(
        text=text or "",
        firm_id=firm_id,
        sector=query.sector,
        kinds=frozenset(kind.value for kind in options.kinds),
        topics=topics,
        services=services,
        place=place,
        province_only=options.province_only,
        max_distance_km=options.max_distance_km,
        excluded_ids=excluded | ({firm_id} if firm_id else set()),
        contamination=options.contamination,
        k=options.k,
        language=options.language,
        before=before,
    )


def stated_place(stored: dict[str, Any]) -> Place | None:
    """A need's own territory, when it was submitted with one; else the firm's seat will do."""
    place = place_of(stored)
    return None if place == Place() else place


def answer(matcher: Matcher, query: MatchQuery, request_id: str) -> MatchAnswer:
    request = request_for(matcher, query)
    try:
        suggestions = matcher.match(request)
    except UnplacedNeedError as error:
        raise RejectedError(Rejection.INVALID, str(error)) from error
    return MatchAnswer(
        request_id=request_id,
        need_id=query.need_id,
        firm_id=request.firm_id,
        model=matcher.embedder.model_id,
        suggestions=[wire(rank, s) for rank, s in enumerate(suggestions, start=1)],
    )


def wire(rank: int, suggestion: Suggestion) -> SuggestedPartner:
    candidate = suggestion.candidate
    return SuggestedPartner(
        rank=rank,
        partner_id=candidate.id,
        kind=candidate.kind,
        name=candidate.name,
        score=round(suggestion.score, 6),
        contributions={name: round(v, 6) for name, v in suggestion.contributions.items()},
        matched_topics=list(suggestion.matched_topics),
        path=[IntroductionStep(**vars(step)) for step in suggestion.path],
        path_text=suggestion.path_text,
        explanation=suggestion.explanation,
    )


def router(settings: Settings, matcher: Matcher, dead_letters: DeadLetterLedger) -> KafkaRouter:
    matching = KafkaRouter()
    replies = matching.publisher(
        settings.topic(SUGGESTIONS),
        schema=MatchSuggested,
        title="match-suggested",
        description="The ranked, explained answer, with the request's correlation id.",
    )

    @matching.subscriber(
        settings.topic(MATCH_REQUESTS),
        group_id=settings.matcher_group,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.NACK_ON_ERROR,
        parser=tolerant_parser,
        decoder=raw_values,
        title="match-requested",
        description="Answers each match request on the suggestions topic.",
    )
    async def answer_request(body: bytes, message: KafkaMessage) -> None:
        try:
            event = decode(body, settings.max_message_bytes)
            if not isinstance(event, MatchRequested):
                raise RejectedError(Rejection.UNKNOWN_TYPE, f"{event.type} is not a request")
            if event.payload.need_id is not None:
                await need_arrived(matcher, event.payload.need_id, settings.need_wait_seconds)
            reply = await asyncio.to_thread(answer, matcher, event.payload, str(event.event_id))
        except RejectedError as error:
            await dead_letters([_dead_letter(message, error)])
            return
        suggested = MatchSuggested(
            event_id=event.event_id, occurred_at=event.occurred_at, source="contamina-matcher",
            payload=reply,
        )  # fmt: skip
        await replies.publish(
            suggested.model_dump_json().encode(),
            key=(reply.need_id or reply.request_id).encode(),
            correlation_id=message.correlation_id,
        )

    return matching


def _dead_letter(message: KafkaMessage, error: RejectedError) -> DeadLetter:
    record: ConsumerRecord[bytes, bytes] = message.raw_message
    return DeadLetter.of(Rejected(record, error))


@asynccontextmanager
async def running(
    settings: Settings, driver: Driver, embedder: Embedder, log_level: int = logging.INFO
) -> AsyncIterator[KafkaBroker]:
    """The matcher service in this process, started, until the block exits."""
    kafka, dead_letters = _service(settings, driver, embedder, log_level)
    async with dead_letters, kafka:  # the consumer stops before the ledger closes
        await kafka.start()
        yield kafka


def app(settings: Settings, driver: Driver, embedder: Embedder) -> FastStream:
    kafka, dead_letters = _service(settings, driver, embedder, logging.INFO)

    @asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        async with dead_letters:
            yield

    return FastStream(kafka, lifespan=lifespan)


def _service(
    settings: Settings, driver: Driver, embedder: Embedder, log_level: int
) -> tuple[KafkaBroker, DeadLetterLedger]:
    kafka = broker(settings, SERVICE, log_level)
    dead_letters = DeadLetterLedger(settings, writer=settings.matcher_group)
    kafka.include_router(router(settings, Matcher(settings, driver, embedder), dead_letters))
    return kafka, dead_letters

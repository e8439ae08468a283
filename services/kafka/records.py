"""Sorting a batch of Kafka records into valid events and rejected ones.

FastStream's default parser decodes every header as UTF-8 and its default decoder parses
JSON itself; either failing would make the consumer retry a poisoned batch forever. So the
subscribers get raw records: undecodable headers are dropped before parsing, and the value
is judged here, where every failure becomes a dead letter with its reason.
"""

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiokafka import ConsumerRecord

from schemas.events import Event, RejectedError, Rejection, decode


@dataclasses.dataclass(frozen=True)
class Accepted:
    record: ConsumerRecord[bytes, bytes]
    event: Event


@dataclasses.dataclass(frozen=True)
class Rejected:
    record: ConsumerRecord[bytes, bytes]
    error: RejectedError


def origin_of(record: ConsumerRecord[bytes, bytes]) -> str:
    """Where a record was read: the same however often it is delivered or replayed."""
    return f"{record.topic}/{record.partition}/{record.offset}"


def sort_batch(
    records: Sequence[ConsumerRecord[bytes, bytes]], max_bytes: int, accepts: frozenset[str]
) -> tuple[list[Accepted], list[Rejected]]:
    """Valid events of the types this topic carries, and the rest; tombstones are skipped."""
    accepted: list[Accepted] = []
    rejected: list[Rejected] = []
    for record in records:
        if record.value is None:
            continue  # a tombstone: compaction's marker for an erased entity, not an event
        try:
            event = decode(record.value, max_bytes)
            if event.type not in accepts:
                raise RejectedError(
                    Rejection.UNKNOWN_TYPE,
                    f"{event.type} does not belong on {record.topic}; it carries "
                    f"{', '.join(sorted(accepts))}",
                )
            accepted.append(Accepted(record, event))
        except RejectedError as error:
            rejected.append(Rejected(record, error))
    return accepted, rejected


async def tolerant_parser(records: Any, original: Callable[[Any], Awaitable[Any]]) -> Any:
    """FastStream's parser, minus headers that are not UTF-8 (the value stays untouched)."""
    batch = records if isinstance(records, tuple) else (records,)
    cleaned = tuple(dataclasses.replace(r, headers=_utf8_headers(r.headers)) for r in batch)
    return await original(cleaned if isinstance(records, tuple) else cleaned[0])


async def raw_values(message: Any) -> Any:
    """Skip FastStream's JSON decoding: the handler judges the bytes itself."""
    return message.body


def _utf8_headers(headers: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    kept = []
    for name, value in headers:
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            continue
        kept.append((name, value))
    return kept

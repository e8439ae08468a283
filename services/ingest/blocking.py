"""The Neo4j driver and the embedding models block: their calls run in worker threads, so the
consumers' event loop keeps heartbeating while texts are embedded and the graph is written."""

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from neo4j import Driver

T = TypeVar("T")


@dataclass(frozen=True)
class OneAtATime:
    """Runs blocking calls in a thread of their own, one after the other, off the event loop.

    Each consumer of the process would otherwise call at once: embeddings on one model, each
    call with the model's full thread pool on a machine of two cores, and graph writes whose
    transactions deadlock (InThread)."""

    name: str
    _thread: ThreadPoolExecutor = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
        object.__setattr__(self, "_thread", thread)

    async def __call__(self, work: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, work, *args)


@dataclass(frozen=True)
class InThread:
    """Calls a `graph.store`-style function (driver first, `database=` keyword) in a thread,
    one call at a time.

    The process's consumers (profiles, relations, needs, projects, decisions) would otherwise
    write at once, and their transactions take the locks of shared nodes (a province, a
    topic, a past project's participants) in opposite orders: Neo4j then detects a deadlock
    and the driver retries after a pause of a second or two, printing the lock table. Writers
    in other processes (several `contamina ingest`) can still meet so; the queries take shared
    nodes in key order where they can (graph.queries.MERGE_VOCABULARY)."""

    driver: Driver
    database: str
    _writer: OneAtATime = field(default_factory=lambda: OneAtATime("graph-writer"), repr=False)

    async def __call__(self, work: Callable[..., T], *args: object) -> T:
        return await self._writer(partial(work, self.driver, *args, database=self.database))

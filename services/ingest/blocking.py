"""The Neo4j driver blocks: its calls run in a worker thread, so the consumers' event loop
keeps heartbeating while the graph is written."""

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from neo4j import Driver

T = TypeVar("T")


def _one_thread() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="graph-writer")


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
    _writer: ThreadPoolExecutor = field(default_factory=_one_thread, repr=False, compare=False)

    async def __call__(self, work: Callable[..., T], *args: object) -> T:
        call = partial(work, self.driver, *args, database=self.database)
        return await asyncio.get_running_loop().run_in_executor(self._writer, call)

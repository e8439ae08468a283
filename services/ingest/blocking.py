"""The Neo4j driver blocks: its calls run in worker threads, so the consumers' event loop
keeps heartbeating while the graph is written."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from neo4j import Driver

T = TypeVar("T")


@dataclass(frozen=True)
class InThread:
    """Calls a `graph.store`-style function (driver first, `database=` keyword) in a thread."""

    driver: Driver
    database: str

    async def __call__(self, work: Callable[..., T], *args: object) -> T:
        return await asyncio.to_thread(partial(work, database=self.database), self.driver, *args)

"""Liveness and readiness: is the process up, and can it reach Kafka and Neo4j right now."""

import asyncio
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from services.operations.status import neo4j_health
from services.web.problems import MEDIA_TYPE, problem
from services.web.state import Servers

READY_TIMEOUT_S = 3.0
"""A readiness probe must answer before the orchestrator's own timeout does."""

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    kafka: Literal["reachable"] = "reachable"
    neo4j: Literal["reachable"] = "reachable"


@router.get("/health", summary="The process answers")
async def health() -> Health:
    return Health()


@router.get(
    "/ready",
    summary="Kafka and Neo4j answer",
    response_model=Readiness,
    responses={503: {"description": "A server does not answer", "content": {MEDIA_TYPE: {}}}},
)
async def ready(request: Request) -> Readiness | JSONResponse:
    servers: Servers = request.app.state.servers
    away = []
    if not await servers.broker.ping(READY_TIMEOUT_S):
        away.append(f"Kafka ({servers.settings.kafka_bootstrap_servers})")
    neo4j = await asyncio.to_thread(neo4j_health, servers.settings, servers.driver)
    if not neo4j.reachable:
        away.append(f"Neo4j ({servers.settings.neo4j_uri})")
    if away:
        return problem(503, "Not ready", f"no answer from {' and '.join(away)}", unavailable=away)
    return Readiness()

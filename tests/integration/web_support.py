"""What the web app's integration tests share: a small network (two associations, their firms,
two experts, a lab), one account per role, and the HTTP client helpers. The fixtures that
run the app on it (`app`, `sign_in`) are in this folder's conftest."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from argon2 import PasswordHasher
from fastapi import FastAPI

from schemas.relations import RelationType
from services.accounts import Accounts, Passwords, new_account
from services.settings import Settings
from tests.integration.ingest_support import DEADLINE, association, expert, firm, lab, publish, tie

PASSWORD = "una-password-lunga"
NEED = {
    "firm_id": "firm:plastica",
    "text": "Stampiamo componenti in plastica per l'automotive: cerchiamo chi esegua prove di"
    " fatica e analisi dei materiali polimerici sui nostri pezzi.",
    "wanted_kinds": ["expert"],
    "urgency": "high",
}


def network(settings: Settings) -> None:
    publish(
        settings,
        association("association:cna-bg", "CNA Bergamo"),
        association("association:conf-bg", "Confartigianato Bergamo"),
        firm(
            "firm:plastica",
            "Plastica Seriana Srl",
            description="Stampaggio a iniezione di componenti in plastica per l'automotive",
            sector="22.29",
        ),
        firm(
            "firm:legno", "Legnami Orobici Snc", description="Serramenti in legno", sector="16.23"
        ),
        expert(
            "expert:fatica",
            "Giulia Testa",
            headline="Ingegnera dei materiali",
            competences="Prove di fatica e analisi dei materiali polimerici, resistenza a fatica",
            sectors=["72.19"],
        ),
        expert(
            "expert:vino",
            "Paolo Vitali",
            headline="Enologo",
            competences="Vinificazione, cantina, degustazione dei vini della Valcalepio",
            sectors=["11.02"],
        ),
        lab(
            "lab:enologia",
            "Laboratorio Analisi Enologiche",
            description="Analisi chimiche e sensoriali dei vini",
            tests=["Grado alcolico", "Anidride solforosa"],
            sector="71.20",
            services=["certification"],
        ),
        tie(RelationType.MEMBER_OF, "firm:plastica", "association:cna-bg"),
        tie(RelationType.MEMBER_OF, "firm:legno", "association:conf-bg"),
        tie(RelationType.AFFILIATED_WITH, "expert:fatica", "association:cna-bg"),
    )


def accounts(path: Path) -> Accounts:
    quick = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    accounts = Accounts(path, passwords=quick)
    for draft in (
        new_account("anna", "officer", association_id="association:cna-bg"),
        new_account("bruno", "officer", association_id="association:conf-bg"),
        new_account("carla", "coordinator", language="en"),
        new_account("giulia", "expert", profile_id="expert:fatica"),
        new_account("paolo", "expert", profile_id="expert:vino"),
        new_account("laura", "lab", profile_id="lab:enologia"),
        new_account("root", "admin"),
    ):
        accounts.add(draft, PASSWORD)
    return accounts


def client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def until(client: httpx.AsyncClient, url: str, holds: Callable[[Any], bool]) -> Any:
    """GET `url` (each call waits up to 10 s server-side) until the answer satisfies `holds`."""
    deadline = time.monotonic() + DEADLINE
    while True:
        answer = await client.get(url, params={"wait": 10})
        if answer.status_code == 200 and holds(answer.json()):
            return answer.json()
        assert time.monotonic() < deadline, f"{url} never held: {answer.text}"


SignIn = Callable[[str], Any]

"""The guards in front of every route, without servers: the body size limit, the signed
session cookie, and problem details naming fields."""

from collections.abc import AsyncIterator

import httpx
from fastapi import FastAPI, Request
from pydantic import BaseModel, Field

from services.settings import Settings
from services.web.i18n import catalogue
from services.web.limits import BodyLimit
from services.web.problems import field_name, message
from services.web.sessions import cookie_value, token_of


def _echo(max_bytes: int) -> FastAPI:
    app = FastAPI()
    app.add_middleware(BodyLimit, max_bytes=max_bytes)

    @app.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"read": len(await request.body())}

    return app


async def _post(app: FastAPI, **kwargs: object) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        return await client.post("/echo", **kwargs)  # type: ignore[arg-type]


async def test_a_body_within_the_limit_passes_whole() -> None:
    answer = await _post(_echo(100), content=b"x" * 100)
    assert answer.json() == {"read": 100}


async def test_a_declared_body_over_the_limit_is_refused_in_the_users_language() -> None:
    answer = await _post(_echo(100), content=b"x" * 101, headers={"accept-language": "en"})
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["detail"] == "the body may be at most 100 bytes"


async def test_a_chunked_body_is_cut_off_at_the_limit() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 30

    answer = await _post(_echo(100), content=chunks())
    assert answer.status_code == 413
    assert answer.json()["title"] == "Richiesta troppo grande"


def test_only_a_cookie_we_signed_carries_a_token() -> None:
    ours, theirs = Settings(), Settings(session_secret="another-secret-entirely")
    cookie = cookie_value(ours, "tok.en-1")
    assert token_of(ours, cookie) == "tok.en-1"
    assert token_of(theirs, cookie) is None
    assert token_of(ours, "tok.en-1") is None
    assert token_of(ours, cookie[:-1] + ("0" if cookie[-1] != "0" else "1")) is None
    assert token_of(ours, None) is None


class _Form(BaseModel):
    text: str = Field(min_length=20)
    count: int = Field(ge=1)


def test_a_validation_error_names_its_field_and_what_is_allowed() -> None:
    try:
        _Form.model_validate({"text": "corto", "count": 0})
    except ValueError as error:
        errors = error.errors()  # type: ignore[attr-defined]
    it, en = catalogue("it"), catalogue("en")
    assert [field_name(("body", *e["loc"])) for e in errors] == ["text", "count"]
    assert [message(e, it) for e in errors] == [
        "deve avere almeno 20 caratteri",
        "deve essere almeno 1",
    ]
    assert message(errors[1], en) == "must be at least 1"

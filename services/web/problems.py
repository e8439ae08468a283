"""Errors as problem details (RFC 9457): a JSON body a client can act on, never a stack trace."""

from typing import Any

from fastapi.responses import JSONResponse

MEDIA_TYPE = "application/problem+json"


def problem(status: int, title: str, detail: str, **extensions: Any) -> JSONResponse:
    """`type` stays "about:blank" (RFC 9457, 4.2.1): the status and title say it all."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return JSONResponse({**body, **extensions}, status_code=status, media_type=MEDIA_TYPE)

"""Plain ASGI middleware in front of every route: the body size limit and the security headers.

A request body over the size limit is refused before anything parses it.

A declared Content-Length over the limit is answered 413 at once; a body sent without one
(chunked) is counted as it arrives and cut off at the limit. Plain ASGI middleware, so it runs
before FastAPI reads, decodes or validates anything.
"""

import json
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.web.i18n import catalogue, negotiate
from services.web.problems import MEDIA_TYPE


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send)
            return
        received = 0
        refused = started = False

        async def counted() -> Message:
            """The body as it arrives; past the limit, the 413 goes out and the app is told the
            client left (raising instead would reach FastAPI's body parser, which answers
            400)."""
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes and not refused:
                    refused = True
                    if not started:
                        await self._refuse(scope, send)
                    return {"type": "http.disconnect"}
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is the answer; whatever the app says after it is dropped
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except ClientDisconnect:
            if not refused:
                raise  # a client that really left

    async def _refuse(self, scope: Scope, send: Send) -> None:
        headers = dict(scope["headers"])
        accept_language = headers.get(b"accept-language", b"").decode("latin-1")
        tr = catalogue(negotiate(accept_language))
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": tr("Request too large"),
            "status": 413,
            "detail": tr("the body may be at most %(limit)s bytes", limit=self.max_bytes),
            "max_bytes": self.max_bytes,
        }
        encoded = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", MEDIA_TYPE.encode()),
                    (b"content-length", str(len(encoded)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": encoded})


# Pages load only the app's own assets (hub offices may have no internet, and nothing else
# should run in them); no other site may frame them.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
        b" form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)

"""Who is asking: the session cookie, its CSRF token, and the account behind them.

The cookie holds the session token (only its SHA-256 is stored, in the accounts file) with an
HMAC of it under the session secret, so a forged cookie is refused before any lookup. It is
HttpOnly and SameSite=Lax, and Secure outside local development. Every unsafe request (POST,
PUT, PATCH, DELETE) must carry the session's CSRF token: in the `X-CSRF-Token` header (the API)
or the `csrf_token` form field (the pages).
"""

import asyncio
import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request, Response

from services.accounts import Account, Accounts
from services.settings import Settings

COOKIE = "contamina_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


class NotSignedInError(Exception):
    """No live session: the API answers 401, the pages send the browser to the login page."""


class CsrfRefusedError(Exception):
    """An unsafe request without its session's CSRF token."""


def _signature(settings: Settings, token: str) -> str:
    key = settings.session_secret.get_secret_value().encode()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def cookie_value(settings: Settings, token: str) -> str:
    return f"{token}.{_signature(settings, token)}"


def token_of(settings: Settings, cookie: str | None) -> str | None:
    """The session token a cookie carries, if the cookie is one we signed."""
    if not cookie:
        return None
    token, _, signature = cookie.rpartition(".")
    if not token or not hmac.compare_digest(signature, _signature(settings, token)):
        return None
    return token


def set_cookie(response: Response, settings: Settings, token: str) -> None:
    response.set_cookie(
        COOKIE,
        cookie_value(settings, token),
        max_age=int(settings.session_hours * 3600),
        httponly=True,
        samesite="lax",
        secure=settings.environment != "local",
        path="/",
    )


def clear_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        COOKIE, httponly=True, samesite="lax", secure=settings.environment != "local", path="/"
    )


async def submitted_csrf(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header is not None:
        return header
    if request.headers.get("content-type", "").startswith(FORMS):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def signed_in(request: Request) -> Account:
    """The account of a live session, its CSRF token checked on unsafe requests."""
    settings: Settings = request.app.state.servers.settings
    accounts: Accounts = request.app.state.accounts
    token = token_of(settings, request.cookies.get(COOKIE))
    account = await asyncio.to_thread(accounts.session, token) if token else None
    if token is None or account is None:
        raise NotSignedInError
    if request.method not in SAFE_METHODS:
        submitted = await submitted_csrf(request)
        if not await asyncio.to_thread(accounts.check_csrf, token, submitted):
            raise CsrfRefusedError
    request.state.account = account
    request.state.csrf_token = await asyncio.to_thread(accounts.csrf_token, token)
    return account


SignedIn = Annotated[Account, Depends(signed_in)]

"""Signing in and out through the API: a session cookie, and the CSRF token to send back."""

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse

from schemas.api import Credentials, SessionView
from services.accounts import (
    Account,
    AccountDisabledError,
    Accounts,
    BadCredentialsError,
    LoginThrottledError,
)
from services.web.i18n import catalogue, negotiate
from services.web.problems import MEDIA_TYPE, problem
from services.web.sessions import COOKIE, SignedIn, clear_cookie, set_cookie, token_of
from services.web.state import Servers

router = APIRouter(prefix="/api/session", tags=["session"])
REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Wrong username or password", "content": {MEDIA_TYPE: {}}},
    403: {"description": "The account is disabled", "content": {MEDIA_TYPE: {}}},
    429: {"description": "Too many failed attempts: see Retry-After", "content": {MEDIA_TYPE: {}}},
}


def view(account: Account, csrf_token: str) -> SessionView:
    return SessionView(csrf_token=csrf_token, **account.model_dump(include=set(VIEWED)))


VIEWED = ("username", "display_name", "role", "association_id", "profile_id", "language")


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("", summary="Sign in", response_model=SessionView, responses=REFUSALS)
async def sign_in(
    credentials: Credentials, request: Request, response: Response
) -> SessionView | JSONResponse:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    tr = catalogue(negotiate(request.headers.get("accept-language")))
    try:
        account = await asyncio.to_thread(
            accounts.authenticate, credentials.username, credentials.password, client_of(request)
        )
    except BadCredentialsError:
        return problem(401, tr("Not signed in"), tr("wrong username or password"))
    except AccountDisabledError:
        return problem(403, tr("Account disabled"), tr("this account is disabled"))
    except LoginThrottledError as error:
        wait = error.retry_after_seconds
        refused = problem(
            429, tr("Too many attempts"), tr("try again in %(seconds)s seconds", seconds=wait)
        )
        refused.headers["Retry-After"] = str(wait)
        return refused
    token, csrf_token = await asyncio.to_thread(accounts.open_session, account.username)
    set_cookie(response, servers.settings, token)
    return view(account, csrf_token)


@router.get("", summary="Who is signed in", responses={401: REFUSALS[401]})
async def current(account: SignedIn, request: Request) -> SessionView:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    token = token_of(servers.settings, request.cookies.get(COOKIE))
    csrf_token = await asyncio.to_thread(accounts.csrf_token, token) if token else None
    return view(account, csrf_token or "")


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, summary="Sign out")
async def sign_out(account: SignedIn, request: Request, response: Response) -> None:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    token = token_of(servers.settings, request.cookies.get(COOKIE))
    if token:
        await asyncio.to_thread(accounts.close_session, token)
    clear_cookie(response, servers.settings)

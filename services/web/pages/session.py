"""The login page, signing out, and the front door that sends each role to its page.

The login form has a CSRF token of its own before any session exists (double submit: the same
random value in a SameSite=Strict cookie and in the form), so no other site can sign a browser
in to an account of its choosing.
"""

import asyncio
import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from services.accounts import (
    AccountDisabledError,
    Accounts,
    BadCredentialsError,
    LoginThrottledError,
)
from services.accounts.model import Role
from services.web.i18n import catalogue
from services.web.pages import language, render
from services.web.routes.session import client_of
from services.web.sessions import COOKIE, SignedIn, clear_cookie, set_cookie, token_of
from services.web.state import Servers

router = APIRouter(include_in_schema=False)
LOGIN_COOKIE = "contamina_login"
HOMES = {
    Role.OFFICER: "/needs",
    Role.EXPERT: "/profile",
    Role.LAB: "/profile",
    Role.COORDINATOR: "/dashboard",
    Role.ADMIN: "/dashboard",
}


def safe_next(target: str | None) -> str:
    """Only a path of this site: never an absolute or scheme-relative address elsewhere."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _login_page(
    request: Request, status_code: int = 200, error: str = "", username: str = "", next_: str = "/"
) -> Response:
    token = secrets.token_urlsafe(32)
    page = render(
        request, "login.html", status_code, error=error, username=username, next=next_,
        login_csrf=token,
    )  # fmt: skip
    page.set_cookie(LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict")
    return page


@router.get("/login")
async def login_page(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_=safe_next(next))


@router.post("/login")
async def log_in(
    request: Request,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    tr = catalogue(language(request))
    target = safe_next(next)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        error = tr("The form expired: please sign in again.")
        return _login_page(request, 403, error, username, target)
    client = client_of(request)
    try:
        account = await asyncio.to_thread(accounts.authenticate, username, password, client)
    except BadCredentialsError:
        return _login_page(request, 401, tr("Wrong username or password."), username, target)
    except AccountDisabledError:
        return _login_page(request, 403, tr("This account is disabled."), username, target)
    except LoginThrottledError as error:
        wait = error.retry_after_seconds
        message = tr("Too many attempts: try again in %(seconds)s seconds.", seconds=wait)
        refused = _login_page(request, 429, message, username, target)
        refused.headers["Retry-After"] = str(wait)
        return refused
    token, _ = await asyncio.to_thread(accounts.open_session, account.username)
    response = RedirectResponse(target, status_code=303)
    set_cookie(response, servers.settings, token)
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
async def log_out(account: SignedIn, request: Request) -> Response:
    servers: Servers = request.app.state.servers
    accounts: Accounts = request.app.state.accounts
    token = token_of(servers.settings, request.cookies.get(COOKIE))
    if token:
        await asyncio.to_thread(accounts.close_session, token)
    response = RedirectResponse("/login", status_code=303)
    clear_cookie(response, servers.settings)
    return response


@router.get("/")
async def home(account: SignedIn) -> Response:
    return RedirectResponse(HOMES.get(account.role, "/account"), status_code=303)


@router.get("/account")
async def account_page(account: SignedIn, request: Request) -> Response:
    return render(request, "account.html")

"""The server-rendered pages: Jinja2 templates (`services/web/templates/`) in the user's
language, through the same gettext catalogues as the API's errors.

The language is the one the page asks for (`?lang=en`, remembered in a cookie), else the
account's, else the browser's. Every page is a plain HTML form or link: it works without
JavaScript; `static/need.js` only spares a reload while suggestions are on their way.
"""

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from services.web import figures
from services.web.i18n import LANGUAGES, catalogue, negotiate
from services.web.pages import labels

LANGUAGE_COOKIE = "contamina_lang"


@cache
def environment(language: str) -> Environment:
    env = Environment(
        loader=PackageLoader("services.web", "templates"),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["score_parts"] = figures.score_parts
    tr = catalogue(language)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        tr.gettext, tr.ngettext, newstyle=True
    )
    return env


def language(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
    if asked in LANGUAGES:
        return asked
    account = getattr(request.state, "account", None)
    if account is not None:
        return str(account.language)
    return negotiate(request.headers.get("accept-language"))


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    chosen = language(request)
    page = environment(chosen).get_template(template)
    html = page.render(
        **labels.translated(catalogue(chosen)),
        request=request,
        language=chosen,
        account=getattr(request.state, "account", None),
        csrf_token=getattr(request.state, "csrf_token", ""),
        **context,
    )
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(
            LANGUAGE_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax", httponly=True
        )
    return response


def error_page(request: Request, status_code: int, title: str, detail: str) -> HTMLResponse:
    """The page people get instead of a problem-details body: title and detail translated."""
    return render(request, "error.html", status_code, title=title, detail=detail)

"""Errors as problem details (RFC 9457): a JSON body a client can act on, never a stack trace.

Invalid input names each field and says what is allowed, in the user's language (the
catalogues in `locales/`): `errors` lists `{field, message}`, `detail` joins them.
"""

from typing import Any

from fastapi.responses import JSONResponse
from pydantic_core import ErrorDetails

from schemas.events import FORMATS
from services.web.i18n import Catalogue

MEDIA_TYPE = "application/problem+json"


def responses(*described: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    """The problem answers a route may give, for its OpenAPI description."""
    return {code: {"description": text, "content": {MEDIA_TYPE: {}}} for code, text in described}


def problem(status: int, title: str, detail: str, **extensions: Any) -> JSONResponse:
    """`type` stays "about:blank" (RFC 9457, 4.2.1): the status and title say it all."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return JSONResponse({**body, **extensions}, status_code=status, media_type=MEDIA_TYPE)


# What each kind of pydantic error means, as a msgid of the catalogues; `%(...)s` come from
# the error's context. Kinds not listed keep pydantic's own (English) message.
MESSAGES = {
    "missing": "is required",
    "extra_forbidden": "is not a field of this form",
    "string_type": "must be text",
    "string_too_short": "must be at least %(min_length)s characters long",
    "string_too_long": "must be at most %(max_length)s characters long",
    "too_short": "must have at least %(min_length)s items",
    "too_long": "must have at most %(max_length)s items",
    "enum": "must be one of: %(expected)s",
    "literal_error": "must be one of: %(expected)s",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "bool_parsing": "must be true or false",
    "greater_than": "must be greater than %(gt)s",
    "greater_than_equal": "must be at least %(ge)s",
    "less_than": "must be less than %(lt)s",
    "less_than_equal": "must be at most %(le)s",
    "json_invalid": "is not valid JSON",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
}
WHERE = {"body", "query", "path", "header", "cookie"}


def field_name(location: tuple[int | str, ...]) -> str:
    """`("body", "territory", "province")` -> `territory.province`; the whole body -> ''."""
    parts = list(location)
    if parts and parts[0] in WHERE:
        parts = parts[1:]
    return ".".join(str(part) for part in parts)


def message(error: ErrorDetails, tr: Catalogue) -> str:
    pattern = (error.get("ctx") or {}).get("pattern")
    if pattern in FORMATS:
        return tr(FORMATS[pattern])
    template = MESSAGES.get(error["type"])
    if template is None:
        return str(error["msg"]).removeprefix("Value error, ")
    context = {key: str(value) for key, value in (error.get("ctx") or {}).items()}
    if "expected" in context:  # pydantic's "'a', 'b' or 'c'" is English: list them plainly
        context["expected"] = context["expected"].replace(" or ", ", ")
    return tr(template, **context) if context else tr(template)


def invalid(errors: list[ErrorDetails], tr: Catalogue) -> JSONResponse:
    return invalid_fields([(field_name(e["loc"]), message(e, tr)) for e in errors], tr)


def refused_field(field: str, message: str, tr: Catalogue) -> JSONResponse:
    """A well-formed value the account may not use, e.g. another association's firm."""
    return invalid_fields([(field, tr(message))], tr)


def invalid_fields(listed: list[tuple[str, str]], tr: Catalogue) -> JSONResponse:
    errors = [{"field": field, "message": text} for field, text in listed]
    detail = "; ".join(f"{field or tr('the request')}: {text}" for field, text in listed)
    return problem(422, tr("Invalid input"), detail, errors=errors)

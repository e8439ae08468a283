import json
from pathlib import Path

from services.accounts import Accounts
from services.settings import Settings
from services.web.app import create_app
from services.web.problems import MEDIA_TYPE, problem


def test_a_problem_is_rfc_9457_json_with_its_extensions() -> None:
    response = problem(422, "Invalid need", "text: must not be empty", field="text")
    assert response.status_code == 422
    assert response.media_type == MEDIA_TYPE == "application/problem+json"
    assert json.loads(bytes(response.body)) == {
        "type": "about:blank",
        "title": "Invalid need",
        "status": 422,
        "detail": "text: must not be empty",
        "field": "text",
    }


def test_the_openapi_document_lists_the_routes_without_any_server(tmp_path: Path) -> None:
    # No lifespan runs: the document is generated from the routes alone.
    app = create_app(Settings(), lambda: None, lambda: None, Accounts(tmp_path / "a.sqlite3"))  # type: ignore[arg-type, return-value]
    document = app.openapi()
    assert document["info"]["title"] == "Contamina"
    assert {"/health", "/ready", "/api/needs", "/api/session"} <= set(document["paths"])
    assert not {"/openapi.json", "/docs", "/login"} & set(document["paths"])
    assert MEDIA_TYPE in document["paths"]["/ready"]["get"]["responses"]["503"]["content"]

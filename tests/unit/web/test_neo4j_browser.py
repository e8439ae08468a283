"""The guide and style Neo4j Browser fetches: what they hold, and who may fetch them.

No server is needed: without `with`, TestClient runs no lifespan, so no broker or driver opens.
"""

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from graph.labels import ORGANISATION_LABELS
from services.accounts import Accounts
from services.settings import Settings
from services.web.app import create_app

SETTINGS = Settings(web_port=28000, neo4j_http_port=27474, _env_file=None)
BROWSER = "http://127.0.0.1:27474"


class _Guide(HTMLParser):
    """Slides and the runnable blocks in them, the way Neo4j Browser reads a guide."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.slides: list[list[str]] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "slide":
            self.slides.append([])
        elif tag == "pre" and "runnable" in classes:
            self.slides[-1].append("")
            self._in = "pre"
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in {"pre", "title"}:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "pre":
            self.slides[-1][-1] += data
        elif self._in == "title":
            self.title += data


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    accounts = Accounts(tmp_path_factory.mktemp("accounts") / "accounts.sqlite3")
    app = create_app(SETTINGS, lambda: None, lambda: None, accounts)  # type: ignore[arg-type, return-value]
    return TestClient(app)


def _guide(client: TestClient) -> _Guide:
    response = client.get("/neo4j/guide")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    guide = _Guide()
    guide.feed(response.text)
    return guide


def test_the_guide_walks_through_the_network_in_slides_of_runnable_queries(
    client: TestClient,
) -> None:
    guide = _guide(client)
    assert guide.title == "Contamina: la rete del polo"
    assert len(guide.slides) >= 6
    assert all(guide.slides[:6]), "every topic's slide has a query to run"
    assert guide.slides[0][0].startswith("MATCH (a:Association)")


def test_the_guides_queries_leave_out_the_place_hairball(client: TestClient) -> None:
    queries = [block for slide in _guide(client).slides for block in slide]
    assert not any("LOCATED_IN" in query for query in queries)


def test_the_guide_names_the_addresses_it_is_served_from(client: TestClient) -> None:
    commands = [block for slide in _guide(client).slides for block in slide if block[0] == ":"]
    assert commands == [":style http://127.0.0.1:28000/neo4j/style.grass"]
    page = client.get("/neo4j/guide").text
    assert ":guide http://127.0.0.1:28000/neo4j/guide" in page
    assert "{style_url}" not in page
    assert "{guide_url}" not in page


def _grass(text: str) -> dict[str, dict[str, str]]:
    """GraSS read the way Neo4j Browser reads it: quotes hide braces and are dropped, and a
    declaration with a second colon in it is ignored."""
    rules, selector, body, in_rule, quoted = {}, "", "", False, False
    for char in text:
        if char == "'":
            quoted = not quoted
        elif char == "{" and not quoted:
            in_rule = True
        elif char == "}" and not quoted:
            rules[selector], selector, body, in_rule = body, "", "", False
        elif in_rule:
            body += char
        elif not char.isspace():
            selector += char
    return {
        name: {
            parts[0].strip(): parts[1].strip()
            for parts in (declaration.split(":") for declaration in body.split(";"))
            if len(parts) == 2
        }
        for name, body in rules.items()
    }


def test_the_style_colours_sizes_and_names_every_kind_of_node(client: TestClient) -> None:
    response = client.get("/neo4j/style.grass")
    assert response.status_code == 200
    rules = _grass(response.text)
    kinds = {*ORGANISATION_LABELS.values(), "Expert", "Lab", "Need", "Topic", "Sector", "Province"}
    for kind in kinds:
        rule = rules[f"node.{kind}"]
        assert {"color", "diameter", "caption"} <= set(rule), kind
    assert rules["node.Firm"]["caption"] == "{name}"
    assert len({rules[f"node.{kind}"]["color"] for kind in kinds}) == len(kinds)
    assert rules["relationship.ACCEPTED"]["color"] != rules["relationship.DECLINED"]["color"]


@pytest.mark.parametrize("path", ["/neo4j/guide", "/neo4j/style.grass"])
def test_only_the_stacks_neo4j_browser_may_fetch_across_origins(
    client: TestClient, path: str
) -> None:
    allowed = client.get(path, headers={"Origin": BROWSER})
    assert allowed.headers["access-control-allow-origin"] == BROWSER
    other = client.get(path, headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    assert other.status_code == 200  # public: a same-origin or direct read still works


@pytest.mark.parametrize("path", ["/neo4j/guide", "/neo4j/style.grass"])
def test_the_browsers_preflight_is_answered_for_its_no_cache_headers(
    client: TestClient, path: str
) -> None:
    asked = {"Origin": BROWSER, "Access-Control-Request-Method": "GET"}
    preflight = client.options(path, headers=asked)
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == BROWSER
    allowed = preflight.headers["access-control-allow-headers"]
    assert {"pragma", "cache-control"} <= {header.strip() for header in allowed.split(",")}
    refused = client.options(path, headers={**asked, "Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in refused.headers

"""Where Neo4j Browser finds the coordinators' guide and style that the web app serves.

Two sides must agree on these addresses: the web app, which serves the files and lets the
Browser's page fetch them, and the local stack's Neo4j configuration, which allow-lists the
app and opens the guide after login. Both read them here; this module imports no web framework,
so `contamina stack` does not load one.
"""

from urllib.parse import urlencode

from services.settings import Settings

GUIDE_PATH = "/neo4j/guide"
STYLE_PATH = "/neo4j/style.grass"

_ANY_ADDRESS = {"0.0.0.0", "::", ""}  # noqa: S104 - recognising it, not binding to it


def web_host(settings: Settings) -> str:
    """The host a browser on this machine reaches the app at: an app listening on every
    address is reached on loopback."""
    return "127.0.0.1" if settings.web_host in _ANY_ADDRESS else settings.web_host


def web_url(settings: Settings) -> str:
    return f"http://{web_host(settings)}:{settings.web_port}"


def guide_url(settings: Settings) -> str:
    return web_url(settings) + GUIDE_PATH


def style_url(settings: Settings) -> str:
    return web_url(settings) + STYLE_PATH


def browser_origins(settings: Settings) -> frozenset[str]:
    """The origins of the stack's Neo4j Browser page, the only one allowed to fetch the files
    across origins (Neo4j listens on loopback, reached by either name)."""
    port = settings.neo4j_http_port
    return frozenset({f"http://127.0.0.1:{port}", f"http://localhost:{port}"})


def browser_url(settings: Settings) -> str:
    """Neo4j Browser of the stack, as a coordinator's browser on this machine reaches it."""
    return f"http://127.0.0.1:{settings.neo4j_http_port}/browser/"


def browser_editing(settings: Settings, command: str) -> str:
    """Neo4j Browser with `command` (a query, or `:guide URL`) in its editor, to run."""
    return browser_url(settings) + "?" + urlencode({"cmd": "edit", "arg": command})

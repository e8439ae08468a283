"""Neo4j Community 5.26 LTS on loopback, with Neo4j Browser on the HTTP port."""

import subprocess
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from services.settings import Settings
from services.stack.errors import StackError
from services.stack.process import JavaServer
from services.web.neo4j_links import guide_url, style_url, web_host

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

# From the JVM options Neo4j's own launcher passes; Netty and the page cache need the opens.
JVM_DEFAULTS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


def server(settings: Settings) -> JavaServer:
    return JavaServer("neo4j", MAIN_CLASS, settings.stack_dir / "neo4j")


def neo4j_conf(settings: Settings, home: Path) -> str:
    bolt, http = settings.neo4j_bolt_port, settings.neo4j_http_port
    return "\n".join(
        [
            f"server.directories.data={home / 'data'}",
            f"server.directories.logs={home / 'logs'}",
            f"server.directories.plugins={home / 'plugins'}",
            f"server.directories.import={home / 'import'}",
            f"server.bolt.listen_address=127.0.0.1:{bolt}",
            f"server.bolt.advertised_address=127.0.0.1:{bolt}",
            f"server.http.listen_address=127.0.0.1:{http}",
            f"server.http.advertised_address=127.0.0.1:{http}",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            f"server.memory.pagecache.size={settings.neo4j_pagecache}",
            "dbms.usage_report.enabled=false",
            *(f"{key}={value}" for key, value in browser_settings(settings).items()),
            "",
        ]
    )


def browser_settings(settings: Settings) -> dict[str, str]:
    """After login, Neo4j Browser clears its movie-database welcome page, applies Contamina's
    style and opens its guide, both served by the web app (`contamina serve`). The allow-list
    names a host, not an origin: Neo4j Browser compares scheme and host, never the port. Hub
    offices may have no internet, so the Browser does not call home either."""
    post_connect = f"clear; style {style_url(settings)}; guide {guide_url(settings)}"
    return {
        "browser.remote_content_hostname_whitelist": f"http://{web_host(settings)}",
        "browser.post_connect_cmd": post_connect,
        "client.allow_telemetry": "false",
    }


def docker_environment(configuration: dict[str, str]) -> dict[str, str]:
    """Neo4j settings as the official image reads them: `NEO4J_` variables in which `.`
    becomes `_` and `_` becomes `__` (deploy/compose.yaml and the testcontainers stack)."""
    return {
        "NEO4J_" + key.replace("_", "__").replace(".", "_"): value
        for key, value in configuration.items()
    }


def prepare(settings: Settings, java: Path, classpath: list[Path]) -> tuple[list[str], list[str]]:
    """Write the configuration, set the initial password on first start; return JVM and args."""
    home = server(settings).home
    conf = home / "conf"
    for directory in (conf, home / "data", home / "logs", home / "plugins", home / "import"):
        directory.mkdir(parents=True, exist_ok=True)
    (conf / "neo4j.conf").write_text(neo4j_conf(settings, home))
    jvm = [f"-Xms{settings.neo4j_heap}", f"-Xmx{settings.neo4j_heap}", *JVM_DEFAULTS]
    if not (home / "data" / "databases").exists():
        _set_initial_password(settings, java, classpath, home)
    return jvm, [f"--home-dir={home}", f"--config-dir={conf}"]


def _set_initial_password(
    settings: Settings, java: Path, classpath: list[Path], home: Path
) -> None:
    command = [
        str(java), "-cp", ":".join(map(str, classpath)), ADMIN_TOOL,
        "dbms", "set-initial-password", settings.neo4j_password.get_secret_value(),
    ]  # fmt: skip
    env = {"NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise StackError(f"setting Neo4j's initial password failed:\n{result.stderr[-2000:]}")


def ready(settings: Settings, timeout: float = 5.0) -> bool:
    """True when Neo4j answers `RETURN 1` with the configured credentials."""
    try:
        with (
            GraphDatabase.driver(
                settings.neo4j_uri, auth=settings.neo4j_auth, connection_timeout=timeout
            ) as driver,
            driver.session(database=settings.neo4j_database) as session,
        ):
            # A plain session, not execute_query: readiness must fail fast, not retry.
            record = session.run("RETURN 1 AS one").single()
    except AuthError as error:
        raise StackError(
            "Neo4j refused the configured password: its data was initialised with another one."
            " Set CONTAMINA_NEO4J_PASSWORD to it, or `contamina stack reset` to start empty."
        ) from error
    except (ServiceUnavailable, Neo4jError, OSError):
        return False
    return record is not None and record["one"] == 1

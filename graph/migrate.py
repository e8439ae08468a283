"""Ordered, idempotent schema migrations, recorded in the graph itself.

Each file `graph/migrations/V<version>__<name>.cypher` is applied once, in version order,
and recorded as a (:Migration) node with its checksum, so editing an applied migration is
refused rather than silently diverging. Schema statements run one per transaction because
Neo4j does not mix schema and data changes in one.
"""

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

from neo4j import Driver

from graph import queries

_NAME = re.compile(r"^V(\d{4})__([a-z0-9_]+)\.cypher$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    checksum: str


class MigrationError(RuntimeError):
    pass


def available() -> list[Migration]:
    folder = resources.files("graph") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None:
            continue
        text = entry.read_text(encoding="utf-8")
        found.append(
            Migration(
                version=int(match.group(1)),
                name=match.group(2),
                statements=split_statements(text),
                checksum=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
    return sorted(found, key=lambda migration: migration.version)


def split_statements(text: str) -> tuple[str, ...]:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return tuple(part.strip() for part in "\n".join(lines).split(";") if part.strip())


def migrate(
    driver: Driver, database: str | None = None, embedding_dimensions: int = 384
) -> list[Migration]:
    """Apply the pending migrations; return those applied now.

    Statements may use `$embedding_dimensions`, the configured model's vector size.
    """
    driver.execute_query(queries.MIGRATION_CONSTRAINT, database_=database)
    records, _, _ = driver.execute_query(queries.APPLIED_MIGRATIONS, database_=database)
    applied = {record["version"]: record["checksum"] for record in records}
    done = []
    for migration in available():
        if migration.version in applied:
            if applied[migration.version] != migration.checksum:
                raise MigrationError(
                    f"migration V{migration.version:04d}__{migration.name} was changed after it"
                    " was applied: add a new migration instead"
                )
            continue
        for statement in migration.statements:
            driver.execute_query(
                statement, embedding_dimensions=embedding_dimensions, database_=database
            )
        driver.execute_query(
            queries.RECORD_MIGRATION,
            version=migration.version,
            name=migration.name,
            checksum=migration.checksum,
            database_=database,
        )
        done.append(migration)
    driver.execute_query(queries.AWAIT_INDEXES, database_=database)
    return done

"""The migration runner against the real Neo4j."""

import pytest
from neo4j import Driver

from graph.migrate import MigrationError, available, migrate

pytestmark = pytest.mark.integration


def _recorded(driver: Driver) -> list[int]:
    records, _, _ = driver.execute_query("MATCH (m:Migration) RETURN m.version AS v ORDER BY v")
    return [record["v"] for record in records]


def test_migrations_apply_once_in_order(driver: Driver) -> None:
    driver.execute_query("MATCH (m:Migration) DETACH DELETE m")
    applied = migrate(driver)
    assert [m.version for m in applied] == [m.version for m in available()]
    assert _recorded(driver) == [m.version for m in available()]
    assert migrate(driver) == []


def test_constraints_exist_after_migrating(driver: Driver) -> None:
    migrate(driver)
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n")
    assert {"organisation_id", "migration_version"} <= set(records[0]["n"])


def test_an_edited_migration_is_refused(driver: Driver) -> None:
    migrate(driver)
    driver.execute_query("MATCH (m:Migration {version: 1}) SET m.checksum = 'edited'")
    try:
        with pytest.raises(MigrationError, match="was changed after it was applied"):
            migrate(driver)
    finally:
        driver.execute_query("MATCH (m:Migration) DETACH DELETE m")
        migrate(driver)

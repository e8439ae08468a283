from graph.migrate import available, split_statements


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [migration.version for migration in available()]
    assert versions == list(range(1, len(versions) + 1))


def test_every_migration_is_idempotent_schema() -> None:
    # CREATE ... IF NOT EXISTS, DROP ... IF EXISTS: a half-applied migration can run again.
    for migration in available():
        assert migration.statements
        for statement in migration.statements:
            assert "IF NOT EXISTS" in statement or "IF EXISTS" in statement, statement


def test_split_statements_ignores_comments_and_blank_parts() -> None:
    text = "// a comment; with a semicolon\nCREATE A;\n\n  CREATE B ;\n;"
    assert split_statements(text) == ("CREATE A", "CREATE B")

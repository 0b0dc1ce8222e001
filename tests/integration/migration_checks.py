"""The two checks every service's Alembic history must pass: it builds exactly the tables its
models describe, and it downgrades to nothing and upgrades again."""

from __future__ import annotations

import uuid

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect

from launcher.registry import load_spec
from lotflow.kernel_schema import kernel_metadata
from lotflow.migrations import alembic_config, migrate
from lotflow.postgres import drop_database
from lotflow.settings import derive_database_url


def assert_schema_matches(url: str, models: MetaData) -> None:
    """The migrated database at `url` has exactly the models' tables and the kernel's."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, [models, kernel_metadata]) == []
    finally:
        engine.dispose()


def assert_history_unwinds(pg_server_url: str, service: str) -> None:
    """In a fresh database: upgrade, downgrade to base (only alembic_version left), upgrade."""
    name = f"lotflow_test_{service}_cycle_{uuid.uuid4().hex[:8]}"
    url = derive_database_url(pg_server_url, name)
    migrations = load_spec(service).migrations_dir
    try:
        migrate(migrations, url)
        command.downgrade(alembic_config(migrations, url), "base")
        engine = create_engine(url)
        try:
            assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        finally:
            engine.dispose()
        migrate(migrations, url)
    finally:
        drop_database(url)

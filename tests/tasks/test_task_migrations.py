"""The inbox's Alembic history builds exactly the tables its models describe, and unwinds."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from launcher.registry import load_spec
from lotflow.kernel_schema import kernel_metadata
from lotflow.migrations import alembic_config, migrate
from lotflow.postgres import drop_database
from lotflow.settings import derive_database_url
from services.tasks.models import Base

pytestmark = [pytest.mark.integration, pytest.mark.filterwarnings("ignore:Did not recognize type")]


def test_migrated_schema_matches_the_models(database_url):
    engine = create_engine(database_url("tasks"))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, [Base.metadata, kernel_metadata]) == []
    finally:
        engine.dispose()


def test_history_downgrades_to_nothing_and_upgrades_again(pg_server_url):
    url = derive_database_url(pg_server_url, f"lotflow_test_tasks_cycle_{uuid.uuid4().hex[:8]}")
    migrations = load_spec("tasks").migrations_dir
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

"""The inbox's Alembic history builds exactly the tables its models describe, and unwinds."""

from __future__ import annotations

import json
import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.orm import Session

from launcher.registry import load_spec
from lotflow.kernel_schema import kernel_metadata
from lotflow.migrations import alembic_config, migrate
from lotflow.postgres import drop_database
from lotflow.settings import derive_database_url
from services.tasks import queries
from services.tasks.models import Base, Task

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


def test_outcomes_recorded_with_required_variables_read_as_forms(pg_server_url):
    url = derive_database_url(pg_server_url, f"lotflow_test_tasks_forms_{uuid.uuid4().hex[:8]}")
    migrations = load_spec("tasks").migrations_dir
    outcomes = [
        {"name": "release", "requires_reason": False, "required_variables": []},
        {"name": "partial", "requires_reason": True, "required_variables": ["released_quantity"]},
    ]
    try:
        migrate(migrations, url, "0001")
        engine = create_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(
                    text(
                        "INSERT INTO tasks (id, workflow_id, run_id, workflow_type, name,"
                        " element_id, business_key, candidate_groups, priority, state, outcomes,"
                        " excluded, details, opened_at, reminders, escalate_to, version) VALUES"
                        " (:id, 'w', 'r', 'T', 'Release', 'e', 'LOT-1', '{a}', 50, 'open',"
                        " CAST(:outcomes AS jsonb), '[]', '{}', now(), 0, '{}', 1)"
                    ),
                    {"id": uuid.uuid4(), "outcomes": json.dumps(outcomes)},
                )
            migrate(migrations, url)
            with Session(engine) as session:
                task = queries.task_view(session.scalars(select(Task)).one())
            assert [(o.name, o.variables_schema) for o in task.outcomes] == [
                ("release", {"type": "object", "required": []}),
                ("partial", {"type": "object", "required": ["released_quantity"]}),
            ]
            command.downgrade(alembic_config(migrations, url), "0001")
            with engine.connect() as connection:
                restored = connection.scalar(text("SELECT outcomes FROM tasks"))
            assert restored == outcomes
        finally:
            engine.dispose()
    finally:
        drop_database(url)

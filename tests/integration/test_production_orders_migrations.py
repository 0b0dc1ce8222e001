"""Production's Alembic history builds exactly the tables its models describe, and unwinds."""

from __future__ import annotations

import pytest

from services.production.models import Base
from tests.integration.migration_checks import assert_history_unwinds, assert_schema_matches

pytestmark = [pytest.mark.integration, pytest.mark.filterwarnings("ignore:Did not recognize type")]


def test_migrated_schema_matches_the_models(database_url):
    assert_schema_matches(database_url("production"), Base.metadata)


def test_history_downgrades_to_nothing_and_upgrades_again(pg_server_url):
    assert_history_unwinds(pg_server_url, "production")

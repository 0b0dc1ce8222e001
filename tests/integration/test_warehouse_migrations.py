"""The warehouse's Alembic history builds exactly the tables its models describe and unwinds,
and the database itself keeps the ledger append-only."""

from __future__ import annotations

import psycopg
import pytest

from services.warehouse.models import Base
from tests.integration.migration_checks import assert_history_unwinds, assert_schema_matches
from tests.property.warehouse_world import build_site, make_item, make_lot, stock_available

pytestmark = [pytest.mark.integration, pytest.mark.filterwarnings("ignore:Did not recognize type")]


def test_migrated_schema_matches_the_models(database_url):
    assert_schema_matches(database_url("warehouse"), Base.metadata)


def test_history_downgrades_to_nothing_and_upgrades_again(pg_server_url):
    assert_history_unwinds(pg_server_url, "warehouse")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE movements SET quantity = quantity + 1 WHERE id = %(movement)s",
        "DELETE FROM movements WHERE id = %(movement)s",
        "UPDATE postings SET qty_delta = 0 WHERE movement_id = %(movement)s",
        "DELETE FROM postings WHERE movement_id = %(movement)s",
        "TRUNCATE postings",
        "TRUNCATE movements CASCADE",
    ],
)
def test_postgresql_refuses_to_change_or_remove_a_ledger_row(database_url, wh, statement):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    movement = stock_available(wh, lot, site.bins[0], "5").id
    with psycopg.connect(database_url("warehouse").replace("+psycopg", "")) as connection:
        with pytest.raises(psycopg.errors.RestrictViolation, match="append-only"):
            connection.execute(statement, {"movement": movement})
        connection.rollback()
        kept = connection.execute(
            "SELECT quantity FROM movements WHERE id = %(movement)s", {"movement": movement}
        ).fetchone()
    assert kept == (5,)
    assert wh.ledger_is_exact()

"""A lot code is one value from receipt to stock: any code GS1 AI (10) carries, kept as the
supplier printed it, goes through the inbound workflow and names the stock it ends as."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    finish,
    inbox,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import balances, new_goods, receipt_of, record_receipt

pytestmark = pytest.mark.workflows

# Letters, digits and punctuation of GS1 character set 82 that item and location codes refuse.
SUPPLIER_LOT = "AB+12%"


def test_a_supplier_lot_code_with_gs1_punctuation_ends_available_under_that_code(
    with_worker, client, world
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False, supplier_lot_codes=True)
    receipt_id = record_receipt(stubs, goods, site, quantity="40", supplier_lot=SUPPLIER_LOT)

    result, _trail, _ = with_worker(
        lambda on_loop: finish(on_loop, start(client, on_loop, receipt_id))
    )

    assert (result.lot_code, result.decision) == (SUPPLIER_LOT, "release")
    assert result.putaway_location in site.storage_bins
    assert balances(stubs, SUPPLIER_LOT, goods.item) == {
        (result.putaway_location, "AVAILABLE"): Decimal(40)
    }
    assert receipt_of(stubs, receipt_id).status == "accepted"

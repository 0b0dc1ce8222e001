"""Available to promise: only the unreserved part of AVAILABLE stock; stock in QUARANTINE, HOLD
or REJECTED promises nothing, whatever its quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.property.warehouse_world import build_site, make_item, make_lot, stock_available
from tests.transport import unique

pytestmark = pytest.mark.integration


def promised(wh, lot: str) -> dict[str, Decimal]:
    """Status -> (quantity, available to promise) over the lot's balances."""
    page = wh.call("ListOnHand", lot_code=lot, page_size=500)
    return {b.status: (Decimal(b.quantity), Decimal(b.available_to_promise)) for b in page.balances}


def test_only_unreserved_available_stock_is_available_to_promise(wh):
    site = build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "10")
    wh.call(
        "ReserveStock",
        order_ref=unique("SO"),
        item_code=item,
        site_code=site.code,
        quantity="4",
        uom="H87",
        need_date="2030-01-01",
    )
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=site.quarantine_bin,
        quantity="5",
        uom="H87",
        reference_number=unique("PO"),
    )
    wh.call(
        "ChangeStockStatus",
        lot_code=lot,
        location_code=site.quarantine_bin,
        from_status="QUARANTINE",
        to_status="REJECTED",
        quantity="2",
        uom="H87",
        reason_code="DAMAGED",
        reference_type="INSPECTION",
        reference_number=unique("INSP"),
    )
    assert promised(wh, lot) == {
        "AVAILABLE": (10, 6),
        "QUARANTINE": (3, 0),
        "REJECTED": (2, 0),
    }

    wh.call("HoldLot", lot_code=lot, hold_ref=unique("QH"), reason="odour")

    assert promised(wh, lot) == {"HOLD": (10, 0), "QUARANTINE": (3, 0), "REJECTED": (2, 0)}

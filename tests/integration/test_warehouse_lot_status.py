"""Quality and recall decisions: every balance of a lot, in every site, at once."""

from __future__ import annotations

from decimal import Decimal

import grpc
import pytest

from tests.property.warehouse_world import (
    build_site,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import unique

pytestmark = pytest.mark.integration


@pytest.fixture
def two_sites(wh):
    """A lot with AVAILABLE stock in two sites and QUARANTINE stock in the first."""
    first, second = build_site(wh), build_site(wh)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, first.bins[0], "10")
    stock_available(wh, lot, second.bins[0], "7")
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=first.quarantine_bin,
        quantity="5",
        uom="H87",
        reference_number="PO-9",
    )
    return first, second, item, lot


def statuses(wh, lot) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for (_location, status), quantity in wh.on_hand(lot).items():
        totals[status] = totals.get(status, Decimal(0)) + quantity
    return totals


def test_a_hold_blocks_the_lot_in_every_site_and_cancels_its_reservations(wh, two_sites):
    first, second, item, lot = two_sites
    reservation = wh.call(
        "ReserveStock",
        order_ref=unique("SO"),
        item_code=item,
        site_code=first.code,
        quantity="4",
        uom="H87",
        need_date="2030-01-01",
    )
    held = wh.call("HoldLot", lot_code=lot, hold_ref="RECALL-1", reason="supplier recall")
    assert held.on_hold and list(held.active_holds) == ["RECALL-1"]
    assert list(held.cancelled_reservations) == [reservation.id]
    assert sorted(m.type for m in held.movements) == ["status_change", "status_change", "unreserve"]
    assert statuses(wh, lot) == {"HOLD": 17, "QUARANTINE": 5}
    remaining = wh.call("GetReservation", reservation_id=reservation.id)
    assert [a.remaining for a in remaining.allocations] == ["0"]
    for site in (first, second):
        status, code = wh.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=site.bins[0],
            quantity="1",
            uom="H87",
            reference_number="WO",
        )
        assert (status, code) == (grpc.StatusCode.FAILED_PRECONDITION, "lot_on_hold")
    status, code = wh.refusal(
        "ReserveStock",
        order_ref="SO-2",
        item_code=item,
        site_code=second.code,
        quantity="1",
        uom="H87",
        need_date="2030-01-01",
    )
    assert code == "insufficient_stock"
    status, code = wh.refusal(
        "TransferStock",
        lot_code=lot,
        from_location_code=first.bins[0],
        to_location_code=first.bins[1],
        quantity="1",
        uom="H87",
        status="HOLD",
    )
    assert code == "lot_on_hold"
    assert wh.ledger_is_exact()


def test_holds_stack_are_idempotent_and_only_the_last_lift_releases(wh, two_sites):
    _first, second, _item, lot = two_sites
    wh.call("HoldLot", lot_code=lot, hold_ref="QH-1", reason="odour")
    again = wh.call("HoldLot", lot_code=lot, hold_ref="QH-1", reason="odour")
    assert list(again.movements) == []
    wh.call("HoldLot", lot_code=lot, hold_ref="RECALL-7", reason="recall")
    lifted = wh.call("LiftHold", lot_code=lot, hold_ref="QH-1", reason="lab ok")
    assert lifted.on_hold and list(lifted.active_holds) == ["RECALL-7"]
    assert list(lifted.movements) == []
    # Stock returned while the lot is held lands in HOLD, never AVAILABLE.
    returned = wh.call(
        "ReturnStock",
        lot_code=lot,
        location_code=second.bins[1],
        quantity="2",
        uom="H87",
        reference_number="WO-4",
    )
    assert returned.to_status == "HOLD"
    last = wh.call("LiftHold", lot_code=lot, hold_ref="RECALL-7", reason="recall closed")
    assert not last.on_hold
    assert statuses(wh, lot) == {"AVAILABLE": 19, "QUARANTINE": 5}
    assert wh.call("LiftHold", lot_code=lot, hold_ref="RECALL-7", reason="again").movements == []
    assert wh.refusal("LiftHold", lot_code=lot, hold_ref="NEVER", reason="x") == (
        grpc.StatusCode.NOT_FOUND,
        "hold_not_found",
    )
    assert wh.ledger_is_exact()


def test_release_while_held_lands_in_hold_and_reject_takes_everything(wh, two_sites):
    first, _second, _item, lot = two_sites
    wh.call("HoldLot", lot_code=lot, hold_ref="QH-2", reason="pending lab")
    released = wh.call(
        "DecideLot",
        lot_code=lot,
        decision="release",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert [(m.from_status, m.to_status) for m in released.movements] == [("QUARANTINE", "HOLD")]
    rejected = wh.call(
        "DecideLot",
        lot_code=lot,
        decision="reject",
        reason="lab failed",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert {m.to_status for m in rejected.movements} == {"REJECTED"}
    assert statuses(wh, lot) == {"REJECTED": 22}
    scrapped = wh.call(
        "ScrapStock",
        lot_code=lot,
        location_code=first.bins[0],
        status="REJECTED",
        quantity="10",
        uom="H87",
        reason_code="QUALITY_REJECT",
    )
    assert scrapped.from_status == "REJECTED"
    assert wh.ledger_is_exact()


def test_a_partial_decision_changes_only_the_quantity_named(wh, two_sites):
    first, _second, _item, lot = two_sites
    moved = wh.call(
        "ChangeStockStatus",
        lot_code=lot,
        location_code=first.quarantine_bin,
        from_status="QUARANTINE",
        to_status="REJECTED",
        quantity="2",
        uom="H87",
        reason_code="SAMPLE_FAIL",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert (moved.from_status, moved.to_status, moved.base_quantity) == (
        "QUARANTINE",
        "REJECTED",
        "2",
    )
    wh.call(
        "ChangeStockStatus",
        lot_code=lot,
        location_code=first.quarantine_bin,
        from_status="QUARANTINE",
        to_status="AVAILABLE",
        quantity="3",
        uom="H87",
        reason_code="SAMPLE_PASS",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert statuses(wh, lot) == {"AVAILABLE": 20, "REJECTED": 2}
    assert (
        wh.refusal(
            "ChangeStockStatus",
            lot_code=lot,
            location_code=first.quarantine_bin,
            from_status="HOLD",
            to_status="AVAILABLE",
            quantity="1",
            uom="H87",
            reason_code="X",
        )[1]
        == "status_change_not_allowed"
    )


def test_quarantined_stock_accepted_while_the_lot_is_held_goes_to_hold(wh, two_sites):
    first, _second, _item, lot = two_sites
    wh.call("HoldLot", lot_code=lot, hold_ref="QH-9", reason="complaint")
    accepted = wh.call(
        "ChangeStockStatus",
        lot_code=lot,
        location_code=first.quarantine_bin,
        from_status="QUARANTINE",
        to_status="AVAILABLE",
        quantity="4",
        uom="H87",
        reason_code="INSPECTION_ACCEPTED",
        reference_type="INSPECTION",
        reference_number="INS-1",
    )
    assert (accepted.from_status, accepted.to_status) == ("QUARANTINE", "HOLD")
    assert statuses(wh, lot) == {"HOLD": 21, "QUARANTINE": 1}
    assert (
        wh.refusal(
            "ChangeStockStatus",
            lot_code=lot,
            location_code=first.quarantine_bin,
            from_status="QUARANTINE",
            to_status="REJECTED",
            quantity="2",
            uom="H87",
            reason_code="SAMPLE_FAIL",
            reference_type="INSPECTION",
            reference_number="INS-1",
        )[1]
        == "insufficient_stock"
    )
    assert wh.ledger_is_exact()


def test_stock_in_transit_follows_lot_decisions(wh, two_sites):
    first, second, _item, lot = two_sites
    transfer = wh.call(
        "DispatchTransfer",
        lot_code=lot,
        from_location_code=first.bins[0],
        to_site_code=second.code,
        quantity="4",
        uom="H87",
    )
    by_site = wh.call("ListStockBySite", site_code=second.code)
    assert [(r.status, r.quantity, r.in_transit_to_site) for r in by_site.rows] == [
        ("AVAILABLE", "7", "4")
    ]
    wh.call("HoldLot", lot_code=lot, hold_ref="QH-3", reason="transport temperature")
    arrived = wh.call("ReceiveTransfer", transfer_id=transfer.id, to_location_code=second.bins[2])
    assert (arrived.state, arrived.stock_status) == ("received", "HOLD")
    assert (
        wh.refusal("ReceiveTransfer", transfer_id=transfer.id, to_location_code=second.bins[2])[1]
        == "transfer_received"
    )
    assert statuses(wh, lot) == {"HOLD": 17, "QUARANTINE": 5}
    assert wh.ledger_is_exact()

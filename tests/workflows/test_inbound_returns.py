"""Goods accepted only for return to the supplier, end to end: the project's worker on the real
Temporal dev server with receiving, warehouse and quality over gRPC on real PostgreSQL. The
stock is received REJECTED at the dock, nobody inspects it, the receipt's outcome is rejected
for the reason given, and the goods can go back to the supplier."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from protos.receiving.v1 import receiving_pb2
from tests.transport import new_request_id, unique
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    finish,
    inbox,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import balances, movements, new_goods, receipt_of
from workflows.inbound.elements import (
    ACCEPTED_FOR_RETURN,
    CHECK_INSPECTION_REQUIREMENT_TASK,
    INSPECT_LOT,
    RECORD_RECEIPT_OUTCOME_TASK,
    REJECT_STOCK,
)

pytestmark = pytest.mark.workflows

REASON = "expired on arrival, back to the supplier"


def test_expired_goods_accepted_for_return_end_rejected_at_the_dock_without_inspection(
    with_worker, client, world
):
    stubs, site = world["stubs"], world["site"]
    # An inspected item: without the acceptance for return the lot would wait for inspectors.
    goods = new_goods(stubs, inspected=True)
    expired = (datetime.now(UTC).date() - timedelta(days=3)).isoformat()
    receipt_id = stubs.call(
        stubs.receiving.RecordReceipt,
        receiving_pb2.RecordReceiptRequest(
            request_id=new_request_id(),
            purchase_order_number=goods.order,
            line_number=1,
            quantity="60",
            unit="KGM",
            supplier_lot=unique("L")[:20],
            expiry_date=expired,
            receiving_location=site.dock,
            accept_for_return=receiving_pb2.ReturnAcceptance(reason=REASON),
        ),
    ).id

    result, trail, branches = with_worker(
        lambda on_loop: finish(on_loop, start(client, on_loop, receipt_id))
    )

    assert (result.decision, result.inspection, result.inspection_id) == (
        "reject",
        "not_required",
        "",
    )
    assert (result.accepted_quantity, result.rejected_quantity) == (0, 60)
    assert balances(stubs, result.lot_code, goods.item) == {(site.dock, "REJECTED"): Decimal(60)}
    # Posted REJECTED on receipt: one movement, never in quarantine.
    [received] = movements(stubs, result.lot_code, goods.item)
    assert (received.type, received.to_status) == ("receive", "REJECTED")
    receipt = receipt_of(stubs, receipt_id)
    assert (receipt.status, result.receipt_status) == ("rejected", "rejected")
    outcome = receipt.outcome
    assert (outcome.accepted_quantity, outcome.rejected_quantity, outcome.reason) == (
        "0",
        "60",
        REASON,
    )
    assert outcome.inspection_reference == ""
    assert ACCEPTED_FOR_RETURN in trail and RECORD_RECEIPT_OUTCOME_TASK in trail
    assert CHECK_INSPECTION_REQUIREMENT_TASK not in trail and INSPECT_LOT not in trail
    assert REJECT_STOCK not in trail and branches == []

    returned = stubs.call(
        stubs.receiving.ReturnToSupplier,
        receiving_pb2.ReturnToSupplierRequest(
            request_id=new_request_id(), receipt_id=receipt_id, quantity="60", reason=REASON
        ),
    )
    assert (returned.quantity, returned.unit) == ("60", "KGM")

"""No back doors: only the workflows' service identity settles a quality decision (quarantine
released or rejected, a lot decided), naming the decision; the ledger keeps that reference.
A batch without the roles of its entries is refused whole."""

# ruff: noqa: F811 - the fixture `two_sites` is imported from test_warehouse_lot_status.py
from __future__ import annotations

import grpc
import pytest

from protos.warehouse.v1 import warehouse_pb2 as pb
from tests.integration.test_warehouse_lot_status import two_sites  # noqa: F401 - fixture
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, rest_client, unique

pytestmark = pytest.mark.integration

FORBIDDEN = (grpc.StatusCode.PERMISSION_DENIED, "role_required")


def release_quarantine(first, lot, **reference) -> dict:
    return dict(
        lot_code=lot,
        location_code=first.quarantine_bin,
        from_status="QUARANTINE",
        to_status="AVAILABLE",
        quantity="5",
        uom="H87",
        reason_code="INSPECTION_ACCEPTED",
        **reference,
    )


def test_a_person_with_the_warehouse_quality_role_cannot_release_quarantined_stock(
    warehouse, wh, token, two_sites
):
    first, _second, _item, lot = two_sites
    quality = Warehouse(grpc_channel(warehouse), token("quinn", "quality"))
    cited = {"reference_type": "INSPECTION", "reference_number": "INS-7"}
    assert quality.refusal("ChangeStockStatus", **release_quarantine(first, lot, **cited)) == (
        FORBIDDEN
    )
    for decision in ("release", "reject"):
        refused = quality.refusal(
            "DecideLot", lot_code=lot, decision=decision, reason="lab", **cited
        )
        assert refused == FORBIDDEN
    # Other status changes stay the warehouse quality role's: quarantining available stock.
    quarantined = quality.call(
        "ChangeStockStatus",
        lot_code=lot,
        location_code=first.bins[0],
        from_status="AVAILABLE",
        to_status="QUARANTINE",
        quantity="1",
        uom="H87",
        reason_code="SUSPECT",
    )
    assert quarantined.to_status == "QUARANTINE"
    assert wh.on_hand(lot)[(first.quarantine_bin, "QUARANTINE")] == 5


def test_the_workflow_settles_a_decision_only_citing_it_and_the_ledger_keeps_the_citation(
    warehouse, wh, token, two_sites
):
    first, _second, _item, lot = two_sites
    workflow = Warehouse(grpc_channel(warehouse), token("lotflow-worker", "workflow"))
    uncited = workflow.refusal("ChangeStockStatus", **release_quarantine(first, lot))
    assert uncited == (grpc.StatusCode.INVALID_ARGUMENT, "decision_reference_required")
    assert workflow.refusal("DecideLot", lot_code=lot, decision="release")[1] == (
        "decision_reference_required"
    )
    moved = workflow.call(
        "ChangeStockStatus",
        **release_quarantine(first, lot, reference_type="INSPECTION", reference_number="INS-8"),
    )
    assert moved.to_status == "AVAILABLE"
    history = wh.call("ListLotMovements", lot_code=lot, page_size=100).movements
    settled = [m for m in history if m.id == moved.id]
    assert [(m.reference_type, m.reference_number) for m in settled] == [("INSPECTION", "INS-8")]


def test_a_batch_is_refused_whole_to_a_caller_without_the_role_of_its_entries(
    warehouse, token, two_sites
):
    first, _second, _item, lot = two_sites
    entry = pb.MovementRequest(
        issue=pb.IssueStockRequest(
            request_id=unique("b"),
            lot_code=lot,
            location_code=first.bins[0],
            quantity="1",
            uom="H87",
            reference_number="WO-1",
        )
    )
    stranger = Warehouse(grpc_channel(warehouse), token("sam", "shipper"))
    refused = stranger.refusal("PostMovements", movements=[entry])
    assert refused == FORBIDDEN
    with rest_client(warehouse, token("sam", "shipper")) as client:
        issue = {"lot_code": lot, "location_code": first.bins[0], "quantity": "1"}
        body = {
            "movements": [
                {
                    "request_id": unique("b"),
                    "issue": issue | {"uom": "H87", "reference_number": "WO-1"},
                }
            ]
        }
        response = client.post("/v1/stock/movement-batches", json=body)
    assert (response.status_code, response.json()["code"]) == (403, "role_required")

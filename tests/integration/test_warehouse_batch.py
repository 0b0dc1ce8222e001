"""Many movements in one call: each with its own request id, transaction and outcome."""

from __future__ import annotations

import grpc
import pytest

from protos.warehouse.v1 import warehouse_pb2 as pb
from tests.property.warehouse_world import (
    build_site,
    make_item,
    make_lot,
    stock_available,
)
from tests.transport import rest_client, unique

pytestmark = pytest.mark.integration


def issue(lot: str, bin_code: str, quantity: str, request_id: str) -> pb.MovementRequest:
    return pb.MovementRequest(
        issue=pb.IssueStockRequest(
            request_id=request_id,
            lot_code=lot,
            location_code=bin_code,
            quantity=quantity,
            uom="H87",
            reference_number="WO-B",
        )
    )


def test_each_entry_succeeds_or_is_refused_on_its_own_and_replays_once(wh):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "5")
    ids = [unique("b") for _ in range(4)]
    request = pb.PostMovementsRequest(
        movements=[
            issue(lot, site.bins[0], "2", ids[0]),
            issue(lot, site.bins[0], "9", ids[1]),
            pb.MovementRequest(
                transfer=pb.TransferStockRequest(
                    request_id=ids[2],
                    lot_code=lot,
                    from_location_code=site.bins[0],
                    to_location_code=site.bins[1],
                    quantity="1",
                    uom="H87",
                )
            ),
            issue(lot, "NO-SUCH-BIN", "1", ids[3]),
        ]
    )
    first = wh.stub.PostMovements(request, metadata=wh.metadata).results
    assert [r.request_id for r in first] == ids
    assert [r.error_code for r in first] == ["", "insufficient_stock", "", "location_not_found"]
    assert [r.http_status for r in first] == [0, 409, 0, 404]
    assert first[0].movement.type == "issue" and first[2].movement.type == "transfer"
    replay = wh.stub.PostMovements(request, metadata=wh.metadata).results
    assert replay[0].movement.id == first[0].movement.id
    assert wh.on_hand(lot) == {(site.bins[0], "AVAILABLE"): 2, (site.bins[1], "AVAILABLE"): 1}
    assert wh.ledger_is_exact()


def test_a_malformed_entry_refuses_the_whole_batch_before_anything_is_posted(wh):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "5")
    request = pb.PostMovementsRequest(
        movements=[issue(lot, site.bins[0], "1", unique("b")), issue(lot, site.bins[0], "-1", "x")]
    )
    with pytest.raises(grpc.RpcError) as refused:
        wh.stub.PostMovements(request, metadata=wh.metadata)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert wh.free(lot, site.bins[0]) == 5


def test_the_rest_batch_posts_the_same_way(warehouse, wh, token):
    site = build_site(wh)
    lot = make_lot(wh, make_item(wh))
    stock_available(wh, lot, site.bins[0], "5")
    body = {
        "movements": [
            {
                "request_id": unique("r"),
                "issue": {
                    "lot_code": lot,
                    "location_code": site.bins[0],
                    "quantity": "3",
                    "uom": "H87",
                    "reference_number": "WO-R",
                },
            },
            {
                "request_id": unique("r"),
                "scrap": {
                    "lot_code": lot,
                    "location_code": site.bins[0],
                    "status": "AVAILABLE",
                    "quantity": "1",
                    "uom": "H87",
                    "reason_code": "DROPPED",
                },
            },
        ]
    }
    with rest_client(warehouse, token("ana", "warehouse_clerk")) as client:
        answer = client.post("/v1/stock/movement-batches", json=body)
    assert answer.status_code == 200, answer.text
    assert [r["movement"]["type"] for r in answer.json()["results"]] == ["issue", "scrap"]
    assert wh.free(lot, site.bins[0]) == 1

"""Racing calls on one lot: one undecided inspection per lot and receipt, one decision per
inspection, one result per request id."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import completed_inspection, define_plan, known_lot
from tests.transport import auth, get, grpc_channel, ok, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def outcome(call) -> str:
    """'ok' or the refusal's status name."""
    try:
        call()
    except grpc.RpcError as error:
        return error.code().name
    return "ok"


def test_racing_openings_of_one_lot_and_receipt_leave_one_inspection(quality, stub, token):
    item, lot = unique("FLOUR"), unique("LOT")
    define_plan(quality, token("eva", "quality_engineer"), item)
    inspector = token("ivan", "quality_inspector")

    def open_one(n: int) -> str:
        request = pb.OpenInspectionRequest(
            request_id=unique(f"open{n}"),
            lot_code=lot,
            item_code=item,
            receipt_reference="RCV-1",
            quantity="10",
            unit="KGM",
        )
        return outcome(lambda: stub.OpenInspection(request, metadata=auth(inspector)))

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = sorted(pool.map(open_one, range(6)))
    assert outcomes == ["ALREADY_EXISTS"] * 5 + ["ok"]
    assert len(ok(get(quality, inspector, "/v1/inspections", lot_code=lot))["inspections"]) == 1


def test_racing_decisions_leave_one_decision_and_one_ncr(quality, stub, token):
    item, lot = unique("FLOUR"), unique("LOT")
    define_plan(quality, token("eva", "quality_engineer"), item)
    inspection = completed_inspection(
        quality, token("ivan", "quality_inspector"), known_lot(lot, item), item
    )

    def reject_as(approver: str) -> str:
        request = pb.DecideLotRequest(
            request_id=unique(approver),
            inspection_id=inspection["id"],
            decision="reject",
            reason=f"rejected by {approver}",
        )
        bearer = token(approver, "quality_approver")
        return outcome(lambda: stub.DecideLot(request, metadata=auth(bearer)))

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = sorted(pool.map(reject_as, ["anna", "rick", "sam", "tom"]))
    assert outcomes == ["FAILED_PRECONDITION"] * 3 + ["ok"]
    ncrs = ok(get(quality, token(), "/v1/nonconformances", lot_code=lot))["nonconformances"]
    assert len(ncrs) == 1


def test_one_request_id_sent_concurrently_decides_once(quality, stub, token):
    item, lot = unique("FLOUR"), unique("LOT")
    define_plan(quality, token("eva", "quality_engineer"), item)
    inspection = completed_inspection(
        quality, token("ivan", "quality_inspector"), known_lot(lot, item), item
    )
    approver = token("anna", "quality_approver")
    request = pb.DecideLotRequest(
        request_id=unique("same"),
        inspection_id=inspection["id"],
        decision="partial",
        accepted_quantity="90",
        rejected_quantity="10",
        reason="ten kilos wet",
    )
    with ThreadPoolExecutor(max_workers=4) as pool:
        replies = list(
            pool.map(lambda _: stub.DecideLot(request, metadata=auth(approver)), range(4))
        )
    assert len({reply.SerializeToString(deterministic=True) for reply in replies}) == 1
    ncrs = ok(get(quality, approver, "/v1/nonconformances", lot_code=lot))["nonconformances"]
    assert [n["quantity"] for n in ncrs] == ["10"]

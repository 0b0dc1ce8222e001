"""Quality refuses at the door a hold or a lot decision on a lot the warehouse does not know,
and refuses with 503 and Retry-After, writing nothing, while the warehouse cannot answer."""

from __future__ import annotations

import grpc
import pytest

from lotflow.settings import get_settings
from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import completed_inspection, decide, known_lot
from tests.transport import auth, get, grpc_channel, grpc_refusal, ok, outbox_about, post, unique

pytestmark = pytest.mark.integration

REJECT = {"decision": "reject", "reason": "mould"}


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def hold_body(lot: str) -> dict:
    return {"lot_code": lot, "reason": "suspect", "source": "complaint"}


def hold_request(key: str, lot: str) -> pb.PlaceHoldRequest:
    return pb.PlaceHoldRequest(request_id=key, lot_code=lot, reason="suspect", source="recall")


def untouched(quality, stub, bearer: str, lot: str) -> bool:
    """No hold and no event of the lot: nothing of a refused request was written."""
    status = stub.GetLotQualityStatus(
        pb.GetLotQualityStatusRequest(lot_code=lot), metadata=auth(bearer)
    )
    return not status.blocked and not status.active_holds and not outbox_about(quality, lot)


def undecided(quality, bearer: str, inspection: dict) -> bool:
    """The inspection still waits for its decision and no NCR was opened for its lot."""
    read = ok(get(quality, bearer, f"/v1/inspections/{inspection['id']}"))
    ncrs = ok(get(quality, bearer, "/v1/nonconformances", lot_code=inspection["lot_code"]))
    return read == inspection and not ncrs["nonconformances"]


@pytest.fixture
def warehouse_down(monkeypatch):
    """Quality looks for the warehouse where nothing listens."""
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_a_hold_on_a_lot_the_warehouse_does_not_know_is_refused(quality, stub, ivan, request_id):
    lot = unique("NO-LOT")
    response = post(quality, ivan, "/v1/holds", hold_body(lot))
    assert (response.status_code, response.json()["code"]) == (422, "lot_unknown")
    assert response.json()["details"]["lot_code"] == lot
    assert grpc_refusal(stub.PlaceHold, hold_request(request_id(), lot), ivan) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "lot_unknown",
    )
    assert untouched(quality, stub, ivan, lot)


def test_a_lot_code_several_items_share_can_be_held(quality, ivan):
    lot = known_lot(known_lot(unique("LOT"), unique("FLOUR")), unique("SUGAR"))
    response = post(quality, ivan, "/v1/holds", hold_body(lot))
    assert response.status_code == 201, response.text


def test_a_decision_on_a_lot_the_warehouse_does_not_know_is_refused_and_writes_nothing(
    quality, stub, item, ivan, anna, request_id
):
    # The warehouse knows this lot code, but of another item than the one inspected.
    lot = known_lot(unique("LOT"), unique("OTHER"))
    inspection = completed_inspection(quality, ivan, lot, item)
    response = decide(quality, anna, inspection["id"], REJECT)
    assert (response.status_code, response.json()["code"]) == (422, "lot_unknown")
    assert response.json()["details"] == {"lot_code": lot, "inspection_id": inspection["id"]}
    request = pb.DecideLotRequest(
        request_id=request_id(), inspection_id=inspection["id"], decision="release"
    )
    assert grpc_refusal(stub.DecideLot, request, anna) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "lot_unknown",
    )
    assert undecided(quality, anna, inspection)


def test_while_the_warehouse_is_down_nothing_is_accepted_and_a_retry_is_invited(
    quality, stub, item, ivan, anna, request_id, warehouse_down
):
    lot = unique("LOT")
    response = post(quality, ivan, "/v1/holds", hold_body(lot))
    assert (response.status_code, response.json()["code"]) == (503, "warehouse_unavailable")
    assert int(response.headers["Retry-After"]) > 0
    assert grpc_refusal(stub.PlaceHold, hold_request(request_id(), lot), ivan) == (
        grpc.StatusCode.UNAVAILABLE,
        "warehouse_unavailable",
    )
    assert untouched(quality, stub, ivan, lot)
    inspection = completed_inspection(quality, ivan, unique("LOT"), item)
    response = decide(quality, anna, inspection["id"], REJECT)
    assert (response.status_code, response.json()["code"]) == (503, "warehouse_unavailable")
    assert undecided(quality, anna, inspection)


def test_the_same_hold_is_accepted_once_the_warehouse_is_back(
    quality, stub, ivan, request_id, monkeypatch
):
    lot, key = known_lot(unique("LOT")), request_id()
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    down = post(quality, ivan, "/v1/holds", hold_body(lot), key)
    monkeypatch.undo()
    get_settings.cache_clear()
    back = post(quality, ivan, "/v1/holds", hold_body(lot), key)
    assert (down.status_code, back.status_code) == (503, 201)
    assert [kind for kind, _ in outbox_about(quality, lot)] == ["quality.hold_placed"]

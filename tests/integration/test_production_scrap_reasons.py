"""Scrap reasons per work center over REST and gRPC: define, list, deactivate, errors."""

from __future__ import annotations

import grpc
import pytest

from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from tests.integration.production_calls import register_work_center
from tests.transport import (
    auth,
    grpc_channel,
    grpc_failure,
    outbox_about,
    rest_client,
    unique,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(production):
    return pb_grpc.ProductionServiceStub(grpc_channel(production))


@pytest.fixture
def client(production, erin):
    with rest_client(production, erin) as client:
        yield client


@pytest.fixture
def work_center(stub, erin) -> str:
    return register_work_center(stub, erin)


def define_over_rest(client, work_center: str, key: str, **body):
    body = {"reason_code": "SPILL", "description": "Spilled", "category": "man", **body}
    return client.post(
        f"/v1/work-centers/{work_center}/scrap-reasons", json=body, headers={"Idempotency-Key": key}
    )


def deactivate_request(work_center: str, reason: str, key: str):
    return pb.DeactivateScrapReasonRequest(
        request_id=key, work_center_code=work_center, reason_code=reason
    )


def test_reasons_defined_over_both_transports_are_listed_with_the_work_center(
    production, stub, client, erin, work_center, request_id
):
    over_rest = define_over_rest(client, work_center, request_id(), reason_code="SPILL")
    assert over_rest.status_code == 201, over_rest.text
    assert over_rest.json()["active"] is True
    assert over_rest.json()["defined_by"] == "erin"
    over_grpc = stub.DefineScrapReason(
        pb.DefineScrapReasonRequest(
            request_id=request_id(),
            work_center_code=work_center,
            reason_code="JAM",
            description="Capper jammed",
            category="machine",
        ),
        metadata=auth(erin),
    )
    assert over_grpc.work_center_code == work_center
    assert over_grpc.category == "machine"

    listed = client.get(f"/v1/work-centers/{work_center}").json()["scrap_reasons"]
    assert [(r["reason_code"], r["category"], r["active"]) for r in listed] == [
        ("JAM", "machine", True),
        ("SPILL", "man", True),
    ]
    read = stub.GetWorkCenter(pb.GetWorkCenterRequest(ref=work_center), metadata=auth(erin))
    assert [r.reason_code for r in read.scrap_reasons] == ["JAM", "SPILL"]
    assert [kind for kind, _ in outbox_about(production, work_center)] == [
        "production.work_center_registered",
        "production.scrap_reason_defined",
        "production.scrap_reason_defined",
    ]


def test_a_deactivated_reason_stays_listed_and_cannot_be_deactivated_again(
    production, stub, client, erin, work_center, request_id
):
    define_over_rest(client, work_center, request_id(), reason_code="SPILL")
    key = request_id()
    first = stub.DeactivateScrapReason(
        deactivate_request(work_center, "SPILL", key), metadata=auth(erin)
    )
    assert first.active is False
    assert first.deactivated_by == "erin"
    assert first.deactivated_at.seconds > 0

    replay = stub.DeactivateScrapReason(
        deactivate_request(work_center, "SPILL", key), metadata=auth(erin)
    )
    assert replay == first

    status, error_code = grpc_failure(
        stub.DeactivateScrapReason,
        deactivate_request(work_center, "SPILL", request_id()),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.FAILED_PRECONDITION, "scrap_reason_inactive")
    again = client.post(
        f"/v1/work-centers/{work_center}/scrap-reasons/SPILL/deactivate",
        headers={"Idempotency-Key": request_id()},
    )
    assert again.status_code == 409
    assert again.json()["code"] == "scrap_reason_inactive"

    (listed,) = client.get(f"/v1/work-centers/{work_center}").json()["scrap_reasons"]
    assert listed["reason_code"] == "SPILL"
    assert listed["active"] is False
    kinds = [kind for kind, _ in outbox_about(production, work_center)]
    assert kinds.count("production.scrap_reason_deactivated") == 1


def test_deactivating_over_rest(client, work_center, request_id):
    define_over_rest(client, work_center, request_id(), reason_code="DROP")
    done = client.post(
        f"/v1/work-centers/{work_center}/scrap-reasons/DROP/deactivate",
        headers={"Idempotency-Key": request_id()},
    )
    assert done.status_code == 200, done.text
    assert done.json()["active"] is False
    assert done.json()["deactivated_at"] is not None


def test_a_reason_code_is_unique_per_work_center_even_once_deactivated(
    stub, client, erin, work_center, request_id
):
    define_over_rest(client, work_center, request_id(), reason_code="SPILL")
    stub.DeactivateScrapReason(
        deactivate_request(work_center, "SPILL", request_id()), metadata=auth(erin)
    )
    clash = define_over_rest(client, work_center, request_id(), reason_code="SPILL")
    assert clash.status_code == 409
    assert clash.json()["code"] == "scrap_reason_exists"

    other = register_work_center(stub, erin, unique("FILL"), name="Filler", kind="filling")
    elsewhere = define_over_rest(client, other, request_id(), reason_code="SPILL")
    assert elsewhere.status_code == 201
    assert elsewhere.json()["active"] is True


def test_unknown_work_centers_and_reasons_are_not_found(
    stub, client, erin, work_center, request_id
):
    missing = define_over_rest(client, "NO-SUCH-WC", request_id())
    assert missing.status_code == 404
    assert missing.json()["code"] == "work_center_not_found"
    status, error_code = grpc_failure(
        stub.DeactivateScrapReason,
        deactivate_request(work_center, "NEVER", request_id()),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.NOT_FOUND, "scrap_reason_not_found")
    undefined = client.post(
        "/v1/work-centers/NO-SUCH-WC/scrap-reasons/SPILL/deactivate",
        headers={"Idempotency-Key": request_id()},
    )
    assert undefined.status_code == 404


@pytest.mark.parametrize(
    "change",
    [
        {"category": "money"},  # not one of the 6Ms
        {"category": 3},  # wrong type
        {"description": ""},
        {"reason_code": "two words"},
        {"severity": "high"},  # unknown field
        {"work_center_code": "OTHER"},  # the work center comes from the path only
    ],
)
def test_bad_definitions_are_refused_and_write_nothing(client, work_center, request_id, change):
    refused = define_over_rest(client, work_center, request_id(), **change)
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "invalid_request"
    assert client.get(f"/v1/work-centers/{work_center}").json()["scrap_reasons"] == []


def test_grpc_refuses_an_unknown_category(stub, erin, work_center, request_id):
    status, error_code = grpc_failure(
        stub.DefineScrapReason,
        pb.DefineScrapReasonRequest(
            request_id=request_id(),
            work_center_code=work_center,
            reason_code="X",
            description="x",
            category="money",
        ),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_request")


def test_a_request_id_reused_for_another_reason_or_use_case_is_refused(
    stub, client, erin, work_center, request_id
):
    key = request_id()
    assert define_over_rest(client, work_center, key, reason_code="SPILL").status_code == 201
    replay = define_over_rest(client, work_center, key, reason_code="SPILL")
    assert replay.status_code == 201
    reused = define_over_rest(client, work_center, key, reason_code="JAM")
    assert reused.status_code == 409
    assert reused.json()["code"] == "request_id_reused"
    status, error_code = grpc_failure(
        stub.DeactivateScrapReason,
        deactivate_request(work_center, "SPILL", key),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    listed = client.get(f"/v1/work-centers/{work_center}").json()["scrap_reasons"]
    assert [(r["reason_code"], r["active"]) for r in listed] == [("SPILL", True)]


def test_reasons_need_the_engineer_role(production, stub, token, work_center, request_id):
    supervisor = token("sam", "production_supervisor")
    with rest_client(production, supervisor) as client:
        refused = define_over_rest(client, work_center, request_id())
        assert refused.status_code == 403
        assert refused.json()["code"] == "role_required"
        # Reading needs a production role too (or auditor).
        read = client.get(f"/v1/work-centers/{work_center}")
        assert (read.status_code, read.json()["code"]) == (403, "role_required")
    with rest_client(production, token("ada", "auditor")) as client:
        assert client.get(f"/v1/work-centers/{work_center}").status_code == 200
    status, error_code = grpc_failure(
        stub.DeactivateScrapReason,
        deactivate_request(work_center, "SPILL", request_id()),
        metadata=auth(supervisor),
    )
    assert (status, error_code) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    assert [kind for kind, _ in outbox_about(production, work_center)] == [
        "production.work_center_registered"
    ]

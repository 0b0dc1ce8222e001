"""Production work centers over REST and gRPC: each class of bad input and who may call."""

from __future__ import annotations

import uuid

import grpc
import pytest

from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from tests.integration.production_calls import ENGINEER, work_center_body
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


@pytest.mark.parametrize(
    "change",
    [
        {"colour": "blue"},  # unknown field
        {"name": 123},  # wrong type
        {"capacity_per_hour": "fast", "capacity_uom": "KGM"},  # not a decimal
        {"capacity_per_hour": "-5", "capacity_uom": "KGM"},  # not positive
        {"capacity_per_hour": "10"},  # a capacity without its unit
        {"capacity_uom": "kgm"},  # not a Rec 20 code, and no capacity
        {"code": "has space"},
        {"code": "MIX/1"},  # codes travel in URL paths
        {"site_code": None},
        {"kind": "   "},
    ],
)
def test_rest_refuses_bad_bodies_and_writes_nothing(production, token, request_id, change):
    code = unique("BAD")
    body = {**work_center_body(code), **change}
    with rest_client(production, token("erin", ENGINEER)) as client:
        refused = client.post(
            "/v1/work-centers", json=body, headers={"Idempotency-Key": request_id()}
        )
        assert refused.status_code == 422, refused.text
        assert refused.json()["code"] == "invalid_request"
        assert client.get(f"/v1/work-centers/{code}").status_code == 404


@pytest.mark.parametrize(
    "fields",
    [
        {"capacity_per_hour": "fast", "capacity_uom": "KGM"},
        {"capacity_uom": "KGM"},
        {"name": ""},
    ],
)
def test_grpc_refuses_bad_requests(stub, erin, request_id, fields):
    request = pb.RegisterWorkCenterRequest(
        request_id=request_id(), **{**work_center_body(unique("BAD")), **fields}
    )
    status, error_code = grpc_failure(stub.RegisterWorkCenter, request, metadata=auth(erin))
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_request")


def test_a_missing_request_id_is_refused(production, stub, erin, token):
    with rest_client(production, token("erin", ENGINEER)) as client:
        refused = client.post("/v1/work-centers", json=work_center_body(unique("MIX")))
    assert refused.status_code == 422
    status, error_code = grpc_failure(
        stub.RegisterWorkCenter,
        pb.RegisterWorkCenterRequest(**work_center_body(unique("MIX"))),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "request_id_required")


def test_unknown_work_centers_are_not_found(production, stub, erin, token):
    with rest_client(production, token("erin", ENGINEER)) as client:
        for ref in ("NO-SUCH-WC", str(uuid.uuid4())):
            missing = client.get(f"/v1/work-centers/{ref}")
            assert missing.status_code == 404
            assert missing.json()["code"] == "work_center_not_found"
    status, error_code = grpc_failure(
        stub.GetWorkCenter, pb.GetWorkCenterRequest(ref="NO-SUCH-WC"), metadata=auth(erin)
    )
    assert (status, error_code) == (grpc.StatusCode.NOT_FOUND, "work_center_not_found")


def test_master_data_needs_the_engineer_role(production, stub, token, request_id):
    code = unique("MIX")
    supervisor = token("sam", "production_supervisor")
    with rest_client(production, supervisor) as client:
        refused = client.post(
            "/v1/work-centers",
            json=work_center_body(code),
            headers={"Idempotency-Key": request_id()},
        )
        assert refused.status_code == 403
        assert refused.json()["code"] == "role_required"
    with rest_client(production, None) as client:
        anonymous = client.post(
            "/v1/work-centers",
            json=work_center_body(code),
            headers={"Idempotency-Key": request_id()},
        )
        assert anonymous.status_code == 401
    status, error_code = grpc_failure(
        stub.RegisterWorkCenter,
        pb.RegisterWorkCenterRequest(request_id=request_id(), **work_center_body(code)),
        metadata=auth(supervisor),
    )
    assert (status, error_code) == (grpc.StatusCode.PERMISSION_DENIED, "role_required")
    status, _ = grpc_failure(stub.GetWorkCenter, pb.GetWorkCenterRequest(ref=code))
    assert status == grpc.StatusCode.UNAUTHENTICATED
    assert outbox_about(production, code) == []


def test_list_refuses_bad_paging(production, stub, erin, token):
    with rest_client(production, token("erin", ENGINEER)) as client:
        for params in (
            {"page_size": 0},
            {"page_size": 501},
            {"page_size": "many"},
            {"colour": "x"},
        ):
            refused = client.get("/v1/work-centers", params=params)
            assert refused.status_code == 422, params
            assert refused.json()["code"] == "invalid_request"
    status, error_code = grpc_failure(
        stub.ListWorkCenters, pb.ListWorkCentersRequest(page_size=501), metadata=auth(erin)
    )
    assert (status, error_code) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_request")

"""Inspection plans over REST and gRPC: versions, which plan applies, refusals, idempotency."""

from __future__ import annotations

import grpc
import pytest

from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from tests.integration.quality_calls import MOISTURE, SMELL, events_about
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(quality):
    return pb_grpc.QualityServiceStub(grpc_channel(quality))


def plan_body(item: str, **changes) -> dict:
    return {"item_code": item, "sample_size": 5, "characteristics": [MOISTURE, SMELL]} | changes


def define(quality, bearer: str, body: dict, key: str):
    with rest_client(quality, bearer) as client:
        return client.post("/v1/inspection-plans", json=body, headers={"Idempotency-Key": key})


def define_over_grpc(stub, bearer: str, key: str, item: str, supplier: str = "", **fields):
    request = pb.DefineInspectionPlanRequest(
        request_id=key,
        item_code=item,
        supplier_code=supplier,
        sample_size=fields.pop("sample", 3),
        characteristics=[
            pb.Characteristic(
                name="width", kind="numeric", lower_limit="-0.5", upper_limit="0.5", unit="MMT"
            )
        ],
        **fields,
    )
    return stub.DefineInspectionPlan(request, metadata=auth(bearer))


def test_define_over_rest_then_get_over_grpc(quality, stub, engineer, token, request_id):
    item = unique("FLOUR")
    created = define(quality, engineer, plan_body(item, skip_lot_after=10), request_id())
    assert created.status_code == 201, created.text
    view = created.json()
    assert (view["version"], view["supplier_code"], view["created_by"]) == (1, None, "eva")
    assert view["characteristics"] == [
        {
            "name": "moisture",
            "kind": "numeric",
            "lower_limit": None,
            "upper_limit": "14.5",
            "unit": "P1",
        },
        {
            "name": "smell",
            "kind": "attribute",
            "lower_limit": None,
            "upper_limit": None,
            "unit": None,
        },
    ]
    plan = stub.GetInspectionPlan(
        pb.GetInspectionPlanRequest(item_code=item, supplier_code="ANY-SUPPLIER"),
        metadata=auth(token("ivan", "quality_inspector")),
    )
    assert (plan.id, plan.version, plan.sample_size, plan.skip_lot_after) == (view["id"], 1, 5, 10)
    assert plan.supplier_code == ""
    assert [c.name for c in plan.characteristics] == ["moisture", "smell"]
    assert plan.characteristics[0].upper_limit == "14.5"

    events = events_about(stub, item, token(), until="quality.inspection_plan_defined")
    assert [(kind, body["id"]) for kind, body in events] == [
        ("quality.inspection_plan_defined", view["id"])
    ]


def test_each_definition_is_a_new_version_and_the_latest_applies(
    quality, stub, engineer, request_id
):
    item = unique("SUGAR")
    versions = [
        define_over_grpc(stub, engineer, request_id(), item, sample=n).version for n in (1, 2, 3)
    ]
    assert versions == [1, 2, 3]
    supplier_versions = [
        define_over_grpc(stub, engineer, request_id(), item, "MILL", sample=n).version
        for n in (7, 8)
    ]
    assert supplier_versions == [1, 2]
    with rest_client(quality, engineer) as client:
        general = client.get(f"/v1/items/{item}/inspection-plan").json()
        other_supplier = client.get(
            f"/v1/items/{item}/inspection-plan", params={"supplier_code": "OTHER"}
        ).json()
        own = client.get(
            f"/v1/items/{item}/inspection-plan", params={"supplier_code": "MILL"}
        ).json()
    assert (general["version"], general["sample_size"], general["supplier_code"]) == (3, 3, None)
    assert other_supplier == general
    assert (own["version"], own["sample_size"], own["supplier_code"]) == (2, 8, "MILL")


def test_a_supplier_plan_alone_does_not_apply_to_other_suppliers(
    quality, stub, engineer, request_id
):
    item = unique("SALT")
    define_over_grpc(stub, engineer, request_id(), item, "MILL")
    assert (
        stub.GetInspectionPlan(
            pb.GetInspectionPlanRequest(item_code=item, supplier_code="MILL"),
            metadata=auth(engineer),
        ).supplier_code
        == "MILL"
    )
    for request in (
        pb.GetInspectionPlanRequest(item_code=item, supplier_code="OTHER"),
        pb.GetInspectionPlanRequest(item_code=item),
    ):
        assert grpc_refusal(stub.GetInspectionPlan, request, engineer) == (
            grpc.StatusCode.NOT_FOUND,
            "inspection_plan_not_found",
        )
    with rest_client(quality, engineer) as client:
        response = client.get(f"/v1/items/{unique('NONE')}/inspection-plan")
    assert (response.status_code, response.json()["code"]) == (404, "inspection_plan_not_found")
    assert grpc_refusal(stub.GetInspectionPlan, pb.GetInspectionPlanRequest(), engineer) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"sample_size": 0}, 422, "invalid_request"),
        ({"sample_size": "five"}, 422, "invalid_request"),
        ({"skip_lot_after": -1}, 422, "invalid_request"),
        ({"characteristics": []}, 422, "invalid_request"),
        ({"item_code": ""}, 422, "invalid_request"),
        ({"frequency": "daily"}, 422, "invalid_request"),
        ({"characteristics": [MOISTURE | {"upper_limit": 14.5}]}, 422, "invalid_request"),
        ({"characteristics": [MOISTURE | {"unit": "PCT"}]}, 422, "invalid_request"),
        ({"characteristics": [MOISTURE | {"kind": "visual"}]}, 422, "invalid_request"),
        ({"characteristics": [MOISTURE | {"tolerance": "1"}]}, 422, "invalid_request"),
        (
            {"characteristics": [{"name": "m", "kind": "numeric", "unit": "P1"}]},
            422,
            "invalid_characteristic",
        ),
        ({"characteristics": [MOISTURE | {"unit": None}]}, 422, "invalid_characteristic"),
        ({"characteristics": [MOISTURE | {"lower_limit": "15"}]}, 422, "invalid_characteristic"),
        ({"characteristics": [SMELL | {"unit": "P1"}]}, 422, "invalid_characteristic"),
        (
            {"characteristics": [MOISTURE, MOISTURE | {"name": "Moisture"}]},
            422,
            "duplicate_characteristic",
        ),
    ],
)
def test_define_refuses_bad_plans(quality, engineer, request_id, changes, status, code):
    item = unique("BAD")
    response = define(quality, engineer, plan_body(item) | changes, request_id())
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    with rest_client(quality, engineer) as client:
        assert client.get(f"/v1/items/{item}/inspection-plan").status_code == 404


def test_define_refuses_bad_plans_over_grpc(stub, engineer, request_id):
    no_sample = pb.DefineInspectionPlanRequest(
        request_id=request_id(),
        item_code="X",
        characteristics=[pb.Characteristic(name="smell", kind="attribute")],
    )
    assert grpc_refusal(stub.DefineInspectionPlan, no_sample, engineer) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_request",
    )
    no_limit = pb.DefineInspectionPlanRequest(
        request_id=request_id(),
        item_code="X",
        sample_size=1,
        characteristics=[pb.Characteristic(name="ph", kind="numeric", unit="C62")],
    )
    assert grpc_refusal(stub.DefineInspectionPlan, no_limit, engineer) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "invalid_characteristic",
    )


def test_only_quality_engineers_define_plans(quality, stub, token, request_id):
    inspector = token("ivan", "quality_inspector")
    response = define(quality, inspector, plan_body(unique("X")), request_id())
    assert (response.status_code, response.json()["code"]) == (403, "role_required")
    with pytest.raises(grpc.RpcError) as failure:
        define_over_grpc(stub, inspector, request_id(), unique("X"))
    assert failure.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with rest_client(quality, None) as client:
        assert client.get("/v1/items/X/inspection-plan").status_code == 401


def test_replay_returns_the_first_plan_and_reuse_is_refused(quality, stub, engineer, request_id):
    item, key = unique("OIL"), request_id()
    first = define(quality, engineer, plan_body(item), key)
    replay = define(quality, engineer, plan_body(item), key)
    assert first.status_code == replay.status_code == 201
    assert replay.json() == first.json()
    reused = define(quality, engineer, plan_body(item, sample_size=9), key)
    assert (reused.status_code, reused.json()["code"]) == (409, "request_id_reused")
    with pytest.raises(grpc.RpcError) as failure:
        define_over_grpc(stub, engineer, key, item)
    assert failure.value.code() == grpc.StatusCode.ALREADY_EXISTS
    with rest_client(quality, engineer) as client:
        current = client.get(f"/v1/items/{item}/inspection-plan").json()
    assert (current["id"], current["version"]) == (first.json()["id"], 1)

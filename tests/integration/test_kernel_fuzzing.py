"""Hostile input against every service but the inbox (tests/tasks has its own): no REST
operation answers 5xx to generated input, with an admin token or a role-less one; no gRPC
method answers INTERNAL or UNKNOWN to hostile fields; every OpenAPI documents the problem JSON
it answers with."""

from __future__ import annotations

import grpc
import pytest

from launcher.registry import load_spec
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub
from tests.fuzzing import grpc_failures, rest_failures, rest_path_failures
from tests.transport import assert_problem, auth, error_code, grpc_channel, rest_client

pytestmark = pytest.mark.integration

SERVICES = ("warehouse", "receiving", "quality", "production", "recall")


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("roles", [("admin",), ()], ids=["admin", "no-role"])
def test_no_rest_operation_fails_on_generated_input(start_service, token, service, roles):
    bearer = token("fuzzer", *roles) if roles else token("fuzzer", "no_such_role")
    assert rest_failures(start_service(service), bearer) == []


@pytest.mark.parametrize("service", SERVICES)
def test_no_rest_operation_fails_on_hostile_parameters(start_service, token, service):
    assert rest_path_failures(start_service(service), token("fuzzer", "admin")) == []


@pytest.mark.parametrize("service", SERVICES)
def test_no_grpc_method_fails_on_hostile_fields(start_service, token, service):
    names = load_spec(service).grpc_services
    assert grpc_failures(start_service(service), token("fuzzer", "admin"), names) == []


@pytest.mark.parametrize("service", SERVICES)
def test_the_openapi_documents_the_problem_json_of_every_refusal(start_service, token, service):
    with rest_client(start_service(service), token()) as client:
        document = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in document["components"]["schemas"]
    problem = document["components"]["schemas"]["ProblemDetails"]
    assert {"type", "title", "status", "detail", "code"} <= set(problem["required"])
    for path, operations in document["paths"].items():
        if path in ("/healthz", "/readyz"):
            continue
        for method, operation in operations.items():
            for status in ("4XX", "5XX"):
                content = operation["responses"][status]["content"]
                assert content == {
                    "application/problem+json": {
                        "schema": {"$ref": "#/components/schemas/ProblemDetails"}
                    }
                }, (method, path, status)


def test_hostile_parameters_are_refused_at_the_edge_with_a_short_message(start_service, token):
    warehouse = start_service("warehouse")
    with rest_client(warehouse, token()) as client:
        for path in ("/v1/lots/a%00b", "/v1/items/" + "x" * 5000, "/v1/locations?site_code=%1b"):
            response = client.get(path)
            assert_problem(response, 422, "invalid_parameter")
            assert len(response.json()["detail"]) < 200
    stub = WarehouseServiceStub(grpc_channel(warehouse))
    for ref in ("a\x00b", "x" * (1 << 20)):
        with pytest.raises(grpc.RpcError) as refused:
            stub.GetItem(pb.GetItemRequest(ref=ref), metadata=auth(token()))
        assert (refused.value.code(), error_code(refused.value)) == (
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_parameter",
        )
        assert len(refused.value.details()) < 200

"""Walking a service's role table over both transports: who the walk calls as, how it calls
each use case (the calls are in tests/role_walk_calls.py), and what counts as a role refusal.

The requests name made-up lots, orders and ids, but are well formed, so they get past decoding to
the use case and its role check: a caller without the roles must be refused there, a caller with
one may still be refused for what the request names (not found, a conflict, a broken rule), never
for its role. Shared by tests/integration/test_role_tables.py and the task inbox's walk.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import grpc
from google.protobuf import json_format, message_factory

from lotflow.roles import AUDITOR_ROLE, RoleTable
from lotflow.service_host import RunningService
from protos.production.v1 import production_pb2, production_pb2_grpc
from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.recall.v1 import recall_pb2, recall_pb2_grpc
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from protos.tasks.v1 import tasks_pb2, tasks_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from services.production.domain.roles import TABLE as PRODUCTION
from services.quality.domain.roles import TABLE as QUALITY
from services.recall.domain import TABLE as RECALL
from services.receiving.domain.roles import TABLE as RECEIVING
from services.tasks.roles import TABLE as TASKS
from services.warehouse.domain.roles import TABLE as WAREHOUSE
from tests.role_walk_calls import Call, calls_of
from tests.transport import auth, error_code, new_request_id, rest_client

TABLES: dict[str, RoleTable] = {
    table.service: table for table in (RECEIVING, QUALITY, WAREHOUSE, PRODUCTION, RECALL, TASKS)
}

# (service's gRPC stub, its messages module, the service's name in the proto)
GRPC = {
    "receiving": (receiving_pb2_grpc.ReceivingServiceStub, receiving_pb2, "ReceivingService"),
    "quality": (quality_pb2_grpc.QualityServiceStub, quality_pb2, "QualityService"),
    "warehouse": (warehouse_pb2_grpc.WarehouseServiceStub, warehouse_pb2, "WarehouseService"),
    "production": (production_pb2_grpc.ProductionServiceStub, production_pb2, "ProductionService"),
    "recall": (recall_pb2_grpc.RecallServiceStub, recall_pb2, "RecallService"),
    "tasks": (tasks_pb2_grpc.TasksServiceStub, tasks_pb2, "TasksService"),
}


def every_use_case(*services: str) -> list[tuple[str, str]]:
    """(service, use case) for each use case of the services' tables."""
    return [
        (service, use_case)
        for service in services
        for use_case in (*TABLES[service].writes, *TABLES[service].reads)
    ]


# -- who calls ----------------------------------------------------------------------------------


def is_read(service: str, use_case: str) -> bool:
    return use_case in TABLES[service].reads


def roles_of(service: str, use_case: str) -> tuple[str, ...]:
    """The roles the table names for the use case (not the auditor's right to read)."""
    table = TABLES[service]
    return table.reads[use_case] if is_read(service, use_case) else table.writes[use_case]


def other_roles(service: str, use_case: str) -> list[str]:
    """Every role any table names, but the use case's own, the auditor and admin: a caller
    holding all of them holds none of the use case's."""
    every = frozenset().union(*(table.roles() for table in TABLES.values()))
    return sorted(every - set(roles_of(service, use_case)) - {AUDITOR_ROLE})


# -- calling ------------------------------------------------------------------------------------

# (status code, stable error code) of a call; (200, None) / (OK, None) when it succeeds.
Outcome = tuple[Any, str | None]

ROLE_REFUSED_REST: Outcome = (403, "role_required")
ROLE_REFUSEDGRPC: Outcome = (grpc.StatusCode.PERMISSION_DENIED, "role_required")


def call_rest(service: RunningService, call: Call, bearer: str) -> Outcome:
    headers = {} if call.rest_method == "GET" else {"Idempotency-Key": new_request_id()}
    with rest_client(service, bearer) as client:
        if call.rest_method == "GET":
            response = client.get(call.path, params=call.body or {})
        else:
            response = client.request(call.rest_method, call.path, json=call.body, headers=headers)
    is_json = response.headers.get("content-type", "").endswith("json")
    return response.status_code, (response.json().get("code") if is_json else None)


def call_grpc(service: RunningService, name: str, call: Call, bearer: str) -> Outcome:
    stub_type, messages, proto_service = GRPC[name]
    method = messages.DESCRIPTOR.services_by_name[proto_service].methods_by_name[call.rpc]
    # The request may be declared in another file of the package (orders.proto, wip.proto).
    request_type = message_factory.GetMessageClass(method.input_type)
    fields = dict(call.rpc_fields)
    if "request_id" in request_type.DESCRIPTOR.fields_by_name:
        fields["request_id"] = new_request_id()
    request = json_format.ParseDict(fields, request_type())
    with grpc.insecure_channel(service.grpc_target) as channel:
        try:
            getattr(stub_type(channel), call.rpc)(request, metadata=auth(bearer), timeout=30)
        except grpc.RpcError as error:
            return error.code(), error_code(error)
    return grpc.StatusCode.OK, None


def refused_for_role(outcome: Outcome) -> bool:
    status, code = outcome
    if status in (401, grpc.StatusCode.UNAUTHENTICATED):
        return True
    return status in (403, grpc.StatusCode.PERMISSION_DENIED) and code == "role_required"


def broke(outcome: Outcome) -> bool:
    """A server error: made-up input is refused, never fails the server."""
    status = outcome[0]
    if isinstance(status, int):
        return status >= 500
    return status in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN)


def walk(service: RunningService, name: str, use_case: str, token: Any) -> list[str]:
    """Call the use case over each transport as a caller without its roles, as each of its
    roles and as an auditor; return what went against the table (nothing, if all is well)."""
    callers = {"without its roles": token("walker", *other_roles(name, use_case))}
    callers |= {f"as {role}": token("walker", role) for role in roles_of(name, use_case)}
    callers["as auditor"] = token("walker", AUDITOR_ROLE)
    problems = []
    for transport, call, send in _transports(service, name, use_case):
        for who, bearer in callers.items():
            outcome = send(bearer)
            refuse = who == "without its roles" or (
                who == "as auditor" and not is_read(name, use_case)
            )
            expected = ROLE_REFUSEDGRPC if transport == "gRPC" else ROLE_REFUSED_REST
            where = f"{transport} {call.rpc if transport == 'gRPC' else call.path}"
            if refuse and outcome != expected:
                problems.append(f"{where} {who}: {outcome}, expected {expected}")
            if not refuse and (refused_for_role(outcome) or broke(outcome)):
                problems.append(f"{where} {who}: {outcome}")
    return problems


def _transports(service: RunningService, name: str, use_case: str) -> list[tuple]:
    """(transport, call, how to send it as a bearer) for each way the walk reaches the use case."""
    sends = []
    for call in calls_of(name, use_case):
        sends.append(("gRPC", call, partial(call_grpc, service, name, call)))
        if call.rest_method:
            sends.append(("REST", call, partial(call_rest, service, call)))
    return sends

"""Least privilege, walked: every use case of every service's role table, over REST and gRPC,
refuses a caller holding every role but its own (403 / PERMISSION_DENIED, `role_required`), lets
each of its roles through, lets an auditor through a read and refuses one a write.

The calls live in tests/role_walk_calls.py; a table naming a use case the walk does not call, or the
walk calling one the table lacks, fails here, so a new use case cannot skip the walk. The task
inbox's table is walked beside the inbox (tests/tasks/test_task_role_table.py), which needs
Temporal.
"""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute

from launcher.registry import load_spec
from tests.role_walk import GRPC, TABLES, every_use_case, walk
from tests.role_walk_calls import CALLS, walked_routes, walked_rpcs

pytestmark = pytest.mark.integration

SERVICES = ("receiving", "quality", "warehouse", "production", "recall")

# The doors no role table gates, each tested where it is kept: the event feeds (the
# event_reader role, tests/integration/test_kernel_*.py), a warehouse batch (each entry is
# checked as its own use case, test_warehouse_settlement_roles.py) and the task inbox (the
# task's candidate groups, tests/tasks/test_task_inbox_*.py).
NOT_ROLE_GATED = {
    "warehouse": {"PostMovements", ("POST", "/v1/stock/movement-batches")},
    "tasks": {
        *("ListTasks", "GetTask", "GetTaskHistory", "ClaimTask", "UnclaimTask", "CompleteTask"),
        ("GET", "/v1/tasks"),
        ("GET", "/v1/tasks/{task_id}"),
        ("GET", "/v1/tasks/{task_id}/history"),
        ("POST", "/v1/tasks/{task_id}/claim"),
        ("POST", "/v1/tasks/{task_id}/unclaim"),
        ("POST", "/v1/tasks/{task_id}/complete"),
    },
}


@pytest.mark.parametrize("service", sorted(TABLES))
def test_the_walk_calls_exactly_the_use_cases_of_each_table(service):
    table = TABLES[service]
    assert set(CALLS[service]) == {*table.writes, *table.reads}


@pytest.mark.parametrize(("service", "use_case"), every_use_case(*SERVICES))
def test_each_use_case_admits_exactly_the_roles_of_its_table(
    start_service, token, service, use_case
):
    problems = walk(start_service(service), service, use_case, token)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("service", sorted(TABLES))
def test_the_walk_goes_through_every_rpc_and_route_a_role_gates(service):
    _stub, messages, proto_service = GRPC[service]
    methods = messages.DESCRIPTOR.services_by_name[proto_service].methods_by_name
    exempt = NOT_ROLE_GATED.get(service, set())
    assert set(methods) - {"ListEvents"} - exempt == walked_rpcs(service)
    routes = [
        (method, route)
        for router in load_spec(service).routers
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    ]
    unwalked = [
        (method, route.path)
        for method, route in routes
        if (method, route.path) not in exempt
        and not any(
            method == walked_method and route.path_regex.match(path)
            for walked_method, path in walked_routes(service)
        )
    ]
    assert unwalked == []

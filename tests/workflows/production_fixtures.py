"""What the production workflow tests share: warehouse, quality, production and the task inbox
on real PostgreSQL, production's gateway holding the session's Temporal client (so its operator
RPCs reach the workflows this module's worker runs), a plant, an order released and its
workflow started, operators reporting over gRPC, and trails checked against the models."""

# ruff: noqa: F811 - the fixture `inbox` is imported from tests/tasks/conftest.py
from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import grpc
import pytest

import workflows.production_order
import workflows.substitution
from services.production.workflow_gateway import OrderGateway, install
from tests.integration.production_world import (
    ENGINEER_ROLES,
    OPERATOR_ROLES,
    PLANNER_ROLES,
    Plant,
    Production,
    build_plant,
    create_order,
    define_bom,
    define_routing,
    release_order,
)
from tests.property.warehouse_world import Warehouse
from tests.tasks.conftest import inbox  # noqa: F401 - the session's inbox service
from tests.transport import error_code, grpc_channel, unique
from tests.workflows.replay import replay_in_sandbox
from workflows.bpmn import model_of_package
from workflows.production_order.contracts import ProduceOrder, workflow_id_for
from workflows.production_order.elements import RUN_OPERATION
from workflows.production_order.workflow import ProductionOrderWorkflow
from workflows.service_calls import ServiceAccess
from workflows.tasks.activities import TASKS_SERVICE
from workflows.worker import build_worker
from workflows.worker_token import WORKER_ROLES

ORDER_MODEL = model_of_package(workflows.production_order.__file__)
SUBSTITUTION_MODEL = model_of_package(workflows.substitution.__file__)
QUEUE = f"production-test-{uuid.uuid4().hex[:8]}"


@dataclass
class World:
    wh: Warehouse
    engineer: Production
    planner: Production
    floor: Production  # olga, an operator
    plant: Plant
    access: ServiceAccess
    token: Callable[..., str]
    production_channel: grpc.Channel

    def as_(self, user: str, *roles: str) -> Production:
        return Production(self.production_channel, self.token(user, *roles))


@pytest.fixture(scope="module")
def world(start_service, inbox, token, client) -> World:
    warehouse, quality, production = (
        start_service(s) for s in ("warehouse", "quality", "production")
    )
    install(OrderGateway.of(client, task_queue=QUEUE))
    targets = {
        "warehouse": warehouse.grpc_target,
        "quality": quality.grpc_target,
        "production": production.grpc_target,
        TASKS_SERVICE: inbox.grpc_target,
    }
    worker_token = token("lotflow-worker", *WORKER_ROLES)
    channel = grpc_channel(production)
    wh = Warehouse(grpc_channel(warehouse), token("root"))
    engineer = Production(channel, token("erin", *ENGINEER_ROLES))
    return World(
        wh=wh,
        engineer=engineer,
        planner=Production(channel, token("pia", *PLANNER_ROLES)),
        floor=Production(channel, token("olga", *OPERATOR_ROLES)),
        plant=build_plant(wh, engineer, work_centers=2),
        access=ServiceAccess(targets.__getitem__, lambda: worker_token),
        token=token,
        production_channel=channel,
    )


@pytest.fixture
def with_worker(loop, client, world):
    """`with_worker(body)` runs `body(on_loop)` on a thread while the project's worker runs on
    QUEUE; `on_loop(coroutine)` runs Temporal client calls on the session's loop. Several
    bodies run one after the other, each with a worker of its own (a worker stopped, another
    started)."""

    def run(*bodies):
        async def scenario():
            session_loop = asyncio.get_running_loop()

            def on_loop(coroutine: Any) -> Any:
                return asyncio.run_coroutine_threadsafe(coroutine, session_loop).result(120)

            results = []
            for body in bodies:
                async with running(client, world.access):
                    results.append(await asyncio.to_thread(body, on_loop))
            return results[0] if len(results) == 1 else results

        return loop.run(scenario())

    return run


@asynccontextmanager
async def running(client, access: ServiceAccess):
    async with build_worker(client, task_queue=QUEUE, services=access) as worker:
        yield worker


def released(world: World, item: str, components: list[dict], operations: list[dict], **kw):
    """The item's BOM and routing defined, an order of 10 created and released (staged)."""
    define_bom(world.engineer, item, components, output_uom="H87")
    define_routing(world.engineer, item, operations)
    order = create_order(world.planner, world.plant, item, kw.pop("quantity", "10"))
    return release_order(world.planner, order.number)


def start_order(client, on_loop, order_number: str, **fields):
    return on_loop(
        client.start_workflow(
            ProductionOrderWorkflow.run,
            ProduceOrder(order_number=order_number, **fields),
            id=workflow_id_for(order_number),
            task_queue=QUEUE,
        )
    )


def finish(on_loop, handle):
    """The order's result and trail, once its workflow completed: the trail a path of the
    model, and the history replayed inside the sandbox (the worker runs outside it)."""
    result = on_loop(handle.result())
    trail = on_loop(handle.query(ProductionOrderWorkflow.trail))
    assert ORDER_MODEL.trail_problems(trail, completed=True) == []
    assert replayed(on_loop, ProductionOrderWorkflow, handle)
    return result, trail


def replayed(on_loop, workflow_class: type, handle) -> bool:
    history = on_loop(handle.fetch_history())
    replay = on_loop(replay_in_sandbox(workflow_class, history))
    assert replay.replay_failure is None, replay.replay_failure
    return True


def scrap_reason(world: World, work_center_code: str) -> str:
    code = unique("SCR")
    world.engineer.call(
        "DefineScrapReason",
        work_center_code=work_center_code,
        reason_code=code,
        description="burnt",
        category="machine",
    )
    return code


def operate(floor: Production, number: str, seq: int, *, good: str, request_id: str = "", **kw):
    """Start, report and complete one operation through the order's workflow."""
    floor.call("StartOperation", order_number=number, operation_seq=seq)
    fields = {"request_id": request_id} if request_id else {}
    floor.call("ReportOperation", order_number=number, operation_seq=seq, good=good, **kw, **fields)
    return floor.call("CompleteOperation", order_number=number, operation_seq=seq)


def refused(floor: Production, method: str, **fields) -> tuple[grpc.StatusCode, str | None]:
    try:
        floor.call(method, **fields)
    except grpc.RpcError as error:
        return error.code(), error_code(error)
    raise AssertionError(f"{method} succeeded but should have been refused")


def taking_reports(on_loop, handle, *, timeout: float = 60.0) -> None:
    """Until the order's workflow has read the order and waits for operator reports."""
    deadline = time.monotonic() + timeout
    while RUN_OPERATION not in on_loop(handle.query(ProductionOrderWorkflow.trail)):
        if time.monotonic() > deadline:
            raise AssertionError(f"the order's workflow did not reach {RUN_OPERATION}")
        time.sleep(0.1)

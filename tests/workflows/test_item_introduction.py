"""Item introduction end to end: real worker, real Temporal, real warehouse and quality over
gRPC on real PostgreSQL; the trail is a path of the BPMN model; replays are deterministic."""

from __future__ import annotations

import grpc
import pytest
from temporalio.client import WorkflowHistory
from temporalio.workflow import NondeterminismError

import workflows.item_introduction
from lotflow.grpc_client import bearer
from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from tests.workflows.clock_reading import ClockReadingItemIntroduction
from tests.workflows.item_samples import introduction
from tests.workflows.reordered_item_introduction import ReorderedItemIntroduction
from tests.workflows.replay import replay_in_sandbox, sandboxed_replayer
from workflows.bpmn import model_of_package
from workflows.item_introduction.contracts import ItemIntroduced, workflow_id_for
from workflows.item_introduction.elements import (
    DEFINE_INSPECTION_PLAN_TASK,
    INSPECTION_REQUIRED,
    INSPECTION_SETTLED,
    ITEM_READY,
    NEW_ITEM,
    REGISTER_ITEM_TASK,
)
from workflows.item_introduction.workflow import ItemIntroductionWorkflow
from workflows.worker import WORKFLOWS

pytestmark = pytest.mark.workflows

MODEL = model_of_package(workflows.item_introduction.__file__)


@pytest.fixture(scope="module")
def services(start_service, service_access):
    warehouse, quality = start_service("warehouse"), start_service("quality")
    return (
        warehouse,
        quality,
        service_access(warehouse=warehouse.grpc_target, quality=quality.grpc_target),
    )


def read_item(warehouse, token, code: str) -> warehouse_pb2.Item:
    with grpc.insecure_channel(warehouse.grpc_target) as channel:
        stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
        return stub.GetItem(warehouse_pb2.GetItemRequest(ref=code), metadata=bearer(token()))


def read_plan(quality, token, item_code: str) -> quality_pb2.InspectionPlan:
    with grpc.insecure_channel(quality.grpc_target) as channel:
        stub = quality_pb2_grpc.QualityServiceStub(channel)
        request = quality_pb2.GetInspectionPlanRequest(item_code=item_code)
        return stub.GetInspectionPlan(request, metadata=bearer(token()))


async def introduce(client, task_queue, command, workflow_id=None):
    handle = await client.start_workflow(
        ItemIntroductionWorkflow.run,
        command,
        id=workflow_id or workflow_id_for(command.item.code),
        task_queue=task_queue,
    )
    return handle, await handle.result()


def test_an_item_that_needs_inspection_is_registered_with_its_plan(
    loop, client, task_queue, running_worker, services, token
):
    warehouse, quality, access = services
    command = introduction(inspected=True)

    async def scenario():
        async with running_worker(access):
            handle, result = await introduce(client, task_queue, command)
            return result, await handle.query(ItemIntroductionWorkflow.trail)

    result, trail = loop.run(scenario())

    assert isinstance(result, ItemIntroduced)
    item = read_item(warehouse, token, command.item.code)
    assert (item.id, item.description, item.base_uom) == (
        result.item_id,
        "Wheat flour type 550",
        "KGM",
    )
    assert item.gtin == command.item.gtin.zfill(14)
    assert item.created_by == "lotflow-worker"
    plan = read_plan(quality, token, command.item.code)
    assert (plan.id, plan.version) == (result.plan_id, result.plan_version)
    assert [c.name for c in plan.characteristics] == ["moisture", "foreign matter"]
    assert plan.sample_size == 5
    assert trail == [
        NEW_ITEM,
        REGISTER_ITEM_TASK,
        INSPECTION_REQUIRED,
        DEFINE_INSPECTION_PLAN_TASK,
        INSPECTION_SETTLED,
        ITEM_READY,
    ]
    assert MODEL.trail_problems(trail, completed=True) == []


def test_an_item_without_inspection_takes_the_other_branch(
    loop, client, task_queue, running_worker, services, token
):
    warehouse, quality, access = services
    command = introduction(inspected=False)

    async def scenario():
        async with running_worker(access):
            handle, result = await introduce(client, task_queue, command)
            return result, await handle.query(ItemIntroductionWorkflow.trail)

    result, trail = loop.run(scenario())

    assert read_item(warehouse, token, command.item.code).id == result.item_id
    assert (result.plan_id, result.plan_version) == (None, None)
    with pytest.raises(grpc.RpcError) as missing:
        read_plan(quality, token, command.item.code)
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    assert DEFINE_INSPECTION_PLAN_TASK not in trail
    assert MODEL.trail_problems(trail, completed=True) == []


def test_running_the_same_workflow_id_again_posts_nothing_twice(
    loop, client, task_queue, running_worker, services, token
):
    _, quality, access = services
    command = introduction(inspected=True)

    async def scenario():
        async with running_worker(access):
            first_handle, first = await introduce(client, task_queue, command)
            second_handle, second = await introduce(client, task_queue, command)
            return first, second, first_handle.result_run_id, second_handle.result_run_id

    first, second, first_run, second_run = loop.run(scenario())

    assert first_run != second_run  # two runs of one workflow id, one after the other
    # A second RegisterItem under a new request id would be refused as item_exists, and a
    # second DefineInspectionPlan would create version 2: the request ids made both replays.
    assert second == first
    assert read_plan(quality, token, command.item.code).version == first.plan_version == 1


def test_a_recorded_history_replays_without_nondeterminism(
    loop, client, task_queue, running_worker, services
):
    _, _, access = services
    commands = [introduction(inspected=True), introduction(inspected=False)]

    async def scenario():
        async with running_worker(access):
            handles = [(await introduce(client, task_queue, command))[0] for command in commands]
        histories = [await handle.fetch_history() for handle in handles]
        # As stored and read back later (for example exported from the UI): through JSON.
        stored = [WorkflowHistory.from_json(h.workflow_id, h.to_json()) for h in histories]
        # Inside the sandbox, where a nondeterministic call fails.
        current = [
            await sandboxed_replayer(*WORKFLOWS).replay_workflow(history) for history in stored
        ]
        reordered = await sandboxed_replayer(ReorderedItemIntroduction).replay_workflow(
            stored[0], raise_on_replay_failure=False
        )
        clock_reading = await replay_in_sandbox(ClockReadingItemIntroduction, histories[0])
        return current, reordered, clock_reading

    current, reordered, clock_reading = loop.run(scenario())

    assert [result.replay_failure for result in current] == [None, None]
    # The check has teeth: code that calls the steps in another order cannot replay it ...
    assert isinstance(reordered.replay_failure, NondeterminismError)
    # ... nor can code that reads the clock.
    assert "RestrictedWorkflowAccessError" in repr(clock_reading.replay_failure)

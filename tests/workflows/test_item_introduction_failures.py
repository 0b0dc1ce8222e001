"""When item introduction meets a refusal it fails at once; when a service is down it waits."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from temporalio.client import WorkflowFailureError, WorkflowHandle
from temporalio.exceptions import ActivityError, ApplicationError

import workflows.item_introduction
from launcher.registry import load_spec
from lotflow.db import Database
from lotflow.grpc_client import bearer
from lotflow.service_host import RunningService
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from tests.workflows.conftest import free_port
from tests.workflows.item_samples import gtin13, introduction
from workflows.bpmn import model_of_package
from workflows.item_introduction.contracts import REGISTER_ITEM, workflow_id_for
from workflows.item_introduction.elements import NEW_ITEM, REGISTER_ITEM_TASK
from workflows.item_introduction.workflow import ItemIntroductionWorkflow

pytestmark = pytest.mark.workflows

MODEL = model_of_package(workflows.item_introduction.__file__)


async def start(client, task_queue, command) -> WorkflowHandle:
    return await client.start_workflow(
        ItemIntroductionWorkflow.run,
        command,
        id=workflow_id_for(command.item.code),
        task_queue=task_queue,
    )


def attempts_of(history, activity_type: str) -> list[int]:
    """The attempt number of each started task of an activity type (retries show as > 1)."""
    scheduled = {
        e.event_id
        for e in history.events
        if e.activity_task_scheduled_event_attributes.activity_type.name == activity_type
    }
    return [
        e.activity_task_started_event_attributes.attempt
        for e in history.events
        if e.activity_task_started_event_attributes.scheduled_event_id in scheduled
    ]


async def run_until_refused(client, task_queue, running_worker, access, command):
    async with running_worker(access):
        handle = await start(client, task_queue, command)
        with pytest.raises(WorkflowFailureError) as failed:
            await handle.result()
        trail = await handle.query(ItemIntroductionWorkflow.trail)
    return failed.value, await handle.fetch_history(), trail


@pytest.fixture(scope="module")
def services(start_service, service_access):
    warehouse, quality = start_service("warehouse"), start_service("quality")
    return warehouse, service_access(warehouse=warehouse.grpc_target, quality=quality.grpc_target)


def test_an_invalid_gtin_fails_the_workflow_at_once(
    loop, client, task_queue, running_worker, services
):
    _, access = services
    command = introduction(inspected=True, gtin="4006381333932")  # wrong check digit

    error, history, trail = loop.run(
        run_until_refused(client, task_queue, running_worker, access, command)
    )

    assert isinstance(error.cause, ActivityError)
    refusal = error.cause.cause
    assert isinstance(refusal, ApplicationError)
    assert (refusal.type, refusal.non_retryable) == ("invalid_request", True)
    assert "check digit" in refusal.message
    assert attempts_of(history, REGISTER_ITEM) == [1]  # refused, so never retried
    assert trail == [NEW_ITEM, REGISTER_ITEM_TASK]
    assert MODEL.trail_problems(trail, completed=False) == []


def test_an_item_code_taken_by_a_different_item_is_refused(
    loop, client, task_queue, running_worker, services, token, request_id
):
    warehouse, access = services
    command = introduction(inspected=False)
    existing = warehouse_pb2.RegisterItemRequest(
        request_id=request_id(),
        code=command.item.code,
        gtin=gtin13(),
        description="Rye flour",
        base_uom="KGM",
    )
    with grpc.insecure_channel(warehouse.grpc_target) as channel:
        stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
        stub.RegisterItem(existing, metadata=bearer(token("ana", "warehouse_admin")))

        error, history, _ = loop.run(
            run_until_refused(client, task_queue, running_worker, access, command)
        )
        item = stub.GetItem(
            warehouse_pb2.GetItemRequest(ref=command.item.code), metadata=bearer(token())
        )

    assert error.cause.cause.type == "item_exists"
    assert attempts_of(history, REGISTER_ITEM) == [1]
    assert item.description == "Rye flour"  # the first registration stands


async def first_retry(handle: WorkflowHandle):
    """The pending activity once it has failed at least once and waits to be retried."""
    for _ in range(150):
        pending = (await handle.describe()).raw_description.pending_activities
        if pending and pending[0].attempt >= 2:
            return pending[0]
        await asyncio.sleep(0.1)
    raise AssertionError("the activity was not retried within 15 s")


def test_a_warehouse_down_at_first_is_retried_until_it_comes_back(
    loop, client, task_queue, running_worker, service_access, start_service, database_url, token
):
    port = free_port()
    quality = start_service("quality")
    access = service_access(warehouse=f"127.0.0.1:{port}", quality=quality.grpc_target)
    command = introduction(inspected=True)

    def start_warehouse() -> RunningService:
        # Built only now: building it binds the port, and a bound port that nobody serves
        # makes calls hang until their deadline rather than fail as unavailable.
        database = Database(database_url("warehouse"), pool_size=2)
        spec = load_spec("warehouse")
        return RunningService(spec, database, host="127.0.0.1", grpc_port=port, http_port=0).start()

    async def scenario():
        async with running_worker(access):
            handle = await start(client, task_queue, command)
            waiting = await first_retry(handle)  # nothing listens on the warehouse port yet
            trail_while_waiting = await handle.query(ItemIntroductionWorkflow.trail)
            warehouse = await asyncio.to_thread(start_warehouse)
            try:
                result = await handle.result()
                return waiting, trail_while_waiting, result, await handle.fetch_history()
            finally:
                await asyncio.to_thread(warehouse.stop, 1)

    waiting, trail_while_waiting, result, history = loop.run(scenario())

    assert waiting.activity_type.name == REGISTER_ITEM
    assert trail_while_waiting == [NEW_ITEM, REGISTER_ITEM_TASK]
    assert MODEL.trail_problems(trail_while_waiting, completed=False) == []
    assert waiting.last_failure.application_failure_info.type == "Unavailable"
    assert attempts_of(history, REGISTER_ITEM)[-1] >= 2
    assert result.plan_version == 1
    with grpc.insecure_channel(start_service("warehouse").grpc_target) as channel:
        stub = warehouse_pb2_grpc.WarehouseServiceStub(channel)
        item = stub.GetItem(
            warehouse_pb2.GetItemRequest(ref=command.item.code), metadata=bearer(token())
        )
    assert item.id == result.item_id

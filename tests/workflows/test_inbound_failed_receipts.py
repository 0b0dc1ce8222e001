"""A receipt whose inbound workflow cannot go on: a step the warehouse refuses for good (the item
is not in its item master: the supplier was approved against another plant's) marks the receipt
failed with the step and why, frees its quantity on the order line and opens an exception task
for the receiving supervisors; `retry` once the item is registered runs the workflow again to
the end, `abandon` closes it. Each run's trail is a path of inbound.bpmn."""

# ruff: noqa: F811 - fixtures imported from tests/workflows/inbound_fixtures.py
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest

from launcher.registry import load_spec
from launcher.stack_settings import StackSettings
from launcher.workflow_problems import workflow_problems
from lotflow.db import Database
from lotflow.migrations import migrate
from lotflow.postgres import drop_database
from lotflow.service_host import RunningService
from lotflow.settings import derive_database_url, get_settings
from protos.receiving.v1 import receiving_pb2
from protos.tasks.v1 import tasks_pb2, tasks_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from tests.conftest import RUN_ID
from tests.transport import auth, grpc_channel, new_request_id
from tests.workflows.conftest import free_port
from tests.workflows.inbound_fixtures import (  # noqa: F401 - fixtures
    MODEL,
    inbox,
    start,
    with_worker,
    world,
)
from tests.workflows.inbound_world import (
    complete,
    new_goods,
    open_task,
    person,
    receipt_of,
    record_receipt,
    register_item,
)
from tests.workflows.test_inbound_failures import port_of_a_service_down, until
from workflows.inbound.contracts import (
    RECEIVING_SUPERVISORS,
    InboundAbandoned,
    InboundSettled,
    workflow_id_for,
)
from workflows.inbound.elements import (
    RECEIPT_ABANDONED,
    RECEIPT_RETRIED,
    RECEIVE_INTO_QUARANTINE_TASK,
    RESOLVE_RECEIPT_FAILURE,
)
from workflows.inbound.workflow import InboundReceiptWorkflow
from workflows.service_calls import ServiceAccess

pytestmark = pytest.mark.workflows


def line_received(stubs, goods) -> str:
    order = stubs.call(
        stubs.receiving.GetPurchaseOrder, receiving_pb2.GetPurchaseOrderRequest(number=goods.order)
    )
    return order.lines[0].received_quantity


@pytest.fixture(scope="module")
def other_plant(pg_server_url: str) -> Iterator[RunningService]:
    """Another plant's warehouse, whose item master knows items this one does not (yet)."""
    spec = load_spec("warehouse")
    url = derive_database_url(pg_server_url, f"lotflow_test_{RUN_ID}_other_plant")
    migrate(spec.migrations_dir, url)
    plant = RunningService(spec, Database(url), host="127.0.0.1", grpc_port=0, http_port=0)
    yield plant.start()
    plant.stop(grace=1)
    drop_database(url)


@contextlib.contextmanager
def known_at(plant: RunningService, item: str, token) -> Iterator[None]:
    """While this lasts, the item is in `plant`'s item master and receiving asks `plant`."""
    with grpc_channel(plant) as channel:
        warehouse_pb2_grpc.WarehouseServiceStub(channel).RegisterItem(
            warehouse_pb2.RegisterItemRequest(
                request_id=new_request_id(), code=item, description="Wheat flour", base_uom="KGM"
            ),
            metadata=auth(token()),
        )
    variable, here = "LOTFLOW_WAREHOUSE_GRPC", os.environ["LOTFLOW_WAREHOUSE_GRPC"]
    os.environ[variable] = plant.grpc_target
    get_settings.cache_clear()
    try:
        yield
    finally:
        os.environ[variable] = here
        get_settings.cache_clear()


def failed_receipt(stubs, site, inbox, token, other_plant):
    """A receipt of an item this warehouse does not know, and its supervisor at the inbox."""
    goods = new_goods(
        stubs, inspected=False, item_master=lambda item: known_at(other_plant, item, token)
    )
    receipt_id = record_receipt(stubs, goods, site, quantity="100")
    assert line_received(stubs, goods) == "100"
    assert listed(inbox, token, receipt_id) == []
    supervisor = person(inbox, token, "sam", f"group:{RECEIVING_SUPERVISORS}")
    return goods, receipt_id, supervisor


def problems(inbox, token) -> dict:
    """The failed and stuck workflows the inbox lists, over REST, as a workflow monitor."""
    with person(inbox, token, "olga", "workflow_monitor") as monitor:
        response = monitor.get("/v1/workflow-problems")
    assert response.status_code == 200, response.text
    return response.json()


def listed(inbox, token, receipt_id) -> list[dict]:
    return [
        w
        for w in problems(inbox, token)["workflows"]
        if w["workflow_id"] == workflow_id_for(receipt_id)
    ]


def assert_failed(stubs, goods, receipt_id, task) -> None:
    receipt = receipt_of(stubs, receipt_id)
    assert receipt.status == "failed"
    assert receipt.failure.step == RECEIVE_INTO_QUARANTINE_TASK
    assert receipt.failure.reason.startswith("item_not_found: ")
    assert line_received(stubs, goods) == "0"  # the failed receipt holds nothing on the line
    assert task["candidate_groups"] == [RECEIVING_SUPERVISORS]
    assert task["details"] == {
        "receipt_id": receipt_id,
        "failed_step": RECEIVE_INTO_QUARANTINE_TASK,
        "reason": receipt.failure.reason,
    }


def test_a_refused_step_fails_the_receipt_and_retry_after_the_fix_completes_it(
    with_worker, client, world, inbox, token, other_plant
):
    stubs, site = world["stubs"], world["site"]
    goods, receipt_id, supervisor = failed_receipt(stubs, site, inbox, token, other_plant)

    def scenario(on_loop):
        first_run = start(client, on_loop, receipt_id)
        task = open_task(supervisor, receipt_id, RESOLVE_RECEIPT_FAILURE)
        assert_failed(stubs, goods, receipt_id, task)
        [failed] = listed(inbox, token, receipt_id)
        assert (failed["workflow_type"], failed["problem"]) == ("InboundReceipt", "failed")
        assert RECEIVE_INTO_QUARANTINE_TASK in failed["why"]
        counts = {p["workflow_type"]: p for p in problems(inbox, token)["processes"]}
        assert counts["InboundReceipt"]["failed"] >= 1
        status = workflow_problems(StackSettings(tasks_rest_port=inbox.http_port))
        assert status.any_failed
        assert any(line.split()[0] == "InboundReceipt" for line in status.text.splitlines())

        register_item(stubs, goods.item)  # master data fixed
        done = complete(supervisor, task["id"], "retry")
        assert done.status_code == 200, done.text
        result = on_loop(first_run.result())  # follows the run the retry continued as
        workflow_id = workflow_id_for(receipt_id)
        failed = client.get_workflow_handle(workflow_id, run_id=first_run.result_run_id)
        latest = client.get_workflow_handle(workflow_id)
        return (
            result,
            on_loop(failed.query(InboundReceiptWorkflow.trail)),
            on_loop(latest.query(InboundReceiptWorkflow.trail)),
        )

    result, first_trail, retried_trail = with_worker(scenario)

    assert isinstance(result, InboundSettled)
    assert (result.decision, result.receipt_status) == ("release", "accepted")
    assert first_trail[-5:] == [
        RESOLVE_RECEIPT_FAILURE,
        "failure_resolution",
        "reopen_receipt",
        "receipt_reopened",
        RECEIPT_RETRIED,
    ]
    assert MODEL.trail_problems(first_trail, completed=True) == []
    assert MODEL.trail_problems(retried_trail, completed=True) == []
    assert retried_trail[-1] == "receipt_settled"
    receipt = receipt_of(stubs, receipt_id)
    assert (receipt.status, receipt.HasField("failure")) == ("accepted", False)
    assert line_received(stubs, goods) == "100"
    assert listed(inbox, token, receipt_id) == []


def test_abandon_closes_the_failed_receipts_workflow(
    with_worker, client, world, inbox, token, other_plant
):
    stubs, site = world["stubs"], world["site"]
    goods, receipt_id, supervisor = failed_receipt(stubs, site, inbox, token, other_plant)

    def scenario(on_loop):
        handle = start(client, on_loop, receipt_id)
        task = open_task(supervisor, receipt_id, RESOLVE_RECEIPT_FAILURE)
        assert_failed(stubs, goods, receipt_id, task)
        without_reason = complete(supervisor, task["id"], "abandon")
        assert without_reason.status_code == 422, without_reason.text
        done = complete(supervisor, task["id"], "abandon", reason="supplier sent the wrong item")
        assert done.status_code == 200, done.text
        outcome = on_loop(handle.result()), on_loop(handle.query(InboundReceiptWorkflow.trail))
        assert listed(inbox, token, receipt_id) == []  # closed: no longer a problem
        return outcome

    result, trail = with_worker(scenario)

    assert result == InboundAbandoned(
        receipt_id=receipt_id,
        failed_step=RECEIVE_INTO_QUARANTINE_TASK,
        reason=receipt_of(stubs, receipt_id).failure.reason,
        abandoned_by="sam",
        why="supplier sent the wrong item",
    )
    assert trail[-1] == RECEIPT_ABANDONED
    assert MODEL.trail_problems(trail, completed=True) == []
    assert receipt_of(stubs, receipt_id).status == "failed"
    assert line_received(stubs, goods) == "0"


def test_a_workflow_retrying_a_service_that_is_down_is_listed_stuck_over_grpc(
    with_worker, client, world, inbox, token
):
    stubs, site = world["stubs"], world["site"]
    goods = new_goods(stubs, inspected=False)
    receipt_id = record_receipt(stubs, goods, site)
    port = free_port()
    targets = world["targets"] | {"warehouse": f"127.0.0.1:{port}"}
    access = ServiceAccess(targets.__getitem__, world["access"].token)
    inbox_stub = tasks_pb2_grpc.TasksServiceStub(grpc_channel(inbox))
    monitor = auth(token("olga", "workflow_monitor"))

    def stuck() -> list:
        listing = inbox_stub.ListWorkflowProblems(
            tasks_pb2.ListWorkflowProblemsRequest(stuck_after_seconds=1), metadata=monitor
        )
        return [w for w in listing.workflows if w.workflow_id == workflow_id_for(receipt_id)]

    def scenario(on_loop):
        with port_of_a_service_down(port) as attempts:
            handle = start(client, on_loop, receipt_id)
            until(lambda: attempts() >= 1)  # receiving into quarantine is being retried
            [listed_stuck] = until(stuck, timeout=60)
            on_loop(handle.terminate("the test is over"))
        return listed_stuck

    listed_stuck = with_worker(scenario, access)

    assert (listed_stuck.workflow_type, listed_stuck.problem) == ("InboundReceipt", "stuck")
    assert receipt_of(stubs, receipt_id).status == "recorded"


def test_only_a_workflow_monitor_reads_the_problems(inbox, token):
    with person(inbox, token, "ines", "quality_inspector") as inspector:
        response = inspector.get("/v1/workflow-problems")
    assert (response.status_code, response.json()["code"]) == (403, "role_required")
    with person(inbox, token, "olga", "workflow_monitor") as monitor:
        response = monitor.get("/v1/workflow-problems", params={"stuck_after_seconds": 0})
    assert response.status_code == 422

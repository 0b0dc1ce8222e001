"""The inbox reaches Temporal the way `lotflow serve tasks` does: it connects from settings on
first use, and answers 503 with a stable code while Temporal cannot be reached."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import grpc
import pytest

from lotflow.db import Database
from lotflow.grpc_client import bearer
from lotflow.service_host import RunningService
from lotflow.settings import Settings
from lotflow.temporal_client import connect_client
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from services.tasks.app import inbox_spec
from services.tasks.roles import RECORDER_ROLE
from services.tasks.temporal_gateway import TemporalGateway
from tests.tasks.inbox_calls import (
    APPROVERS,
    code_of,
    opened_task,
    person,
    release_task,
    request_headers,
    start,
)
from tests.tasks.single_task_workflow import SingleTaskWorkflow
from tests.workflows.conftest import free_port
from workflows.tasks import transitions

pytestmark = pytest.mark.workflows


@contextmanager
def inbox_reaching(settings: Settings, database_url) -> Iterator[RunningService]:  # noqa: ANN001
    """A second inbox on the same database whose gateway connects lazily from `settings`."""
    with inbox_with(TemporalGateway(lambda: connect_client(settings)), database_url) as service:
        yield service


@contextmanager
def inbox_with(gateway: TemporalGateway, database_url) -> Iterator[RunningService]:  # noqa: ANN001
    service = RunningService(
        inbox_spec(gateway),
        Database(database_url("tasks"), pool_size=2),
        host="127.0.0.1",
        grpc_port=0,
        http_port=0,
    ).start()
    try:
        yield service
    finally:
        service.stop(grace=1)
        gateway.close()


def test_the_inbox_connects_to_temporal_from_settings_on_first_use(
    with_worker, client, inbox, token, temporal_settings, database_url
):
    task = release_task()

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        with inbox_reaching(temporal_settings, database_url) as lazy:
            alice = person(lazy, token, "alice", APPROVERS)
            task_id = opened_task(alice, task.business_key)["id"]
            completed = alice.post(
                f"/v1/tasks/{task_id}/complete",
                json={"outcome": "release"},
                headers=request_headers(),
            )
        return completed, on_loop(handle.result())

    completed, result = with_worker(scenario)
    assert completed.status_code == 200, completed.text
    assert (result.outcome, result.completed_by) == ("release", "alice")


def test_an_unreachable_temporal_is_a_503_to_retry(with_worker, client, inbox, token, database_url):
    task = release_task()
    nowhere = Settings(temporal_address=f"127.0.0.1:{free_port()}")

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        task_id = opened_task(person(inbox, token, "alice", APPROVERS), task.business_key)["id"]
        with inbox_reaching(nowhere, database_url) as cut_off:
            alice = person(cut_off, token, "alice", APPROVERS)
            refused = alice.post(f"/v1/tasks/{task_id}/claim", headers=request_headers())
            readable = alice.get(f"/v1/tasks/{task_id}")
        on_loop(handle.terminate("test over"))
        return refused, readable

    refused, readable = with_worker(scenario)
    assert code_of(refused) == (503, "temporal_unavailable")
    assert readable.status_code == 200  # reading the inbox needs no Temporal


def test_a_workflow_that_does_not_answer_is_a_503_to_retry_with_the_same_request_id(
    loop, client, inbox, token, database_url
):
    """No worker runs the workflow, so its Update is never taken: the caller is told to retry."""
    task = release_task()
    handle = loop.run(
        client.start_workflow(
            SingleTaskWorkflow.run, task, id=f"unserved:{task.business_key}", task_queue="nobody"
        )
    )
    event = transitions.opened(
        task,
        task_id=str(uuid.uuid4()),
        workflow_id=handle.id,
        run_id=handle.result_run_id,
        workflow_type="TestSingleTask",
        at=datetime.now(UTC),
    )
    with grpc.insecure_channel(inbox.grpc_target) as channel:
        pb_grpc.TasksServiceStub(channel).RecordTaskEvent(
            pb.RecordTaskEventRequest(event_json=event.model_dump_json()),
            metadata=bearer(token("lotflow-worker", RECORDER_ROLE)),
        )
    gateway = TemporalGateway.of(client, wait=timedelta(seconds=2))
    with inbox_with(gateway, database_url) as impatient:
        alice = person(impatient, token, "alice", APPROVERS)
        url = f"/v1/tasks/{event.task.task_id}/claim"
        refused = alice.post(url, headers=request_headers())
    loop.run(handle.terminate("test over"))
    assert code_of(refused) == (503, "task_update_timeout")

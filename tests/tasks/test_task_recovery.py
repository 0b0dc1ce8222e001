"""Tasks survive what production does to them: activity attempts that fail after recording,
a worker replaced mid-wait, events delivered again and out of order, a recorded history
replayed; and only the worker writes the projection."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from sqlalchemy import create_engine, text
from temporalio import activity
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Worker

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.grpc_client import bearer
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from services.tasks.roles import RECORDER_ROLE
from tests.tasks.conftest import TASK_QUEUE
from tests.tasks.inbox_calls import (
    APPROVERS,
    opened_task,
    person,
    release_task,
    request_headers,
)
from tests.tasks.single_task_workflow import ClockReadingSingleTask, SingleTaskWorkflow
from tests.workflows.replay import replay_in_sandbox
from workflows.tasks.activities import TaskProjectionActivities
from workflows.tasks.contracts import RECORD_TASK_EVENT, TaskEvent
from workflows.worker import activities_of

pytestmark = pytest.mark.workflows


class RecordThenFail(TaskProjectionActivities):
    """Every first attempt records the event, then fails as if the worker died before
    reporting: Temporal runs the activity again, and the retry must add nothing."""

    @activity.defn(name=RECORD_TASK_EVENT)
    async def record_task_event(self, event: TaskEvent) -> None:
        await super().record_task_event(event)
        if activity.info().attempt == 1:
            raise RuntimeError("worker lost after recording")


def flaky_worker(client, access) -> Worker:  # noqa: ANN001
    return Worker(
        client,
        task_queue=TASK_QUEUE,
        workflows=[SingleTaskWorkflow],
        activities=activities_of(RecordThenFail(access)),
    )


def recorded_events(history) -> list[TaskEvent]:  # noqa: ANN001 - a WorkflowHistory
    """The events the workflow asked its activities to record, read back from its history."""
    scheduled = [
        event.activity_task_scheduled_event_attributes
        for event in history.events
        if event.HasField("activity_task_scheduled_event_attributes")
    ]
    return [
        pydantic_data_converter.payload_converter.from_payloads(s.input.payloads, [TaskEvent])[0]
        for s in scheduled
        if s.activity_type.name == RECORD_TASK_EVENT
    ]


def test_retries_restarts_and_redelivery_leave_one_row_per_task_and_event(
    loop, client, inbox, recorder_access, token, database_url
):
    task = release_task()
    alice = person(inbox, token, "alice", APPROVERS)

    async def scenario():
        async with flaky_worker(client, recorder_access):
            handle = await client.start_workflow(
                SingleTaskWorkflow.run,
                task,
                id=f"single-task:{task.business_key}",
                task_queue=TASK_QUEUE,
            )
            task_id = (await asyncio.to_thread(opened_task, alice, task.business_key))["id"]
        # The first worker is gone; a new one replays the history and carries on.
        async with flaky_worker(client, recorder_access):
            url = f"/v1/tasks/{task_id}"
            claimed = await asyncio.to_thread(alice.post, f"{url}/claim", headers=request_headers())
            assert claimed.status_code == 200, claimed.text
            body = {"outcome": "release"}
            completed = await asyncio.to_thread(
                alice.post, f"{url}/complete", json=body, headers=request_headers()
            )
            assert completed.status_code == 200, completed.text
            result = await handle.result()
        history = await handle.fetch_history()
        # In the sandbox, where a nondeterministic call fails: one that reads the clock does.
        replayed = await replay_in_sandbox(SingleTaskWorkflow, history)
        clock_reading = await replay_in_sandbox(ClockReadingSingleTask, history)
        return task_id, result, history, replayed, clock_reading

    task_id, result, history, replayed, clock_reading = loop.run(scenario())
    assert result.outcome == "release"
    assert replayed.replay_failure is None
    assert "RestrictedWorkflowAccessError" in repr(clock_reading.replay_failure)

    attempts = [
        event.activity_task_started_event_attributes.attempt
        for event in history.events
        if event.HasField("activity_task_started_event_attributes")
    ]
    assert attempts == [2, 2, 2]  # each event was recorded by a first attempt that then failed
    events = recorded_events(history)
    assert [e.kind.value for e in events] == ["opened", "claimed", "completed"]
    with grpc.insecure_channel(inbox.grpc_target) as channel:
        stub = pb_grpc.TasksServiceStub(channel)
        recorder = bearer(token("lotflow-worker", RECORDER_ROLE))
        # Delivered again, newest first: nothing is added and nothing goes back.
        again = [
            stub.RecordTaskEvent(
                pb.RecordTaskEventRequest(event_json=event.model_dump_json()), metadata=recorder
            )
            for event in reversed(events)
        ]
    assert [(r.sequence, r.recorded) for r in again] == [(3, False), (2, False), (1, False)]

    engine = create_engine(database_url("tasks"))
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT state, version, assignee FROM tasks WHERE id = :id"), {"id": task_id}
        ).all()
        sequences = (
            connection.execute(
                text("SELECT sequence FROM task_history WHERE task_id = :id ORDER BY sequence"),
                {"id": task_id},
            )
            .scalars()
            .all()
        )
        feed = (
            connection.execute(
                text("SELECT event_type FROM outbox_events WHERE subject = :id ORDER BY position"),
                {"id": task_id},
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert rows == [("completed", 3, "alice")]
    assert sequences == [1, 2, 3]
    assert feed == ["tasks.task_opened", "tasks.task_claimed", "tasks.task_completed"]


def test_only_the_worker_records_task_events(inbox, token):
    with grpc.insecure_channel(inbox.grpc_target) as channel:
        stub = pb_grpc.TasksServiceStub(channel)

        def refusal(roles: tuple[str, ...], event_json: str) -> tuple[grpc.StatusCode, str]:
            with pytest.raises(grpc.RpcError) as error:
                stub.RecordTaskEvent(
                    pb.RecordTaskEventRequest(event_json=event_json),
                    metadata=bearer(token("someone", *roles)),
                )
            trailers = dict(error.value.trailing_metadata() or ())
            return error.value.code(), trailers.get(ERROR_CODE_METADATA_KEY, "")

        assert refusal(("quality_approver",), "{}") == (
            grpc.StatusCode.PERMISSION_DENIED,
            "role_required",
        )
        assert refusal((RECORDER_ROLE,), '{"kind": "opened"}') == (
            grpc.StatusCode.INVALID_ARGUMENT,
            "invalid_request",
        )

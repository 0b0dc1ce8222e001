"""The inbox list: ordering (priority, then due), keyset pages, filters, visibility and bad
queries, over tasks recorded through RecordTaskEvent as the worker records them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest

from lotflow.grpc_client import bearer
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from services.tasks.roles import RECORDER_ROLE
from tests.tasks.inbox_calls import code_of, person, tasks_of
from workflows.tasks import transitions
from workflows.tasks.contracts import APPROVE_OR_REJECT, Actor, CompleteTask, HumanTask, TaskEvent

# The inbox fixture holds the session's Temporal client, though listing sends no Update.
pytestmark = pytest.mark.workflows

NOW = datetime.now(UTC)


def opened(group: str, key: str, priority: int, due_in: timedelta | None) -> TaskEvent:
    spec = HumanTask(
        name=f"Approve {key}",
        element_id="approve",
        business_key=key,
        candidate_groups=(group,),
        priority=priority,
        outcomes=APPROVE_OR_REJECT,
    )
    event = transitions.opened(
        spec,
        task_id=str(uuid.uuid4()),
        workflow_id=f"listing:{key}",
        run_id=str(uuid.uuid4()),
        workflow_type="Listing",
        at=NOW - timedelta(hours=2),
    )
    due_at = None if due_in is None else NOW + due_in
    return event.model_copy(update={"task": event.task.model_copy(update={"due_at": due_at})})


@pytest.fixture(scope="module")
def seeded(inbox, token):
    """Six tasks of a fresh group; returns the group and each task's id by its letter."""
    group = f"pager_{uuid.uuid4().hex[:8]}"
    plan = {
        "A": (90, timedelta(hours=2)),
        "B": (90, timedelta(hours=1)),
        "C": (90, None),
        "D": (50, timedelta(hours=-1)),
        "E": (50, timedelta(hours=1)),
        "F": (10, timedelta(hours=1)),
    }
    events = {letter: opened(group, letter, *args) for letter, args in plan.items()}
    claimed = transitions.claimed(events["E"].task, user="carl", at=NOW, request_id="r-e")
    request = CompleteTask(
        task_id=events["F"].task.task_id, actor=Actor(user="carl"), outcome="approve"
    )
    completed = transitions.completed(events["F"].task, request=request, at=NOW, request_id="r-f")
    with grpc.insecure_channel(inbox.grpc_target) as channel:
        stub = pb_grpc.TasksServiceStub(channel)
        for event in [*events.values(), claimed, completed]:
            stub.RecordTaskEvent(
                pb.RecordTaskEventRequest(event_json=event.model_dump_json()),
                metadata=bearer(token("lotflow-worker", RECORDER_ROLE)),
            )
    return group, {letter: event.task.task_id for letter, event in events.items()}


def letters(tasks, ids) -> str:  # noqa: ANN001
    by_id = {task_id: letter for letter, task_id in ids.items()}
    return "".join(by_id[t["id"] if isinstance(t, dict) else t.id] for t in tasks)


def test_active_tasks_come_by_priority_then_due_in_keyset_pages(seeded, inbox, token):
    group, ids = seeded
    member = person(inbox, token, "mia", group)
    pages, page_token = [], ""
    while True:
        response = member.get("/v1/tasks", params={"page_size": 2, "page_token": page_token})
        assert response.status_code == 200, response.text
        pages.append(letters(response.json()["tasks"], ids))
        page_token = response.json()["next_page_token"]
        if not page_token:
            break
    assert pages == ["BA", "CD", "E"]


def test_filters_narrow_the_list(seeded, inbox, token):
    group, ids = seeded
    member = person(inbox, token, "mia", group)
    assert letters(tasks_of(member, state="completed"), ids) == "F"
    assert letters(tasks_of(member, state="claimed"), ids) == "E"
    assert letters(tasks_of(member, assignee="carl"), ids) == "E"
    assert letters(tasks_of(member, overdue=True), ids) == "D"
    assert letters(tasks_of(member, due_before=NOW.isoformat()), ids) == "D"
    assert letters(tasks_of(member, group=group, business_key="C"), ids) == "C"
    assert tasks_of(member, overdue=True)[0]["overdue"] is True
    # carl holds E and completed F: he sees those, though he is in no group of theirs.
    carl = person(inbox, token, "carl", "production_planner")
    assert letters(tasks_of(carl, state="claimed"), ids) == "E"
    assert letters(tasks_of(carl, state="completed", business_key="F"), ids) == "F"
    outsider = person(inbox, token, "olga", "quality_approver")
    assert tasks_of(outsider, business_key="A") == []
    assert code_of(outsider.get(f"/v1/tasks/{ids['A']}")) == (404, "task_not_found")


def test_grpc_lists_the_same_pages(seeded, inbox, token):
    group, ids = seeded
    with grpc.insecure_channel(inbox.grpc_target) as channel:
        stub = pb_grpc.TasksServiceStub(channel)
        metadata = bearer(token("mia", group))
        first = stub.ListTasks(pb.ListTasksRequest(page_size=3), metadata=metadata)
        second = stub.ListTasks(
            pb.ListTasksRequest(page_size=3, page_token=first.next_page_token), metadata=metadata
        )
        overdue = stub.ListTasks(pb.ListTasksRequest(overdue=True), metadata=metadata)
    assert (letters(first.tasks, ids), letters(second.tasks, ids)) == ("BAC", "DE")
    assert second.next_page_token == ""
    assert letters(overdue.tasks, ids) == "D" and overdue.tasks[0].overdue


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"page_token": "not-a-token"}, (422, "invalid_page_token")),
        ({"page_size": 0}, (422, "invalid_request")),
        ({"state": "lost"}, (422, "invalid_request")),
        ({"group": "somebody_elses"}, (403, "not_in_group")),
    ],
)
def test_bad_queries_are_refused_with_a_stable_code(seeded, inbox, token, params, expected):
    group, _ = seeded
    member = person(inbox, token, "mia", group)
    assert code_of(member.get("/v1/tasks", params=params)) == expected


def test_a_task_path_must_be_a_task_id(inbox, token):
    member = person(inbox, token, "mia", "quality_approver")
    assert code_of(member.get("/v1/tasks/12")) == (422, "invalid_task_id")
    headers = {"Idempotency-Key": "x"}
    assert code_of(member.post(f"/v1/tasks/{uuid.uuid4()}/claim", headers=headers)) == (
        404,
        "task_not_found",
    )
    assert code_of(member.post(f"/v1/tasks/{uuid.uuid4()}/claim")) == (422, "invalid_request")

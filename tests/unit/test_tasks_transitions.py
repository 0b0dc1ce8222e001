"""How a task changes: snapshots, versions, deadlines, and what a workflow may ask for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from workflows.tasks import transitions
from workflows.tasks.contracts import (
    APPROVE_OR_REJECT,
    Actor,
    CompleteTask,
    EventKind,
    Exclusion,
    HumanTask,
    Outcome,
    TaskState,
)

pytestmark = pytest.mark.unit

AT = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def spec(**changes) -> HumanTask:
    fields = {
        "name": "Approve count",
        "element_id": "approve_count",
        "business_key": "COUNT-7",
        "candidate_groups": ("inventory_controller",),
        "outcomes": APPROVE_OR_REJECT,
    }
    return HumanTask(**(fields | changes))


def opened(**changes):
    return transitions.opened(
        spec(**changes), task_id="t", workflow_id="w", run_id="r", workflow_type="T", at=AT
    )


def test_opening_sets_deadlines_from_the_opening_time():
    event = opened(
        due_in=60 * MINUTE,
        remind_after=10 * MINUTE,
        escalate_after=30 * MINUTE,
        escalate_to=("inventory_manager",),
    )
    task = event.task
    assert (event.kind, event.actor, task.version, task.state) == (
        EventKind.OPENED,
        None,
        1,
        TaskState.OPEN,
    )
    assert (task.due_at, task.remind_at, task.escalate_at) == (
        AT + 60 * MINUTE,
        AT + 10 * MINUTE,
        AT + 30 * MINUTE,
    )
    assert transitions.next_deadline(task) == AT + 10 * MINUTE


def test_an_assigned_task_opens_claimed():
    task = opened(assignee="carl").task
    assert (task.state, task.assignee) == (TaskState.CLAIMED, "carl")


def test_every_change_is_a_new_version_and_the_old_snapshot_stays():
    first = opened().task
    claimed = transitions.claimed(first, user="ann", at=AT, request_id="c1")
    unclaimed = transitions.unclaimed(claimed.task, user="ann", at=AT, request_id="u1")
    assert [first.version, claimed.task.version, unclaimed.task.version] == [1, 2, 3]
    assert first.assignee is None and claimed.task.assignee == "ann"
    assert (unclaimed.task.state, unclaimed.detail) == (
        TaskState.OPEN,
        {"previous_assignee": "ann"},
    )
    assert claimed.request_id == "c1" and claimed.actor == "ann"


def test_the_reminder_comes_first_then_escalation_moves_the_task_to_the_new_groups():
    task = opened(
        remind_after=MINUTE, escalate_after=MINUTE, escalate_to=("inventory_manager",)
    ).task
    task = transitions.claimed(task, user="ann", at=AT, request_id="c").task
    assert transitions.deadline_due(task, AT) is None
    reminder = transitions.deadline_due(task, AT + MINUTE)
    assert reminder.kind is EventKind.REMINDED
    assert (reminder.task.reminders, reminder.task.remind_at) == (1, None)
    escalation = transitions.deadline_due(reminder.task, AT + MINUTE)
    assert escalation.kind is EventKind.ESCALATED
    escalated = escalation.task
    assert escalated.candidate_groups == ("inventory_manager",)
    assert (escalated.assignee, escalated.state, escalated.escalate_at) == (
        None,
        TaskState.OPEN,
        None,
    )
    assert escalation.detail == {
        "from_groups": ["inventory_controller"],
        "to_groups": ["inventory_manager"],
        "previous_assignee": "ann",
    }
    assert transitions.next_deadline(escalated) is None


def test_completion_records_the_decision_and_clears_deadlines():
    task = opened(remind_after=MINUTE).task
    request = CompleteTask(
        task_id="t",
        actor=Actor(user="ann"),
        outcome="reject",
        reason=" short count ",
        variables={"counted": 7},
    )
    event = transitions.completed(task, request=request, at=AT + MINUTE, request_id="r-9")
    completion = event.task.completion
    assert (completion.outcome, completion.reason, completion.variables) == (
        "reject",
        "short count",
        {"counted": 7},
    )
    assert (completion.completed_by, completion.completed_at, completion.request_id) == (
        "ann",
        AT + MINUTE,
        "r-9",
    )
    assert (event.task.state, event.task.closed_at, event.task.remind_at) == (
        TaskState.COMPLETED,
        AT + MINUTE,
        None,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"candidate_groups": ()},
        {"outcomes": ()},
        {"outcomes": (Outcome(name="approve"), Outcome(name="approve"))},
        {"escalate_after": MINUTE},
        {"escalate_to": ("inventory_manager",)},
        {"remind_after": timedelta(0)},
        {"priority": 101},
        {"assignee": "ines", "excluded": (Exclusion(user="ines", why="counted the stock"),)},
    ],
)
def test_a_workflow_cannot_open_an_inconsistent_task(changes):
    with pytest.raises(ValidationError):
        spec(**changes)


def test_outcome_names_are_identifiers():
    with pytest.raises(ValidationError):
        Outcome(name="Approve it")

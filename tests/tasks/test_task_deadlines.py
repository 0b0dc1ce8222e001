"""Deadlines are workflow timers (second-scale here): a reminder, then escalation to another
group, visible in the projection and in who may complete the task."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.tasks.inbox_calls import (
    APPROVERS,
    code_of,
    eventually,
    opened_task,
    person,
    release_task,
    request_headers,
    start,
    tasks_of,
)

pytestmark = pytest.mark.workflows

MANAGERS = "quality_manager"


def test_a_late_task_is_reminded_then_escalated(with_worker, client, inbox, token):
    task = release_task(
        due_in=timedelta(seconds=1),
        remind_after=timedelta(seconds=2),
        escalate_after=timedelta(seconds=5),
        escalate_to=(MANAGERS,),
    )
    alice = person(inbox, token, "alice", APPROVERS)
    maria = person(inbox, token, "maria", MANAGERS)

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        task_id = opened_task(alice, task.business_key)["id"]
        url = f"/v1/tasks/{task_id}"
        assert alice.post(f"{url}/claim", headers=request_headers()).status_code == 200
        assert tasks_of(maria, business_key=task.business_key) == []

        reminded = eventually(lambda: (t := alice.get(url).json())["reminders"] == 1 and t)
        overdue = tasks_of(alice, overdue=True, business_key=task.business_key)
        escalated = eventually(lambda: (t := maria.get(url).json()).get("escalated_at") and t)

        refused = alice.post(
            f"{url}/complete", json={"outcome": "release"}, headers=request_headers()
        )
        hidden = alice.get(url)
        managers_queue = tasks_of(maria, group=MANAGERS, business_key=task.business_key)
        completed = maria.post(
            f"{url}/complete", json={"outcome": "release"}, headers=request_headers()
        )
        assert completed.status_code == 200, completed.text
        on_loop(handle.result())
        return (
            reminded,
            overdue,
            escalated,
            refused,
            hidden,
            managers_queue,
            maria.get(f"{url}/history").json(),
        )

    reminded, overdue, escalated, refused, hidden, queue, history = with_worker(scenario)

    # The reminder goes to whoever holds the task; it stays with them until escalation.
    assert (reminded["assignee"], reminded["candidate_groups"]) == ("alice", [APPROVERS])
    assert reminded["last_reminded_at"] is not None and reminded["remind_at"] is None
    assert reminded["escalate_to"] == [MANAGERS]
    assert [t["id"] for t in overdue] == [reminded["id"]] and overdue[0]["overdue"] is True
    # Escalation moves the task to the managers' queue and takes it off alice.
    assert escalated["candidate_groups"] == [MANAGERS]
    assert (escalated["assignee"], escalated["state"]) == (None, "open")
    assert escalated["escalate_to"] == [] and escalated["escalate_at"] is None
    assert code_of(refused) == (403, "not_a_candidate")
    assert code_of(hidden) == (404, "task_not_found")
    assert [t["id"] for t in queue] == [escalated["id"]]

    kinds = [(e["kind"], e["actor"]) for e in history["entries"]]
    assert kinds == [
        ("opened", None),
        ("claimed", "alice"),
        ("reminded", None),
        ("escalated", None),
        ("completed", "maria"),
    ]
    assert history["entries"][3]["detail"] == {
        "from_groups": [APPROVERS],
        "to_groups": [MANAGERS],
        "previous_assignee": "alice",
    }
    opened, _, reminded_at, escalated_at, _ = (
        datetime.fromisoformat(e["at"]) for e in history["entries"]
    )
    assert reminded_at - opened >= timedelta(seconds=2)
    assert escalated_at - opened >= timedelta(seconds=5)

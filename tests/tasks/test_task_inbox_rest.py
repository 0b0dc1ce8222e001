"""One release task from opening to completion over REST: real worker, real Temporal dev
server, the inbox on real PostgreSQL. Every refusal is the workflow's validator speaking."""

from __future__ import annotations

import pytest

from tests.tasks.inbox_calls import (
    APPROVERS,
    code_of,
    opened_task,
    person,
    release_task,
    request_headers,
    start,
    tasks_of,
)
from workflows.tasks.contracts import TaskCompletion

pytestmark = pytest.mark.workflows


def test_a_release_task_is_claimed_refused_and_completed(with_worker, client, inbox, token):
    task = release_task()
    alice = person(inbox, token, "alice", APPROVERS)
    bob = person(inbox, token, "bob", APPROVERS)
    ines = person(inbox, token, "ines", APPROVERS)
    wendy = person(inbox, token, "wendy", "warehouse_clerk")

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        opened = opened_task(alice, task.business_key)
        task_id = opened["id"]
        url = f"/v1/tasks/{task_id}"

        # Only the approvers see it.
        assert tasks_of(wendy, business_key=task.business_key) == []
        assert code_of(wendy.get(url)) == (404, "task_not_found")
        assert code_of(wendy.get(f"{url}/history")) == (404, "task_not_found")
        assert code_of(wendy.get("/v1/tasks", params={"group": APPROVERS})) == (
            403,
            "not_in_group",
        )
        assert [
            t["id"] for t in tasks_of(bob, group=APPROVERS, business_key=task.business_key)
        ] == [task_id]

        claim_headers = request_headers()
        claimed = alice.post(f"{url}/claim", headers=claim_headers)
        assert claimed.status_code == 200, claimed.text
        assert (claimed.json()["state"], claimed.json()["assignee"]) == ("claimed", "alice")
        again = alice.post(f"{url}/claim", headers=claim_headers)
        assert again.json() == claimed.json()  # the same request id: the first result
        assert code_of(bob.post(f"{url}/claim", headers=request_headers())) == (409, "task_claimed")
        release = {"outcome": "release", "reason": "all results within limits"}
        assert code_of(bob.post(f"{url}/complete", json=release, headers=request_headers())) == (
            409,
            "task_claimed",
        )
        assert code_of(wendy.post(f"{url}/complete", json=release, headers=request_headers())) == (
            403,
            "not_a_candidate",
        )
        for body, refusal in (
            ({"outcome": "reject"}, "reason_required"),
            ({"outcome": "reject", "reason": "   "}, "reason_required"),
            ({"outcome": "approve"}, "outcome_not_allowed"),
            ({"outcome": "partial", "reason": "one pallet wet"}, "variables_missing"),
        ):
            refused = alice.post(f"{url}/complete", json=body, headers=request_headers())
            assert code_of(refused) == (422, refusal), body

        assert alice.post(f"{url}/unclaim", headers=request_headers()).json()["state"] == "open"
        assert code_of(ines.post(f"{url}/claim", headers=request_headers())) == (
            403,
            "segregation_of_duties",
        )
        assert code_of(ines.post(f"{url}/complete", json=release, headers=request_headers())) == (
            403,
            "segregation_of_duties",
        )

        completion_headers = request_headers()
        body = release | {"variables": {"released_quantity": 120, "note": "ok"}}
        completed = alice.post(f"{url}/complete", json=body, headers=completion_headers)
        assert completed.status_code == 200, completed.text
        result = on_loop(handle.result())

        retried = alice.post(f"{url}/complete", json=body, headers=completion_headers)
        reused = alice.post(
            f"{url}/complete", json=release | {"reason": "other"}, headers=completion_headers
        )
        late = alice.post(f"{url}/complete", json=body, headers=request_headers())
        return (
            task_id,
            completed.json(),
            result,
            retried,
            reused,
            late,
            alice.get(url).json(),
            (alice.get(f"{url}/history").json()),
            completion_headers["Idempotency-Key"],
        )

    task_id, completed, result, retried, reused, late, final, history, request_id = with_worker(
        scenario
    )

    assert isinstance(result, TaskCompletion)
    assert (result.outcome, result.reason, result.completed_by) == (
        "release",
        "all results within limits",
        "alice",
    )
    assert result.variables == {"released_quantity": 120, "note": "ok"}  # an int stays an int
    assert result.request_id == request_id == completed["request_id"]
    assert completed["task_id"] == task_id == result.task_id
    # A retry after the workflow finished still returns the first result; a reused id with
    # other content is refused; a new completion finds the workflow finished.
    assert retried.status_code == 200 and retried.json() == completed
    assert code_of(reused) == (409, "request_id_reused")
    assert code_of(late) == (409, "workflow_finished")

    assert final["state"] == "completed" and final["completion"] == completed
    assert final["overdue"] is False
    steps = [(e["kind"], e["actor"]) for e in history["entries"]]
    assert steps == [
        ("opened", None),
        ("claimed", "alice"),
        ("unclaimed", "alice"),
        ("completed", "alice"),
    ]
    assert [e["sequence"] for e in history["entries"]] == [1, 2, 3, 4]
    assert history["entries"][-1]["request_id"] == request_id
    assert history["entries"][-1]["detail"] == {
        "outcome": "release",
        "reason": "all results within limits",
    }

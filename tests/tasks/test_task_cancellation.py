"""A task whose workflow stops waiting for it, cancelled or withdrawing it, is cancelled in
the inbox, and nobody can complete it any more."""

from __future__ import annotations

import pytest
from temporalio.client import WorkflowFailureError
from temporalio.exceptions import CancelledError

from tests.tasks.conftest import TASK_QUEUE
from tests.tasks.inbox_calls import (
    APPROVERS,
    code_of,
    eventually,
    opened_task,
    person,
    release_task,
    request_headers,
    start,
)
from tests.tasks.single_task_workflow import WithdrawableTaskWorkflow

pytestmark = pytest.mark.workflows


def test_a_cancelled_workflow_cancels_its_task(with_worker, client, inbox, token):
    task = release_task()
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        task_id = opened_task(alice, task.business_key)["id"]
        on_loop(handle.cancel())
        url = f"/v1/tasks/{task_id}"
        cancelled = eventually(lambda: (t := alice.get(url).json())["state"] == "cancelled" and t)
        with pytest.raises(WorkflowFailureError) as failure:
            on_loop(handle.result())
        late = alice.post(f"{url}/complete", json={"outcome": "release"}, headers=request_headers())
        return cancelled, failure.value, late, alice.get(f"{url}/history").json()

    cancelled, failure, late, history = with_worker(scenario)

    assert isinstance(failure.cause, CancelledError)
    assert cancelled["closed_at"] is not None and cancelled["completion"] is None
    assert code_of(late) == (409, "workflow_finished")
    assert [e["kind"] for e in history["entries"]] == ["opened", "cancelled"]
    assert history["entries"][1]["detail"]["reason"]


def test_a_workflow_withdraws_a_task_it_no_longer_needs(with_worker, client, inbox, token):
    task = release_task()
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = on_loop(
            client.start_workflow(
                WithdrawableTaskWorkflow.run,
                task,
                id=f"withdrawable:{task.business_key}",
                task_queue=TASK_QUEUE,
            )
        )
        task_id = opened_task(alice, task.business_key)["id"]
        url = f"/v1/tasks/{task_id}"
        assert alice.post(f"{url}/claim", headers=request_headers()).status_code == 200
        on_loop(handle.signal(WithdrawableTaskWorkflow.withdraw))
        result = on_loop(handle.result())
        late = alice.post(f"{url}/complete", json={"outcome": "release"}, headers=request_headers())
        return result, alice.get(url).json(), late, alice.get(f"{url}/history").json()

    result, withdrawn, late, history = with_worker(scenario)

    assert result is None
    assert (withdrawn["state"], withdrawn["completion"]) == ("cancelled", None)
    assert code_of(late) == (409, "workflow_finished")
    assert [e["kind"] for e in history["entries"]] == ["opened", "claimed", "cancelled"]
    assert history["entries"][-1]["detail"] == {"reason": "the workflow no longer needs this task"}

"""The same inbox over gRPC: visibility, claims, refusals with stable codes, completion,
retries by request id, and a completion after the workflow finished."""

from __future__ import annotations

import json
import uuid

import grpc
import pytest

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.grpc_client import bearer
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from tests.tasks.inbox_calls import APPROVERS, eventually, release_task, start

pytestmark = pytest.mark.workflows


class Person:
    """One person's calls to the inbox over gRPC."""

    def __init__(self, channel: grpc.Channel, token: str) -> None:
        self.stub = pb_grpc.TasksServiceStub(channel)
        self.metadata = bearer(token)

    def __getattr__(self, method: str):
        call = getattr(self.stub, method)
        return lambda request: call(request, metadata=self.metadata, timeout=30)


def refusal(call) -> tuple[grpc.StatusCode, str]:  # noqa: ANN001 - a zero-argument call
    with pytest.raises(grpc.RpcError) as error:
        call()
    trailers = dict(error.value.trailing_metadata() or ())
    return error.value.code(), trailers.get(ERROR_CODE_METADATA_KEY, "")


def rid() -> str:
    return f"test-{uuid.uuid4()}"


def test_the_inbox_over_grpc(with_worker, client, inbox, token):
    task = release_task(priority=90)
    channel = grpc.insecure_channel(inbox.grpc_target)
    alice = Person(channel, token("alice", APPROVERS))
    bob = Person(channel, token("bob", "group:" + APPROVERS))  # a group that is not a role
    ines = Person(channel, token("ines", APPROVERS))
    wendy = Person(channel, token("wendy", "warehouse_clerk"))
    by_key = pb.ListTasksRequest(business_key=task.business_key)
    S = grpc.StatusCode

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        listed = eventually(lambda: alice.ListTasks(by_key).tasks)
        task_id = listed[0].id
        assert [t.id for t in bob.ListTasks(by_key).tasks] == [task_id]
        assert list(wendy.ListTasks(by_key).tasks) == []
        assert refusal(lambda: wendy.GetTask(pb.GetTaskRequest(task_id=task_id))) == (
            S.NOT_FOUND,
            "task_not_found",
        )
        assert refusal(lambda: alice.GetTask(pb.GetTaskRequest(task_id="nope"))) == (
            S.INVALID_ARGUMENT,
            "invalid_task_id",
        )

        assert refusal(lambda: bob.ClaimTask(pb.ClaimTaskRequest(task_id=task_id))) == (
            S.INVALID_ARGUMENT,
            "request_id_required",
        )
        claimed = bob.ClaimTask(pb.ClaimTaskRequest(request_id=rid(), task_id=task_id))
        assert (claimed.state, claimed.assignee) == ("claimed", "bob")
        assert refusal(
            lambda: alice.ClaimTask(pb.ClaimTaskRequest(request_id=rid(), task_id=task_id))
        ) == (S.FAILED_PRECONDITION, "task_claimed")
        assert refusal(
            lambda: alice.UnclaimTask(pb.UnclaimTaskRequest(request_id=rid(), task_id=task_id))
        ) == (S.PERMISSION_DENIED, "not_the_claimant")
        assert refusal(
            lambda: bob.CompleteTask(
                pb.CompleteTaskRequest(request_id=rid(), task_id=task_id, outcome="reject")
            )
        ) == (S.INVALID_ARGUMENT, "reason_required")
        assert refusal(
            lambda: bob.CompleteTask(
                pb.CompleteTaskRequest(
                    request_id=rid(), task_id=task_id, outcome="release", variables_json="[1]"
                )
            )
        ) == (S.INVALID_ARGUMENT, "invalid_request")
        bob.UnclaimTask(pb.UnclaimTaskRequest(request_id=rid(), task_id=task_id))
        assert refusal(
            lambda: ines.CompleteTask(
                pb.CompleteTaskRequest(request_id=rid(), task_id=task_id, outcome="release")
            )
        ) == (S.PERMISSION_DENIED, "segregation_of_duties")

        reject = pb.CompleteTaskRequest(
            request_id=rid(),
            task_id=task_id,
            outcome="reject",
            reason="moisture above limit",
            variables_json=json.dumps({"moisture": 15.5, "samples": 5}),
        )
        completion = bob.CompleteTask(reject)
        result = on_loop(handle.result())
        retried = bob.CompleteTask(reject)
        late = refusal(
            lambda: bob.CompleteTask(
                pb.CompleteTaskRequest(
                    request_id=rid(), task_id=task_id, outcome="reject", reason="again"
                )
            )
        )
        history = alice.GetTaskHistory(pb.GetTaskHistoryRequest(task_id=task_id))
        return (
            completion,
            result,
            retried,
            late,
            history,
            alice.GetTask(pb.GetTaskRequest(task_id=task_id)),
        )

    completion, result, retried, late, history, final = with_worker(scenario)
    channel.close()

    assert (completion.outcome, completion.reason, completion.completed_by) == (
        "reject",
        "moisture above limit",
        "bob",
    )
    assert json.loads(completion.variables_json) == {"moisture": 15.5, "samples": 5}
    assert result.variables == {"moisture": 15.5, "samples": 5}
    assert (result.outcome, result.completed_by) == ("reject", "bob")
    assert retried == completion
    assert late == (S.FAILED_PRECONDITION, "workflow_finished")
    assert [(e.kind, e.actor) for e in history.entries] == [
        ("opened", ""),
        ("claimed", "bob"),
        ("unclaimed", "bob"),
        ("completed", "bob"),
    ]
    assert json.loads(history.entries[-1].detail_json) == {
        "outcome": "reject",
        "reason": "moisture above limit",
    }
    assert (final.state, final.priority, final.completion.outcome) == ("completed", 90, "reject")
    assert json.loads(final.details_json) == task.details
    assert [o.name for o in final.outcomes] == ["release", "reject", "partial"]
    assert final.excluded[0].user == "ines"

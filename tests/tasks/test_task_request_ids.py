"""A request id is its caller's in the inbox too: another person sending the same id makes a
request of their own, judged on its own, and never receives the first caller's result."""

from __future__ import annotations

import grpc
import pytest

from protos.tasks.v1 import tasks_pb2 as pb
from tests.tasks.inbox_calls import APPROVERS, eventually, release_task, start
from tests.tasks.test_task_inbox_grpc import Person, refusal, rid

pytestmark = pytest.mark.workflows


def test_a_second_persons_request_under_the_same_id_is_their_own(with_worker, client, inbox, token):
    task = release_task(priority=50)
    channel = grpc.insecure_channel(inbox.grpc_target)
    alice = Person(channel, token("alice", APPROVERS))
    bob = Person(channel, token("bob", APPROVERS))
    shared = rid()

    def scenario(on_loop):
        start(client, on_loop, task)
        listed = eventually(
            lambda: alice.ListTasks(pb.ListTasksRequest(business_key=task.business_key)).tasks
        )
        claim = pb.ClaimTaskRequest(request_id=shared, task_id=listed[0].id)
        claimed = bob.ClaimTask(claim)
        # Alice's claim under Bob's id is hers: refused because Bob holds the task, not
        # answered with Bob's result nor as a reused id.
        alices = refusal(lambda: alice.ClaimTask(claim))
        history = alice.GetTaskHistory(pb.GetTaskHistoryRequest(task_id=listed[0].id))
        return claimed, alices, bob.ClaimTask(claim), history

    claimed, alices, replayed, history = with_worker(scenario)
    channel.close()
    assert (claimed.state, claimed.assignee) == ("claimed", "bob")
    assert alices == (grpc.StatusCode.FAILED_PRECONDITION, "task_claimed")
    assert replayed == claimed
    assert [(e.kind, e.actor, e.request_id) for e in history.entries][-1] == (
        "claimed",
        "bob",
        shared,
    )

"""Task forms at the inbox's door: the form comes with the task over REST and gRPC, and a
completion that breaks it is refused with each field named by the workflow's validator, so it
never enters the workflow's history and the task stays the same open task."""

from __future__ import annotations

import json
import uuid

import grpc
import pytest

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.grpc_client import bearer
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from tests.tasks.inbox_calls import (
    APPROVERS,
    code_of,
    opened_task,
    person,
    release_task,
    request_headers,
    start,
)
from workflows.tasks.contracts import Outcome
from workflows.tasks.forms import object_form

pytestmark = pytest.mark.workflows

COUNT = Outcome(
    name="count",
    title="Count",
    description="Say how many bags are on the pallet.",
    variables_schema=object_form(
        "Count",
        "The pallet's count.",
        {
            "bags": {"type": "integer", "minimum": 0, "title": "Bags"},
            "damaged": {"type": "boolean", "title": "Damaged"},
        },
        required=("bags",),
    ),
)


def count_task():
    return release_task(outcomes=(COUNT,))


def update_events(on_loop, handle) -> list[str]:  # noqa: ANN001
    """The Update events in the workflow's history: a refused one would leave none."""
    history = on_loop(handle.fetch_history())
    kinds = [event.WhichOneof("attributes") for event in history.events]
    return [kind for kind in kinds if "update" in kind]


def test_a_completion_that_breaks_the_form_is_refused_over_rest(with_worker, client, inbox, token):
    task = count_task()
    alice = person(inbox, token, "alice", APPROVERS)

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        opened = opened_task(alice, task.business_key)
        url = f"/v1/tasks/{opened['id']}"
        malformed = {"outcome": "count", "variables": {"bags": "many", "colour": "red"}}
        refused = alice.post(f"{url}/complete", json=malformed, headers=request_headers())
        missing = alice.post(
            f"{url}/complete", json={"outcome": "count"}, headers=request_headers()
        )
        after_refusals = alice.get(url).json(), update_events(on_loop, handle)
        body = {"outcome": "count", "variables": {"bags": 40, "damaged": False}}
        done = alice.post(f"{url}/complete", json=body, headers=request_headers())
        result = on_loop(handle.result())
        return opened, refused, missing, after_refusals, done, result

    opened, refused, missing, (still, updates), done, result = with_worker(scenario)

    assert opened["outcomes"][0]["variables_schema"] == COUNT.variables_schema
    assert (opened["outcomes"][0]["title"], opened["outcomes"][0]["description"]) == (
        "Count",
        "Say how many bags are on the pallet.",
    )
    assert code_of(refused) == (422, "variables_invalid")
    assert refused.json()["details"]["errors"] == [
        {"field": "variables.bags", "message": "must be an integer"},
        {"field": "variables.colour", "message": "is not a field of this form"},
    ]
    assert "variables.bags must be an integer" in refused.json()["detail"]
    assert code_of(missing) == (422, "variables_missing")
    assert missing.json()["details"]["errors"][0]["field"] == "variables.bags"
    assert (still["id"], still["state"], still["version"]) == (opened["id"], "open", 1)
    assert updates == []
    assert done.status_code == 200, done.text
    assert result.variables == {"bags": 40, "damaged": False}


def test_a_completion_that_breaks_the_form_is_refused_over_grpc(with_worker, client, inbox, token):
    task = count_task()
    channel = grpc.insecure_channel(inbox.grpc_target)
    stub = pb_grpc.TasksServiceStub(channel)
    metadata = bearer(token("bob", APPROVERS))
    by_key = pb.ListTasksRequest(business_key=task.business_key)

    def complete(task_id: str, variables: dict) -> pb.TaskCompletion:
        request = pb.CompleteTaskRequest(
            request_id=f"test-{uuid.uuid4()}",
            task_id=task_id,
            outcome="count",
            variables_json=json.dumps(variables),
        )
        return stub.CompleteTask(request, metadata=metadata, timeout=30)

    def scenario(on_loop):
        handle = start(client, on_loop, task)
        opened = opened_task(person(inbox, token, "bob", APPROVERS), task.business_key)
        with pytest.raises(grpc.RpcError) as refused:
            complete(opened["id"], {"bags": -1})
        got = stub.GetTask(pb.GetTaskRequest(task_id=opened["id"]), metadata=metadata)
        updates = update_events(on_loop, handle)
        done = complete(opened["id"], {"bags": 3})
        on_loop(handle.result())
        return refused.value, got, updates, done, stub.ListTasks(by_key, metadata=metadata)

    refused, got, updates, done, active = with_worker(scenario)
    channel.close()

    trailers = dict(refused.trailing_metadata() or ())
    assert (refused.code(), trailers[ERROR_CODE_METADATA_KEY]) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "variables_invalid",
    )
    assert "variables.bags must be at least 0" in refused.details()
    assert (got.state, got.version) == ("open", 1)
    assert json.loads(got.outcomes[0].variables_schema_json) == COUNT.variables_schema
    assert got.outcomes[0].title == "Count"
    assert updates == []
    assert json.loads(done.variables_json) == {"bags": 3}
    assert list(active.tasks) == []


def test_the_openapi_describes_the_forms(inbox, token):
    document = person(inbox, token, "alice", APPROVERS).get("/openapi.json").json()
    outcome = document["components"]["schemas"]["Outcome"]["properties"]
    assert {"title", "description", "requires_reason", "variables_schema"} <= set(outcome)
    assert "JSON Schema" in outcome["variables_schema"]["description"]
    complete = document["paths"]["/v1/tasks/{task_id}/complete"]["post"]
    assert "variables_invalid" in complete["description"]

"""Inbox gRPC servicer: unpack, call the same functions as the REST routes, pack.

Free-form JSON (a task's details, an outcome's variables schema, a completion's variables, a
history entry's detail) travels as JSON text rather than google.protobuf.Struct, which would
turn every integer into a double.
"""

from __future__ import annotations

import json
from typing import Any

from google.protobuf import json_format
from pydantic import ValidationError

from lotflow.db import Database
from lotflow.errors import Invalid
from lotflow.failures import invalid_request
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from services.tasks import queries
from services.tasks.roles import TABLE
from services.tasks.schemas import (
    CompleteBody,
    CompletionView,
    TaskQuery,
    TaskView,
    WorkflowHealthQuery,
)
from services.tasks.service import commands, projection
from services.tasks.temporal_gateway import TemporalGateway
from services.tasks.visibility import membership_of
from services.tasks.workflow_health import workflow_health
from workflows.tasks.contracts import TaskEvent


class TasksServicer(EventFeedServicer, pb_grpc.TasksServiceServicer):
    def __init__(self, database: Database, gateway: TemporalGateway) -> None:
        self.database = database
        self.gateway = gateway

    def ListTasks(self, request, context):  # noqa: N802
        query = decode(request, TaskQuery, omit=())
        with self.database.read_session() as session:
            page = queries.list_tasks(session, query, membership_of(caller()))
        return pb.ListTasksResponse(
            tasks=[task_message(task) for task in page.tasks], next_page_token=page.next_page_token
        )

    def ListWorkflowProblems(self, request, context):  # noqa: N802
        query = decode(request, WorkflowHealthQuery)
        view = workflow_health(self.database, self.gateway, query, caller())
        return encode(view, pb.WorkflowProblems)

    def GetTask(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            return task_message(queries.get_task(session, request.task_id, membership_of(caller())))

    def GetTaskHistory(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            history = queries.task_history(session, request.task_id, membership_of(caller()))
        reply = pb.TaskHistory(task_id=str(history.task_id))
        for entry in history.entries:
            body = entry.model_dump(mode="json", exclude_none=True)
            body["detail_json"] = json.dumps(body.pop("detail"), sort_keys=True)
            reply.entries.append(json_format.ParseDict(body, pb.TaskHistoryEntry()))
        return reply

    def ClaimTask(self, request, context):  # noqa: N802
        task = commands.claim_task(
            self.database,
            self.gateway,
            task_id=request.task_id,
            request_id=request.request_id,
            actor=caller(),
        )
        return task_message(task)

    def UnclaimTask(self, request, context):  # noqa: N802
        task = commands.unclaim_task(
            self.database,
            self.gateway,
            task_id=request.task_id,
            request_id=request.request_id,
            actor=caller(),
        )
        return task_message(task)

    def CompleteTask(self, request, context):  # noqa: N802
        fields = {"outcome": request.outcome, "variables": _json_object(request.variables_json)}
        if request.reason:
            fields["reason"] = request.reason
        try:
            command = CompleteBody.model_validate(fields)
        except ValidationError as error:
            raise invalid_request(error.errors(include_url=False)) from None
        completion = commands.complete_task(
            self.database,
            self.gateway,
            task_id=request.task_id,
            request_id=request.request_id,
            command=command,
            actor=caller(),
        )
        return completion_message(completion)

    def RecordTaskEvent(self, request, context):  # noqa: N802
        actor = caller()
        TABLE.require(actor, "record_task_event")  # before reading what the caller sent
        event = TaskEvent.model_validate_json(request.event_json or "{}")
        recorded = projection.record_task_event(self.database, event=event, actor=actor)
        return pb.RecordTaskEventResponse(
            task_id=str(recorded.task_id), sequence=recorded.sequence, recorded=recorded.recorded
        )


def _json_object(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        value = None
    if not isinstance(value, dict):
        raise Invalid("variables_json must be a JSON object", code="invalid_request")
    return value


def task_message(task: TaskView) -> pb.Task:
    body = task.model_dump(mode="json", exclude_none=True)
    body["details_json"] = json.dumps(body.pop("details"), sort_keys=True)
    for outcome in body["outcomes"]:
        outcome["variables_schema_json"] = json.dumps(outcome.pop("variables_schema"))
    if "completion" in body:
        body["completion"] = _completion_body(body["completion"])
    return json_format.ParseDict(body, pb.Task())


def completion_message(completion: CompletionView) -> pb.TaskCompletion:
    body = _completion_body(completion.model_dump(mode="json", exclude_none=True))
    return json_format.ParseDict(body, pb.TaskCompletion())


def _completion_body(body: dict[str, Any]) -> dict[str, Any]:
    body = dict(body)
    body["variables_json"] = json.dumps(body.pop("variables"), sort_keys=True)
    return body


def add_to_server(server, database: Database, gateway: TemporalGateway) -> None:  # noqa: ANN001
    pb_grpc.add_TasksServiceServicer_to_server(TasksServicer(database, gateway), server)

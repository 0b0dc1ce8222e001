"""Inbox gRPC servicer: each method names the command or query, the schema REST uses for the
same call, and how the reply is packed.

Free-form JSON (a task's details, an outcome's variables schema, a completion's variables, a
history entry's detail) travels as JSON text rather than google.protobuf.Struct, which would
turn every integer into a double.
"""

from __future__ import annotations

import json
from typing import Any

from google.protobuf import json_format

from lotflow.db import Database
from lotflow.rpc_codec import caller, encode
from lotflow.servicer import Servicer
from protos.tasks.v1 import tasks_pb2 as pb
from protos.tasks.v1 import tasks_pb2_grpc as pb_grpc
from services.tasks import queries
from services.tasks.inbox import Inbox
from services.tasks.roles import TABLE
from services.tasks.schemas import (
    CompleteTask,
    CompletionView,
    TaskHistoryView,
    TaskPage,
    TaskQuery,
    TaskRef,
    TaskView,
    WorkflowHealthQuery,
)
from services.tasks.service import commands, projection
from services.tasks.temporal_gateway import TemporalGateway
from services.tasks.visibility import membership_of
from services.tasks.workflow_health import workflow_health
from workflows.tasks.contracts import TaskEvent


class TasksServicer(Servicer, pb_grpc.TasksServiceServicer):
    def __init__(self, database: Database, gateway: TemporalGateway) -> None:
        super().__init__(database)
        self.gateway = gateway

    def runs_in(self) -> Inbox:
        return Inbox(self.database, self.gateway)

    def ListTasks(self, request, context):  # noqa: N802
        query = self.query(request, TaskQuery)
        return self.read(queries.list_tasks, task_page_message, query, membership_of(caller()))

    def ListWorkflowProblems(self, request, context):  # noqa: N802
        query = self.query(request, WorkflowHealthQuery)
        return encode(workflow_health(self.runs_in(), query, caller()), pb.WorkflowProblems)

    def GetTask(self, request, context):  # noqa: N802
        return self.read(queries.get_task, task_message, request.task_id, membership_of(caller()))

    def GetTaskHistory(self, request, context):  # noqa: N802
        membership = membership_of(caller())
        return self.read(queries.task_history, history_message, request.task_id, membership)

    def ClaimTask(self, request, context):  # noqa: N802
        return self.write(request, commands.claim_task, TaskRef, task_message)

    def UnclaimTask(self, request, context):  # noqa: N802
        return self.write(request, commands.unclaim_task, TaskRef, task_message)

    def CompleteTask(self, request, context):  # noqa: N802
        return self.write(request, commands.complete_task, CompleteTask, completion_message)

    def RecordTaskEvent(self, request, context):  # noqa: N802
        actor = caller()
        TABLE.require(actor, "record_task_event")  # before reading what the caller sent
        event = TaskEvent.model_validate_json(request.event_json or "{}")
        recorded = projection.record_task_event(self.database, event=event, actor=actor)
        return pb.RecordTaskEventResponse(
            task_id=str(recorded.task_id), sequence=recorded.sequence, recorded=recorded.recorded
        )


def task_page_message(page: TaskPage) -> pb.ListTasksResponse:
    return pb.ListTasksResponse(
        tasks=[task_message(task) for task in page.tasks], next_page_token=page.next_page_token
    )


def history_message(history: TaskHistoryView) -> pb.TaskHistory:
    reply = pb.TaskHistory(task_id=str(history.task_id))
    for entry in history.entries:
        body = entry.model_dump(mode="json", exclude_none=True)
        body["detail_json"] = json.dumps(body.pop("detail"), sort_keys=True)
        reply.entries.append(json_format.ParseDict(body, pb.TaskHistoryEntry()))
    return reply


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

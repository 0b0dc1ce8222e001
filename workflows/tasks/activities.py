"""The activity that keeps the inbox's projection: it sends each task event to the tasks
service over gRPC, like every other activity reaches a service.

Recording is idempotent by the event's own key (task id, sequence): a retry, a worker restart
or a replay that runs it again adds no row, and an older snapshot never overwrites a newer one.
"""

from __future__ import annotations

from temporalio import activity

from protos.tasks.v1 import tasks_pb2, tasks_pb2_grpc
from workflows.service_calls import ServiceAccess
from workflows.tasks.contracts import RECORD_TASK_EVENT, TaskEvent

# The name the worker's ServiceAccess resolves to the inbox's gRPC address.
TASKS_SERVICE = "tasks"


class TaskProjectionActivities:
    def __init__(self, services: ServiceAccess) -> None:
        self.services = services

    @activity.defn(name=RECORD_TASK_EVENT)
    async def record_task_event(self, event: TaskEvent) -> None:
        request = tasks_pb2.RecordTaskEventRequest(event_json=event.model_dump_json())
        async with self.services.channel(TASKS_SERVICE) as channel:
            stub = tasks_pb2_grpc.TasksServiceStub(channel)
            await self.services.call(stub.RecordTaskEvent, request)

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Outcome(_message.Message):
    __slots__ = ("name", "requires_reason", "title", "description", "variables_schema_json")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUIRES_REASON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_SCHEMA_JSON_FIELD_NUMBER: _ClassVar[int]
    name: str
    requires_reason: bool
    title: str
    description: str
    variables_schema_json: str
    def __init__(self, name: _Optional[str] = ..., requires_reason: _Optional[bool] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., variables_schema_json: _Optional[str] = ...) -> None: ...

class Exclusion(_message.Message):
    __slots__ = ("user", "why")
    USER_FIELD_NUMBER: _ClassVar[int]
    WHY_FIELD_NUMBER: _ClassVar[int]
    user: str
    why: str
    def __init__(self, user: _Optional[str] = ..., why: _Optional[str] = ...) -> None: ...

class TaskCompletion(_message.Message):
    __slots__ = ("task_id", "outcome", "reason", "variables_json", "completed_by", "completed_at", "request_id")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_JSON_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_BY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    outcome: str
    reason: str
    variables_json: str
    completed_by: str
    completed_at: _timestamp_pb2.Timestamp
    request_id: str
    def __init__(self, task_id: _Optional[str] = ..., outcome: _Optional[str] = ..., reason: _Optional[str] = ..., variables_json: _Optional[str] = ..., completed_by: _Optional[str] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class Task(_message.Message):
    __slots__ = ("id", "workflow_id", "workflow_type", "name", "element_id", "business_key", "candidate_groups", "assignee", "priority", "due_at", "state", "overdue", "outcomes", "excluded", "details_json", "opened_at", "reminders", "last_reminded_at", "remind_at", "escalate_at", "escalate_to", "escalated_at", "completion", "closed_at", "version")
    ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ELEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_KEY_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_GROUPS_FIELD_NUMBER: _ClassVar[int]
    ASSIGNEE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    DUE_AT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_FIELD_NUMBER: _ClassVar[int]
    DETAILS_JSON_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    REMINDERS_FIELD_NUMBER: _ClassVar[int]
    LAST_REMINDED_AT_FIELD_NUMBER: _ClassVar[int]
    REMIND_AT_FIELD_NUMBER: _ClassVar[int]
    ESCALATE_AT_FIELD_NUMBER: _ClassVar[int]
    ESCALATE_TO_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    workflow_id: str
    workflow_type: str
    name: str
    element_id: str
    business_key: str
    candidate_groups: _containers.RepeatedScalarFieldContainer[str]
    assignee: str
    priority: int
    due_at: _timestamp_pb2.Timestamp
    state: str
    overdue: bool
    outcomes: _containers.RepeatedCompositeFieldContainer[Outcome]
    excluded: _containers.RepeatedCompositeFieldContainer[Exclusion]
    details_json: str
    opened_at: _timestamp_pb2.Timestamp
    reminders: int
    last_reminded_at: _timestamp_pb2.Timestamp
    remind_at: _timestamp_pb2.Timestamp
    escalate_at: _timestamp_pb2.Timestamp
    escalate_to: _containers.RepeatedScalarFieldContainer[str]
    escalated_at: _timestamp_pb2.Timestamp
    completion: TaskCompletion
    closed_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, id: _Optional[str] = ..., workflow_id: _Optional[str] = ..., workflow_type: _Optional[str] = ..., name: _Optional[str] = ..., element_id: _Optional[str] = ..., business_key: _Optional[str] = ..., candidate_groups: _Optional[_Iterable[str]] = ..., assignee: _Optional[str] = ..., priority: _Optional[int] = ..., due_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[str] = ..., overdue: _Optional[bool] = ..., outcomes: _Optional[_Iterable[_Union[Outcome, _Mapping]]] = ..., excluded: _Optional[_Iterable[_Union[Exclusion, _Mapping]]] = ..., details_json: _Optional[str] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reminders: _Optional[int] = ..., last_reminded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., remind_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., escalate_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., escalate_to: _Optional[_Iterable[str]] = ..., escalated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completion: _Optional[_Union[TaskCompletion, _Mapping]] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class ListTasksRequest(_message.Message):
    __slots__ = ("group", "assignee", "state", "overdue", "business_key", "due_before", "page_size", "page_token")
    GROUP_FIELD_NUMBER: _ClassVar[int]
    ASSIGNEE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_KEY_FIELD_NUMBER: _ClassVar[int]
    DUE_BEFORE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    group: str
    assignee: str
    state: str
    overdue: bool
    business_key: str
    due_before: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    def __init__(self, group: _Optional[str] = ..., assignee: _Optional[str] = ..., state: _Optional[str] = ..., overdue: _Optional[bool] = ..., business_key: _Optional[str] = ..., due_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTasksResponse(_message.Message):
    __slots__ = ("tasks", "next_page_token")
    TASKS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tasks: _containers.RepeatedCompositeFieldContainer[Task]
    next_page_token: str
    def __init__(self, tasks: _Optional[_Iterable[_Union[Task, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetTaskRequest(_message.Message):
    __slots__ = ("task_id",)
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    def __init__(self, task_id: _Optional[str] = ...) -> None: ...

class GetTaskHistoryRequest(_message.Message):
    __slots__ = ("task_id",)
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    def __init__(self, task_id: _Optional[str] = ...) -> None: ...

class TaskHistoryEntry(_message.Message):
    __slots__ = ("sequence", "kind", "actor", "at", "request_id", "detail_json")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DETAIL_JSON_FIELD_NUMBER: _ClassVar[int]
    sequence: int
    kind: str
    actor: str
    at: _timestamp_pb2.Timestamp
    request_id: str
    detail_json: str
    def __init__(self, sequence: _Optional[int] = ..., kind: _Optional[str] = ..., actor: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., request_id: _Optional[str] = ..., detail_json: _Optional[str] = ...) -> None: ...

class TaskHistory(_message.Message):
    __slots__ = ("task_id", "entries")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    entries: _containers.RepeatedCompositeFieldContainer[TaskHistoryEntry]
    def __init__(self, task_id: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[TaskHistoryEntry, _Mapping]]] = ...) -> None: ...

class ClaimTaskRequest(_message.Message):
    __slots__ = ("request_id", "task_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    task_id: str
    def __init__(self, request_id: _Optional[str] = ..., task_id: _Optional[str] = ...) -> None: ...

class UnclaimTaskRequest(_message.Message):
    __slots__ = ("request_id", "task_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    task_id: str
    def __init__(self, request_id: _Optional[str] = ..., task_id: _Optional[str] = ...) -> None: ...

class CompleteTaskRequest(_message.Message):
    __slots__ = ("request_id", "task_id", "outcome", "reason", "variables_json")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_JSON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    task_id: str
    outcome: str
    reason: str
    variables_json: str
    def __init__(self, request_id: _Optional[str] = ..., task_id: _Optional[str] = ..., outcome: _Optional[str] = ..., reason: _Optional[str] = ..., variables_json: _Optional[str] = ...) -> None: ...

class RecordTaskEventRequest(_message.Message):
    __slots__ = ("event_json",)
    EVENT_JSON_FIELD_NUMBER: _ClassVar[int]
    event_json: str
    def __init__(self, event_json: _Optional[str] = ...) -> None: ...

class RecordTaskEventResponse(_message.Message):
    __slots__ = ("task_id", "sequence", "recorded")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    sequence: int
    recorded: bool
    def __init__(self, task_id: _Optional[str] = ..., sequence: _Optional[int] = ..., recorded: _Optional[bool] = ...) -> None: ...

class ListWorkflowProblemsRequest(_message.Message):
    __slots__ = ("stuck_after_seconds",)
    STUCK_AFTER_SECONDS_FIELD_NUMBER: _ClassVar[int]
    stuck_after_seconds: int
    def __init__(self, stuck_after_seconds: _Optional[int] = ...) -> None: ...

class ProblemWorkflow(_message.Message):
    __slots__ = ("workflow_id", "run_id", "workflow_type", "problem", "why", "since")
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    PROBLEM_FIELD_NUMBER: _ClassVar[int]
    WHY_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    workflow_id: str
    run_id: str
    workflow_type: str
    problem: str
    why: str
    since: _timestamp_pb2.Timestamp
    def __init__(self, workflow_id: _Optional[str] = ..., run_id: _Optional[str] = ..., workflow_type: _Optional[str] = ..., problem: _Optional[str] = ..., why: _Optional[str] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ProcessHealth(_message.Message):
    __slots__ = ("workflow_type", "failed", "stuck")
    WORKFLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    STUCK_FIELD_NUMBER: _ClassVar[int]
    workflow_type: str
    failed: int
    stuck: int
    def __init__(self, workflow_type: _Optional[str] = ..., failed: _Optional[int] = ..., stuck: _Optional[int] = ...) -> None: ...

class WorkflowProblems(_message.Message):
    __slots__ = ("processes", "workflows")
    PROCESSES_FIELD_NUMBER: _ClassVar[int]
    WORKFLOWS_FIELD_NUMBER: _ClassVar[int]
    processes: _containers.RepeatedCompositeFieldContainer[ProcessHealth]
    workflows: _containers.RepeatedCompositeFieldContainer[ProblemWorkflow]
    def __init__(self, processes: _Optional[_Iterable[_Union[ProcessHealth, _Mapping]]] = ..., workflows: _Optional[_Iterable[_Union[ProblemWorkflow, _Mapping]]] = ...) -> None: ...

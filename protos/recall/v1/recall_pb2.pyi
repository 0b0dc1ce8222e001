import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ScopeLot(_message.Message):
    __slots__ = ("lot_code", "item_code")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ...) -> None: ...

class OpenRecallRequest(_message.Message):
    __slots__ = ("request_id", "recall_number", "reason", "classification", "scope")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECALL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    recall_number: str
    reason: str
    classification: str
    scope: _containers.RepeatedCompositeFieldContainer[ScopeLot]
    def __init__(self, request_id: _Optional[str] = ..., recall_number: _Optional[str] = ..., reason: _Optional[str] = ..., classification: _Optional[str] = ..., scope: _Optional[_Iterable[_Union[ScopeLot, _Mapping]]] = ...) -> None: ...

class Recall(_message.Message):
    __slots__ = ("id", "recall_number", "reason", "classification", "state", "coordinator", "scope", "opened_at", "cancel_reason", "cancelled_by", "cancelled_at", "closing_summary", "closed_by", "closed_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    RECALL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REASON_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_BY_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSING_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    CLOSED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    recall_number: str
    reason: str
    classification: str
    state: str
    coordinator: str
    scope: _containers.RepeatedCompositeFieldContainer[ScopeLot]
    opened_at: _timestamp_pb2.Timestamp
    cancel_reason: str
    cancelled_by: str
    cancelled_at: _timestamp_pb2.Timestamp
    closing_summary: str
    closed_by: str
    closed_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., recall_number: _Optional[str] = ..., reason: _Optional[str] = ..., classification: _Optional[str] = ..., state: _Optional[str] = ..., coordinator: _Optional[str] = ..., scope: _Optional[_Iterable[_Union[ScopeLot, _Mapping]]] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_reason: _Optional[str] = ..., cancelled_by: _Optional[str] = ..., cancelled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closing_summary: _Optional[str] = ..., closed_by: _Optional[str] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetRecallRequest(_message.Message):
    __slots__ = ("ref",)
    REF_FIELD_NUMBER: _ClassVar[int]
    ref: str
    def __init__(self, ref: _Optional[str] = ...) -> None: ...

class ListRecallsRequest(_message.Message):
    __slots__ = ("state", "page_size", "page_token")
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    state: str
    page_size: int
    page_token: str
    def __init__(self, state: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class RecallSummary(_message.Message):
    __slots__ = ("id", "recall_number", "reason", "classification", "state", "coordinator", "scope_lot_count", "opened_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    RECALL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    COORDINATOR_FIELD_NUMBER: _ClassVar[int]
    SCOPE_LOT_COUNT_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    recall_number: str
    reason: str
    classification: str
    state: str
    coordinator: str
    scope_lot_count: int
    opened_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., recall_number: _Optional[str] = ..., reason: _Optional[str] = ..., classification: _Optional[str] = ..., state: _Optional[str] = ..., coordinator: _Optional[str] = ..., scope_lot_count: _Optional[int] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListRecallsResponse(_message.Message):
    __slots__ = ("recalls", "next_page_token")
    RECALLS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    recalls: _containers.RepeatedCompositeFieldContainer[RecallSummary]
    next_page_token: str
    def __init__(self, recalls: _Optional[_Iterable[_Union[RecallSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelRecallRequest(_message.Message):
    __slots__ = ("request_id", "recall_number", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECALL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    recall_number: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., recall_number: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CloseRecallRequest(_message.Message):
    __slots__ = ("request_id", "recall_number", "summary")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECALL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    recall_number: str
    summary: str
    def __init__(self, request_id: _Optional[str] = ..., recall_number: _Optional[str] = ..., summary: _Optional[str] = ...) -> None: ...

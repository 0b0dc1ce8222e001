import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Characteristic(_message.Message):
    __slots__ = ("name", "kind", "lower_limit", "upper_limit", "unit")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LOWER_LIMIT_FIELD_NUMBER: _ClassVar[int]
    UPPER_LIMIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    lower_limit: str
    upper_limit: str
    unit: str
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., lower_limit: _Optional[str] = ..., upper_limit: _Optional[str] = ..., unit: _Optional[str] = ...) -> None: ...

class DefineInspectionPlanRequest(_message.Message):
    __slots__ = ("request_id", "item_code", "supplier_code", "sample_size", "characteristics", "skip_lot_after")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHARACTERISTICS_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    item_code: str
    supplier_code: str
    sample_size: int
    characteristics: _containers.RepeatedCompositeFieldContainer[Characteristic]
    skip_lot_after: int
    def __init__(self, request_id: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., sample_size: _Optional[int] = ..., characteristics: _Optional[_Iterable[_Union[Characteristic, _Mapping]]] = ..., skip_lot_after: _Optional[int] = ...) -> None: ...

class InspectionPlan(_message.Message):
    __slots__ = ("id", "item_code", "supplier_code", "version", "sample_size", "characteristics", "skip_lot_after", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHARACTERISTICS_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    supplier_code: str
    version: int
    sample_size: int
    characteristics: _containers.RepeatedCompositeFieldContainer[Characteristic]
    skip_lot_after: int
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., version: _Optional[int] = ..., sample_size: _Optional[int] = ..., characteristics: _Optional[_Iterable[_Union[Characteristic, _Mapping]]] = ..., skip_lot_after: _Optional[int] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetInspectionPlanRequest(_message.Message):
    __slots__ = ("item_code", "supplier_code")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    supplier_code: str
    def __init__(self, item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ...) -> None: ...

class PlaceHoldRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "reason", "source", "source_reference")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    reason: str
    source: str
    source_reference: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., reason: _Optional[str] = ..., source: _Optional[str] = ..., source_reference: _Optional[str] = ...) -> None: ...

class Hold(_message.Message):
    __slots__ = ("id", "lot_code", "status", "source", "source_reference", "reason", "placed_by", "placed_at", "released_by", "released_at", "release_reason")
    ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    PLACED_BY_FIELD_NUMBER: _ClassVar[int]
    PLACED_AT_FIELD_NUMBER: _ClassVar[int]
    RELEASED_BY_FIELD_NUMBER: _ClassVar[int]
    RELEASED_AT_FIELD_NUMBER: _ClassVar[int]
    RELEASE_REASON_FIELD_NUMBER: _ClassVar[int]
    id: str
    lot_code: str
    status: str
    source: str
    source_reference: str
    reason: str
    placed_by: str
    placed_at: _timestamp_pb2.Timestamp
    released_by: str
    released_at: _timestamp_pb2.Timestamp
    release_reason: str
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., status: _Optional[str] = ..., source: _Optional[str] = ..., source_reference: _Optional[str] = ..., reason: _Optional[str] = ..., placed_by: _Optional[str] = ..., placed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., released_by: _Optional[str] = ..., released_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., release_reason: _Optional[str] = ...) -> None: ...

class ReleaseHoldRequest(_message.Message):
    __slots__ = ("request_id", "hold_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    HOLD_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    hold_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., hold_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class GetHoldRequest(_message.Message):
    __slots__ = ("hold_id",)
    HOLD_ID_FIELD_NUMBER: _ClassVar[int]
    hold_id: str
    def __init__(self, hold_id: _Optional[str] = ...) -> None: ...

class ListHoldsRequest(_message.Message):
    __slots__ = ("lot_code", "status", "source", "source_reference", "page_size", "page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    status: str
    source: str
    source_reference: str
    page_size: int
    page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., status: _Optional[str] = ..., source: _Optional[str] = ..., source_reference: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListHoldsResponse(_message.Message):
    __slots__ = ("holds", "next_page_token")
    HOLDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    holds: _containers.RepeatedCompositeFieldContainer[Hold]
    next_page_token: str
    def __init__(self, holds: _Optional[_Iterable[_Union[Hold, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetLotQualityStatusRequest(_message.Message):
    __slots__ = ("lot_code",)
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    def __init__(self, lot_code: _Optional[str] = ...) -> None: ...

class LotQualityStatus(_message.Message):
    __slots__ = ("lot_code", "blocked", "active_holds")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_HOLDS_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    blocked: bool
    active_holds: _containers.RepeatedCompositeFieldContainer[Hold]
    def __init__(self, lot_code: _Optional[str] = ..., blocked: _Optional[bool] = ..., active_holds: _Optional[_Iterable[_Union[Hold, _Mapping]]] = ...) -> None: ...

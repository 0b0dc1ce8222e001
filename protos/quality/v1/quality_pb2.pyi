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

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from protos.production.v1 import orders_pb2 as _orders_pb2
from protos.production.v1 import wip_pb2 as _wip_pb2
from protos.production.v1 import order_updates_pb2 as _order_updates_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterWorkCenterRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "site_code", "kind", "capacity_per_hour", "capacity_uom")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_PER_HOUR_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_UOM_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    site_code: str
    kind: str
    capacity_per_hour: str
    capacity_uom: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., site_code: _Optional[str] = ..., kind: _Optional[str] = ..., capacity_per_hour: _Optional[str] = ..., capacity_uom: _Optional[str] = ...) -> None: ...

class ScrapReason(_message.Message):
    __slots__ = ("work_center_code", "reason_code", "description", "category", "active", "defined_by", "defined_at", "deactivated_by", "deactivated_at")
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    DEFINED_BY_FIELD_NUMBER: _ClassVar[int]
    DEFINED_AT_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATED_BY_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATED_AT_FIELD_NUMBER: _ClassVar[int]
    work_center_code: str
    reason_code: str
    description: str
    category: str
    active: bool
    defined_by: str
    defined_at: _timestamp_pb2.Timestamp
    deactivated_by: str
    deactivated_at: _timestamp_pb2.Timestamp
    def __init__(self, work_center_code: _Optional[str] = ..., reason_code: _Optional[str] = ..., description: _Optional[str] = ..., category: _Optional[str] = ..., active: _Optional[bool] = ..., defined_by: _Optional[str] = ..., defined_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., deactivated_by: _Optional[str] = ..., deactivated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WorkCenter(_message.Message):
    __slots__ = ("id", "code", "name", "site_code", "kind", "capacity_per_hour", "capacity_uom", "created_by", "created_at", "scrap_reasons")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_PER_HOUR_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_UOM_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SCRAP_REASONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: str
    name: str
    site_code: str
    kind: str
    capacity_per_hour: str
    capacity_uom: str
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    scrap_reasons: _containers.RepeatedCompositeFieldContainer[ScrapReason]
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., site_code: _Optional[str] = ..., kind: _Optional[str] = ..., capacity_per_hour: _Optional[str] = ..., capacity_uom: _Optional[str] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., scrap_reasons: _Optional[_Iterable[_Union[ScrapReason, _Mapping]]] = ...) -> None: ...

class GetWorkCenterRequest(_message.Message):
    __slots__ = ("ref",)
    REF_FIELD_NUMBER: _ClassVar[int]
    ref: str
    def __init__(self, ref: _Optional[str] = ...) -> None: ...

class ListWorkCentersRequest(_message.Message):
    __slots__ = ("site_code", "kind", "page_size", "page_token")
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    site_code: str
    kind: str
    page_size: int
    page_token: str
    def __init__(self, site_code: _Optional[str] = ..., kind: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListWorkCentersResponse(_message.Message):
    __slots__ = ("work_centers", "next_page_token")
    WORK_CENTERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    work_centers: _containers.RepeatedCompositeFieldContainer[WorkCenter]
    next_page_token: str
    def __init__(self, work_centers: _Optional[_Iterable[_Union[WorkCenter, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DefineScrapReasonRequest(_message.Message):
    __slots__ = ("request_id", "work_center_code", "reason_code", "description", "category")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    work_center_code: str
    reason_code: str
    description: str
    category: str
    def __init__(self, request_id: _Optional[str] = ..., work_center_code: _Optional[str] = ..., reason_code: _Optional[str] = ..., description: _Optional[str] = ..., category: _Optional[str] = ...) -> None: ...

class DeactivateScrapReasonRequest(_message.Message):
    __slots__ = ("request_id", "work_center_code", "reason_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    work_center_code: str
    reason_code: str
    def __init__(self, request_id: _Optional[str] = ..., work_center_code: _Optional[str] = ..., reason_code: _Optional[str] = ...) -> None: ...

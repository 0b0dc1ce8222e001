import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterItemRequest(_message.Message):
    __slots__ = ("request_id", "code", "gtin", "description", "base_uom", "lot_controlled", "shelf_life_days", "storage_condition")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    LOT_CONTROLLED_FIELD_NUMBER: _ClassVar[int]
    SHELF_LIFE_DAYS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_CONDITION_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    gtin: str
    description: str
    base_uom: str
    lot_controlled: bool
    shelf_life_days: int
    storage_condition: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., gtin: _Optional[str] = ..., description: _Optional[str] = ..., base_uom: _Optional[str] = ..., lot_controlled: _Optional[bool] = ..., shelf_life_days: _Optional[int] = ..., storage_condition: _Optional[str] = ...) -> None: ...

class Item(_message.Message):
    __slots__ = ("id", "code", "gtin", "description", "base_uom", "lot_controlled", "shelf_life_days", "storage_condition", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    LOT_CONTROLLED_FIELD_NUMBER: _ClassVar[int]
    SHELF_LIFE_DAYS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_CONDITION_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: str
    gtin: str
    description: str
    base_uom: str
    lot_controlled: bool
    shelf_life_days: int
    storage_condition: str
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., gtin: _Optional[str] = ..., description: _Optional[str] = ..., base_uom: _Optional[str] = ..., lot_controlled: _Optional[bool] = ..., shelf_life_days: _Optional[int] = ..., storage_condition: _Optional[str] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetItemRequest(_message.Message):
    __slots__ = ("ref",)
    REF_FIELD_NUMBER: _ClassVar[int]
    ref: str
    def __init__(self, ref: _Optional[str] = ...) -> None: ...

class RegisterLocationRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "level", "kind", "parent_code", "legal_entity", "capacity")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARENT_CODE_FIELD_NUMBER: _ClassVar[int]
    LEGAL_ENTITY_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    level: str
    kind: str
    parent_code: str
    legal_entity: str
    capacity: int
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., level: _Optional[str] = ..., kind: _Optional[str] = ..., parent_code: _Optional[str] = ..., legal_entity: _Optional[str] = ..., capacity: _Optional[int] = ...) -> None: ...

class Location(_message.Message):
    __slots__ = ("id", "code", "name", "level", "kind", "parent_code", "legal_entity", "capacity", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARENT_CODE_FIELD_NUMBER: _ClassVar[int]
    LEGAL_ENTITY_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: str
    name: str
    level: str
    kind: str
    parent_code: str
    legal_entity: str
    capacity: int
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., level: _Optional[str] = ..., kind: _Optional[str] = ..., parent_code: _Optional[str] = ..., legal_entity: _Optional[str] = ..., capacity: _Optional[int] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListLocationsRequest(_message.Message):
    __slots__ = ("parent_code", "level", "kind", "page_size", "page_token")
    PARENT_CODE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    parent_code: str
    level: str
    kind: str
    page_size: int
    page_token: str
    def __init__(self, parent_code: _Optional[str] = ..., level: _Optional[str] = ..., kind: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListLocationsResponse(_message.Message):
    __slots__ = ("locations", "next_page_token")
    LOCATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    locations: _containers.RepeatedCompositeFieldContainer[Location]
    next_page_token: str
    def __init__(self, locations: _Optional[_Iterable[_Union[Location, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

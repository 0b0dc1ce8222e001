import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class UnitConversion(_message.Message):
    __slots__ = ("uom", "factor")
    UOM_FIELD_NUMBER: _ClassVar[int]
    FACTOR_FIELD_NUMBER: _ClassVar[int]
    uom: str
    factor: str
    def __init__(self, uom: _Optional[str] = ..., factor: _Optional[str] = ...) -> None: ...

class RegisterItemRequest(_message.Message):
    __slots__ = ("request_id", "code", "gtin", "description", "base_uom", "lot_controlled", "shelf_life_days", "storage_condition", "item_class", "conversions")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    LOT_CONTROLLED_FIELD_NUMBER: _ClassVar[int]
    SHELF_LIFE_DAYS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_CONDITION_FIELD_NUMBER: _ClassVar[int]
    ITEM_CLASS_FIELD_NUMBER: _ClassVar[int]
    CONVERSIONS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    gtin: str
    description: str
    base_uom: str
    lot_controlled: bool
    shelf_life_days: int
    storage_condition: str
    item_class: str
    conversions: _containers.RepeatedCompositeFieldContainer[UnitConversion]
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., gtin: _Optional[str] = ..., description: _Optional[str] = ..., base_uom: _Optional[str] = ..., lot_controlled: _Optional[bool] = ..., shelf_life_days: _Optional[int] = ..., storage_condition: _Optional[str] = ..., item_class: _Optional[str] = ..., conversions: _Optional[_Iterable[_Union[UnitConversion, _Mapping]]] = ...) -> None: ...

class Item(_message.Message):
    __slots__ = ("id", "code", "gtin", "description", "base_uom", "lot_controlled", "shelf_life_days", "storage_condition", "created_by", "created_at", "item_class", "conversions")
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
    ITEM_CLASS_FIELD_NUMBER: _ClassVar[int]
    CONVERSIONS_FIELD_NUMBER: _ClassVar[int]
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
    item_class: str
    conversions: _containers.RepeatedCompositeFieldContainer[UnitConversion]
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., gtin: _Optional[str] = ..., description: _Optional[str] = ..., base_uom: _Optional[str] = ..., lot_controlled: _Optional[bool] = ..., shelf_life_days: _Optional[int] = ..., storage_condition: _Optional[str] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., item_class: _Optional[str] = ..., conversions: _Optional[_Iterable[_Union[UnitConversion, _Mapping]]] = ...) -> None: ...

class GetItemRequest(_message.Message):
    __slots__ = ("ref",)
    REF_FIELD_NUMBER: _ClassVar[int]
    ref: str
    def __init__(self, ref: _Optional[str] = ...) -> None: ...

class RegisterLocationRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "level", "kind", "parent_code", "legal_entity", "capacity", "time_zone")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PARENT_CODE_FIELD_NUMBER: _ClassVar[int]
    LEGAL_ENTITY_FIELD_NUMBER: _ClassVar[int]
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    level: str
    kind: str
    parent_code: str
    legal_entity: str
    capacity: int
    time_zone: str
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., level: _Optional[str] = ..., kind: _Optional[str] = ..., parent_code: _Optional[str] = ..., legal_entity: _Optional[str] = ..., capacity: _Optional[int] = ..., time_zone: _Optional[str] = ...) -> None: ...

class Location(_message.Message):
    __slots__ = ("id", "code", "name", "level", "kind", "parent_code", "legal_entity", "capacity", "created_by", "created_at", "site_code", "time_zone")
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
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
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
    site_code: str
    time_zone: str
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., level: _Optional[str] = ..., kind: _Optional[str] = ..., parent_code: _Optional[str] = ..., legal_entity: _Optional[str] = ..., capacity: _Optional[int] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., site_code: _Optional[str] = ..., time_zone: _Optional[str] = ...) -> None: ...

class GetLocationRequest(_message.Message):
    __slots__ = ("code",)
    CODE_FIELD_NUMBER: _ClassVar[int]
    code: str
    def __init__(self, code: _Optional[str] = ...) -> None: ...

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

class RegisterPutawayRuleRequest(_message.Message):
    __slots__ = ("request_id", "zone_code", "priority", "item_code", "item_class", "storage_condition", "stock_status")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ZONE_CODE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CLASS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_CONDITION_FIELD_NUMBER: _ClassVar[int]
    STOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    zone_code: str
    priority: int
    item_code: str
    item_class: str
    storage_condition: str
    stock_status: str
    def __init__(self, request_id: _Optional[str] = ..., zone_code: _Optional[str] = ..., priority: _Optional[int] = ..., item_code: _Optional[str] = ..., item_class: _Optional[str] = ..., storage_condition: _Optional[str] = ..., stock_status: _Optional[str] = ...) -> None: ...

class PutawayRule(_message.Message):
    __slots__ = ("id", "zone_code", "priority", "item_code", "item_class", "storage_condition", "stock_status", "created_by")
    ID_FIELD_NUMBER: _ClassVar[int]
    ZONE_CODE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CLASS_FIELD_NUMBER: _ClassVar[int]
    STORAGE_CONDITION_FIELD_NUMBER: _ClassVar[int]
    STOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    id: str
    zone_code: str
    priority: int
    item_code: str
    item_class: str
    storage_condition: str
    stock_status: str
    created_by: str
    def __init__(self, id: _Optional[str] = ..., zone_code: _Optional[str] = ..., priority: _Optional[int] = ..., item_code: _Optional[str] = ..., item_class: _Optional[str] = ..., storage_condition: _Optional[str] = ..., stock_status: _Optional[str] = ..., created_by: _Optional[str] = ...) -> None: ...

class SuggestPutawayRequest(_message.Message):
    __slots__ = ("lot_code", "item_code", "from_location_code", "status")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    from_location_code: str
    status: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class PutawaySuggestion(_message.Message):
    __slots__ = ("lot_code", "item_code", "status", "location_code", "rule_id", "why")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    WHY_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    status: str
    location_code: str
    rule_id: str
    why: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., status: _Optional[str] = ..., location_code: _Optional[str] = ..., rule_id: _Optional[str] = ..., why: _Optional[str] = ...) -> None: ...

class RegisterLotRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "origin", "supplier", "supplier_lot", "production_date", "expiry_date", "tlc_source", "attributes")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    origin: str
    supplier: str
    supplier_lot: str
    production_date: str
    expiry_date: str
    tlc_source: str
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., origin: _Optional[str] = ..., supplier: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., production_date: _Optional[str] = ..., expiry_date: _Optional[str] = ..., tlc_source: _Optional[str] = ..., attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Lot(_message.Message):
    __slots__ = ("id", "lot_code", "item_code", "origin", "supplier", "supplier_lot", "production_date", "expiry_date", "tlc_source", "attributes", "on_hold", "active_holds", "created_by", "created_at")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ON_HOLD_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_HOLDS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    lot_code: str
    item_code: str
    origin: str
    supplier: str
    supplier_lot: str
    production_date: str
    expiry_date: str
    tlc_source: str
    attributes: _containers.ScalarMap[str, str]
    on_hold: bool
    active_holds: _containers.RepeatedScalarFieldContainer[str]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., origin: _Optional[str] = ..., supplier: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., production_date: _Optional[str] = ..., expiry_date: _Optional[str] = ..., tlc_source: _Optional[str] = ..., attributes: _Optional[_Mapping[str, str]] = ..., on_hold: _Optional[bool] = ..., active_holds: _Optional[_Iterable[str]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetLotRequest(_message.Message):
    __slots__ = ("lot_code", "item_code")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ...) -> None: ...

class ListLotMovementsRequest(_message.Message):
    __slots__ = ("lot_code", "item_code", "page_size", "page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    page_size: int
    page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class Movement(_message.Message):
    __slots__ = ("id", "seq", "type", "lot_code", "item_code", "quantity", "uom", "base_quantity", "base_uom", "from_location_code", "from_status", "to_location_code", "to_status", "reason_code", "reference_type", "reference_number", "note", "expiry_override_reason", "reservation_id", "transfer_id", "shipment_id", "actor", "occurred_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    BASE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_OVERRIDE_REASON_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_ID_FIELD_NUMBER: _ClassVar[int]
    SHIPMENT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    seq: int
    type: str
    lot_code: str
    item_code: str
    quantity: str
    uom: str
    base_quantity: str
    base_uom: str
    from_location_code: str
    from_status: str
    to_location_code: str
    to_status: str
    reason_code: str
    reference_type: str
    reference_number: str
    note: str
    expiry_override_reason: str
    reservation_id: str
    transfer_id: str
    shipment_id: str
    actor: str
    occurred_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., seq: _Optional[int] = ..., type: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., base_quantity: _Optional[str] = ..., base_uom: _Optional[str] = ..., from_location_code: _Optional[str] = ..., from_status: _Optional[str] = ..., to_location_code: _Optional[str] = ..., to_status: _Optional[str] = ..., reason_code: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ..., expiry_override_reason: _Optional[str] = ..., reservation_id: _Optional[str] = ..., transfer_id: _Optional[str] = ..., shipment_id: _Optional[str] = ..., actor: _Optional[str] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMovementsResponse(_message.Message):
    __slots__ = ("movements", "next_page_token")
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    movements: _containers.RepeatedCompositeFieldContainer[Movement]
    next_page_token: str
    def __init__(self, movements: _Optional[_Iterable[_Union[Movement, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ReceiveStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "quantity", "uom", "status", "reference_type", "reference_number", "note", "new_lot")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    NEW_LOT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    quantity: str
    uom: str
    status: str
    reference_type: str
    reference_number: str
    note: str
    new_lot: LotAttributes
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., status: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ..., new_lot: _Optional[_Union[LotAttributes, _Mapping]] = ...) -> None: ...

class LotAttributes(_message.Message):
    __slots__ = ("origin", "supplier", "supplier_lot", "production_date", "expiry_date", "tlc_source", "attributes")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    origin: str
    supplier: str
    supplier_lot: str
    production_date: str
    expiry_date: str
    tlc_source: str
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, origin: _Optional[str] = ..., supplier: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., production_date: _Optional[str] = ..., expiry_date: _Optional[str] = ..., tlc_source: _Optional[str] = ..., attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class TransferStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "from_location_code", "to_location_code", "quantity", "uom", "status", "reference_type", "reference_number", "note", "reservation_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    TO_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    from_location_code: str
    to_location_code: str
    quantity: str
    uom: str
    status: str
    reference_type: str
    reference_number: str
    note: str
    reservation_id: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., to_location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., status: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ..., reservation_id: _Optional[str] = ...) -> None: ...

class PutAwayByRuleRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "from_location_code", "quantity", "uom", "status")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    from_location_code: str
    quantity: str
    uom: str
    status: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class ConfirmPutawayRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "from_location_code", "suggested_location_code", "scanned_location_code", "quantity", "uom", "status", "override_reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    SCANNED_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    from_location_code: str
    suggested_location_code: str
    scanned_location_code: str
    quantity: str
    uom: str
    status: str
    override_reason: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., suggested_location_code: _Optional[str] = ..., scanned_location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., status: _Optional[str] = ..., override_reason: _Optional[str] = ...) -> None: ...

class IssueStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "quantity", "uom", "reference_type", "reference_number", "reservation_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    quantity: str
    uom: str
    reference_type: str
    reference_number: str
    reservation_id: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., reservation_id: _Optional[str] = ...) -> None: ...

class ReturnStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "quantity", "uom", "reference_type", "reference_number", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    quantity: str
    uom: str
    reference_type: str
    reference_number: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class DisposeStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "status", "quantity", "uom", "reason_code", "expiry_override_reason", "reference_type", "reference_number", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_OVERRIDE_REASON_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    status: str
    quantity: str
    uom: str
    reason_code: str
    expiry_override_reason: str
    reference_type: str
    reference_number: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., status: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., reason_code: _Optional[str] = ..., expiry_override_reason: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class AdjustStockRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "status", "quantity_change", "uom", "reason_code", "reference_type", "reference_number", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_CHANGE_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    status: str
    quantity_change: str
    uom: str
    reason_code: str
    reference_type: str
    reference_number: str
    note: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., status: _Optional[str] = ..., quantity_change: _Optional[str] = ..., uom: _Optional[str] = ..., reason_code: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class ChangeStockStatusRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "location_code", "from_status", "to_status", "quantity", "uom", "reason_code", "reference_type", "reference_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    location_code: str
    from_status: str
    to_status: str
    quantity: str
    uom: str
    reason_code: str
    reference_type: str
    reference_number: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., from_status: _Optional[str] = ..., to_status: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., reason_code: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ...) -> None: ...

class MovementRequest(_message.Message):
    __slots__ = ("receive", "transfer", "issue", "return_stock", "scrap", "adjust")
    RECEIVE_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_FIELD_NUMBER: _ClassVar[int]
    ISSUE_FIELD_NUMBER: _ClassVar[int]
    RETURN_STOCK_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    ADJUST_FIELD_NUMBER: _ClassVar[int]
    receive: ReceiveStockRequest
    transfer: TransferStockRequest
    issue: IssueStockRequest
    return_stock: ReturnStockRequest
    scrap: DisposeStockRequest
    adjust: AdjustStockRequest
    def __init__(self, receive: _Optional[_Union[ReceiveStockRequest, _Mapping]] = ..., transfer: _Optional[_Union[TransferStockRequest, _Mapping]] = ..., issue: _Optional[_Union[IssueStockRequest, _Mapping]] = ..., return_stock: _Optional[_Union[ReturnStockRequest, _Mapping]] = ..., scrap: _Optional[_Union[DisposeStockRequest, _Mapping]] = ..., adjust: _Optional[_Union[AdjustStockRequest, _Mapping]] = ...) -> None: ...

class PostMovementsRequest(_message.Message):
    __slots__ = ("movements",)
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    movements: _containers.RepeatedCompositeFieldContainer[MovementRequest]
    def __init__(self, movements: _Optional[_Iterable[_Union[MovementRequest, _Mapping]]] = ...) -> None: ...

class MovementResult(_message.Message):
    __slots__ = ("request_id", "movement", "error_code", "error_message", "http_status")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MOVEMENT_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    HTTP_STATUS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    movement: Movement
    error_code: str
    error_message: str
    http_status: int
    def __init__(self, request_id: _Optional[str] = ..., movement: _Optional[_Union[Movement, _Mapping]] = ..., error_code: _Optional[str] = ..., error_message: _Optional[str] = ..., http_status: _Optional[int] = ...) -> None: ...

class PostMovementsResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[MovementResult]
    def __init__(self, results: _Optional[_Iterable[_Union[MovementResult, _Mapping]]] = ...) -> None: ...

class DecideLotRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "decision", "reason", "reference_type", "reference_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    decision: str
    reason: str
    reference_type: str
    reference_number: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., decision: _Optional[str] = ..., reason: _Optional[str] = ..., reference_type: _Optional[str] = ..., reference_number: _Optional[str] = ...) -> None: ...

class HoldLotRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "hold_ref", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    HOLD_REF_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    hold_ref: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., hold_ref: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class LiftHoldRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "hold_ref", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    HOLD_REF_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    hold_ref: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., hold_ref: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class LotStatusResult(_message.Message):
    __slots__ = ("lot_code", "item_code", "on_hold", "active_holds", "movements", "cancelled_reservations")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ON_HOLD_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_HOLDS_FIELD_NUMBER: _ClassVar[int]
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_RESERVATIONS_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    on_hold: bool
    active_holds: _containers.RepeatedScalarFieldContainer[str]
    movements: _containers.RepeatedCompositeFieldContainer[Movement]
    cancelled_reservations: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., on_hold: _Optional[bool] = ..., active_holds: _Optional[_Iterable[str]] = ..., movements: _Optional[_Iterable[_Union[Movement, _Mapping]]] = ..., cancelled_reservations: _Optional[_Iterable[str]] = ...) -> None: ...

class ReserveStockRequest(_message.Message):
    __slots__ = ("request_id", "order_ref", "item_code", "site_code", "quantity", "uom", "need_date", "lot_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_REF_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    NEED_DATE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_ref: str
    item_code: str
    site_code: str
    quantity: str
    uom: str
    need_date: str
    lot_code: str
    def __init__(self, request_id: _Optional[str] = ..., order_ref: _Optional[str] = ..., item_code: _Optional[str] = ..., site_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., need_date: _Optional[str] = ..., lot_code: _Optional[str] = ...) -> None: ...

class Allocation(_message.Message):
    __slots__ = ("id", "lot_code", "location_code", "expiry_date", "allocated", "remaining")
    ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    REMAINING_FIELD_NUMBER: _ClassVar[int]
    id: str
    lot_code: str
    location_code: str
    expiry_date: str
    allocated: str
    remaining: str
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., location_code: _Optional[str] = ..., expiry_date: _Optional[str] = ..., allocated: _Optional[str] = ..., remaining: _Optional[str] = ...) -> None: ...

class Reservation(_message.Message):
    __slots__ = ("id", "order_ref", "item_code", "site_code", "need_date", "quantity", "base_uom", "allocations", "created_by", "created_at", "released_by", "released_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_REF_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    NEED_DATE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    ALLOCATIONS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    RELEASED_BY_FIELD_NUMBER: _ClassVar[int]
    RELEASED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    order_ref: str
    item_code: str
    site_code: str
    need_date: str
    quantity: str
    base_uom: str
    allocations: _containers.RepeatedCompositeFieldContainer[Allocation]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    released_by: str
    released_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., order_ref: _Optional[str] = ..., item_code: _Optional[str] = ..., site_code: _Optional[str] = ..., need_date: _Optional[str] = ..., quantity: _Optional[str] = ..., base_uom: _Optional[str] = ..., allocations: _Optional[_Iterable[_Union[Allocation, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., released_by: _Optional[str] = ..., released_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReleaseReservationRequest(_message.Message):
    __slots__ = ("request_id", "reservation_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    reservation_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., reservation_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class GetReservationRequest(_message.Message):
    __slots__ = ("reservation_id",)
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    reservation_id: str
    def __init__(self, reservation_id: _Optional[str] = ...) -> None: ...

class DispatchTransferRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "from_location_code", "to_site_code", "quantity", "uom", "status", "reference_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    TO_SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    from_location_code: str
    to_site_code: str
    quantity: str
    uom: str
    status: str
    reference_number: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., to_site_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., status: _Optional[str] = ..., reference_number: _Optional[str] = ...) -> None: ...

class ReceiveTransferRequest(_message.Message):
    __slots__ = ("request_id", "transfer_id", "to_location_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    transfer_id: str
    to_location_code: str
    def __init__(self, request_id: _Optional[str] = ..., transfer_id: _Optional[str] = ..., to_location_code: _Optional[str] = ...) -> None: ...

class Transfer(_message.Message):
    __slots__ = ("id", "lot_code", "item_code", "from_location_code", "to_site_code", "quantity", "base_uom", "stock_status", "state", "received_location_code", "movements")
    ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    TO_SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    STOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    id: str
    lot_code: str
    item_code: str
    from_location_code: str
    to_site_code: str
    quantity: str
    base_uom: str
    stock_status: str
    state: str
    received_location_code: str
    movements: _containers.RepeatedCompositeFieldContainer[Movement]
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., from_location_code: _Optional[str] = ..., to_site_code: _Optional[str] = ..., quantity: _Optional[str] = ..., base_uom: _Optional[str] = ..., stock_status: _Optional[str] = ..., state: _Optional[str] = ..., received_location_code: _Optional[str] = ..., movements: _Optional[_Iterable[_Union[Movement, _Mapping]]] = ...) -> None: ...

class ShipmentLine(_message.Message):
    __slots__ = ("lot_code", "item_code", "location_code", "quantity", "uom", "reservation_id")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    location_code: str
    quantity: str
    uom: str
    reservation_id: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., reservation_id: _Optional[str] = ...) -> None: ...

class ShipStockRequest(_message.Message):
    __slots__ = ("request_id", "shipment_number", "customer", "ship_to", "order_ref", "lines")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SHIPMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SHIP_TO_FIELD_NUMBER: _ClassVar[int]
    ORDER_REF_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    shipment_number: str
    customer: str
    ship_to: str
    order_ref: str
    lines: _containers.RepeatedCompositeFieldContainer[ShipmentLine]
    def __init__(self, request_id: _Optional[str] = ..., shipment_number: _Optional[str] = ..., customer: _Optional[str] = ..., ship_to: _Optional[str] = ..., order_ref: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[ShipmentLine, _Mapping]]] = ...) -> None: ...

class ShippingKdes(_message.Message):
    __slots__ = ("traceability_lot_code", "quantity", "unit", "product_description", "ship_to_location", "ship_from_location", "date_shipped", "tlc_source", "reference_document_type", "reference_document_number")
    TRACEABILITY_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SHIP_TO_LOCATION_FIELD_NUMBER: _ClassVar[int]
    SHIP_FROM_LOCATION_FIELD_NUMBER: _ClassVar[int]
    DATE_SHIPPED_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    traceability_lot_code: str
    quantity: str
    unit: str
    product_description: str
    ship_to_location: str
    ship_from_location: str
    date_shipped: str
    tlc_source: str
    reference_document_type: str
    reference_document_number: str
    def __init__(self, traceability_lot_code: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., product_description: _Optional[str] = ..., ship_to_location: _Optional[str] = ..., ship_from_location: _Optional[str] = ..., date_shipped: _Optional[str] = ..., tlc_source: _Optional[str] = ..., reference_document_type: _Optional[str] = ..., reference_document_number: _Optional[str] = ...) -> None: ...

class Shipment(_message.Message):
    __slots__ = ("id", "shipment_number", "customer", "ship_to", "ship_from_site_code", "order_ref", "shipped_by", "shipped_at", "movements", "kdes")
    ID_FIELD_NUMBER: _ClassVar[int]
    SHIPMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SHIP_TO_FIELD_NUMBER: _ClassVar[int]
    SHIP_FROM_SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    ORDER_REF_FIELD_NUMBER: _ClassVar[int]
    SHIPPED_BY_FIELD_NUMBER: _ClassVar[int]
    SHIPPED_AT_FIELD_NUMBER: _ClassVar[int]
    MOVEMENTS_FIELD_NUMBER: _ClassVar[int]
    KDES_FIELD_NUMBER: _ClassVar[int]
    id: str
    shipment_number: str
    customer: str
    ship_to: str
    ship_from_site_code: str
    order_ref: str
    shipped_by: str
    shipped_at: _timestamp_pb2.Timestamp
    movements: _containers.RepeatedCompositeFieldContainer[Movement]
    kdes: _containers.RepeatedCompositeFieldContainer[ShippingKdes]
    def __init__(self, id: _Optional[str] = ..., shipment_number: _Optional[str] = ..., customer: _Optional[str] = ..., ship_to: _Optional[str] = ..., ship_from_site_code: _Optional[str] = ..., order_ref: _Optional[str] = ..., shipped_by: _Optional[str] = ..., shipped_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., movements: _Optional[_Iterable[_Union[Movement, _Mapping]]] = ..., kdes: _Optional[_Iterable[_Union[ShippingKdes, _Mapping]]] = ...) -> None: ...

class ListOnHandRequest(_message.Message):
    __slots__ = ("item_code", "lot_code", "location_code", "status", "page_size", "page_token")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    lot_code: str
    location_code: str
    status: str
    page_size: int
    page_token: str
    def __init__(self, item_code: _Optional[str] = ..., lot_code: _Optional[str] = ..., location_code: _Optional[str] = ..., status: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class Balance(_message.Message):
    __slots__ = ("lot_code", "item_code", "location_code", "site_code", "status", "quantity", "reserved", "available_to_promise", "base_uom", "expiry_date")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    RESERVED_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_TO_PROMISE_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    location_code: str
    site_code: str
    status: str
    quantity: str
    reserved: str
    available_to_promise: str
    base_uom: str
    expiry_date: str
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., location_code: _Optional[str] = ..., site_code: _Optional[str] = ..., status: _Optional[str] = ..., quantity: _Optional[str] = ..., reserved: _Optional[str] = ..., available_to_promise: _Optional[str] = ..., base_uom: _Optional[str] = ..., expiry_date: _Optional[str] = ...) -> None: ...

class StatusTotal(_message.Message):
    __slots__ = ("status", "quantity", "reserved")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    RESERVED_FIELD_NUMBER: _ClassVar[int]
    status: str
    quantity: str
    reserved: str
    def __init__(self, status: _Optional[str] = ..., quantity: _Optional[str] = ..., reserved: _Optional[str] = ...) -> None: ...

class ListOnHandResponse(_message.Message):
    __slots__ = ("balances", "totals", "next_page_token")
    BALANCES_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    balances: _containers.RepeatedCompositeFieldContainer[Balance]
    totals: _containers.RepeatedCompositeFieldContainer[StatusTotal]
    next_page_token: str
    def __init__(self, balances: _Optional[_Iterable[_Union[Balance, _Mapping]]] = ..., totals: _Optional[_Iterable[_Union[StatusTotal, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListStockBySiteRequest(_message.Message):
    __slots__ = ("site_code", "item_code", "page_size", "page_token")
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    site_code: str
    item_code: str
    page_size: int
    page_token: str
    def __init__(self, site_code: _Optional[str] = ..., item_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SiteStock(_message.Message):
    __slots__ = ("site_code", "item_code", "status", "quantity", "reserved", "in_transit_to_site", "base_uom")
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    RESERVED_FIELD_NUMBER: _ClassVar[int]
    IN_TRANSIT_TO_SITE_FIELD_NUMBER: _ClassVar[int]
    BASE_UOM_FIELD_NUMBER: _ClassVar[int]
    site_code: str
    item_code: str
    status: str
    quantity: str
    reserved: str
    in_transit_to_site: str
    base_uom: str
    def __init__(self, site_code: _Optional[str] = ..., item_code: _Optional[str] = ..., status: _Optional[str] = ..., quantity: _Optional[str] = ..., reserved: _Optional[str] = ..., in_transit_to_site: _Optional[str] = ..., base_uom: _Optional[str] = ...) -> None: ...

class ListStockBySiteResponse(_message.Message):
    __slots__ = ("rows", "next_page_token")
    ROWS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[SiteStock]
    next_page_token: str
    def __init__(self, rows: _Optional[_Iterable[_Union[SiteStock, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CheckLedgerRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LedgerDiscrepancy(_message.Message):
    __slots__ = ("lot_id", "location_id", "status", "balance_qty", "ledger_qty", "balance_reserved", "ledger_reserved", "allocated")
    LOT_ID_FIELD_NUMBER: _ClassVar[int]
    LOCATION_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BALANCE_QTY_FIELD_NUMBER: _ClassVar[int]
    LEDGER_QTY_FIELD_NUMBER: _ClassVar[int]
    BALANCE_RESERVED_FIELD_NUMBER: _ClassVar[int]
    LEDGER_RESERVED_FIELD_NUMBER: _ClassVar[int]
    ALLOCATED_FIELD_NUMBER: _ClassVar[int]
    lot_id: str
    location_id: str
    status: str
    balance_qty: str
    ledger_qty: str
    balance_reserved: str
    ledger_reserved: str
    allocated: str
    def __init__(self, lot_id: _Optional[str] = ..., location_id: _Optional[str] = ..., status: _Optional[str] = ..., balance_qty: _Optional[str] = ..., ledger_qty: _Optional[str] = ..., balance_reserved: _Optional[str] = ..., ledger_reserved: _Optional[str] = ..., allocated: _Optional[str] = ...) -> None: ...

class LedgerCheck(_message.Message):
    __slots__ = ("balances_checked", "discrepancies")
    BALANCES_CHECKED_FIELD_NUMBER: _ClassVar[int]
    DISCREPANCIES_FIELD_NUMBER: _ClassVar[int]
    balances_checked: int
    discrepancies: _containers.RepeatedCompositeFieldContainer[LedgerDiscrepancy]
    def __init__(self, balances_checked: _Optional[int] = ..., discrepancies: _Optional[_Iterable[_Union[LedgerDiscrepancy, _Mapping]]] = ...) -> None: ...

import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BomAlternateSpec(_message.Message):
    __slots__ = ("item_code", "ratio", "valid_from", "valid_to", "priority")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    ratio: str
    valid_from: str
    valid_to: str
    priority: int
    def __init__(self, item_code: _Optional[str] = ..., ratio: _Optional[str] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., priority: _Optional[int] = ...) -> None: ...

class BomComponentSpec(_message.Message):
    __slots__ = ("line_no", "item_code", "quantity_per", "uom", "scrap_factor", "operation_seq", "issue_policy", "alternates")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_PER_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    ISSUE_POLICY_FIELD_NUMBER: _ClassVar[int]
    ALTERNATES_FIELD_NUMBER: _ClassVar[int]
    line_no: int
    item_code: str
    quantity_per: str
    uom: str
    scrap_factor: str
    operation_seq: int
    issue_policy: str
    alternates: _containers.RepeatedCompositeFieldContainer[BomAlternateSpec]
    def __init__(self, line_no: _Optional[int] = ..., item_code: _Optional[str] = ..., quantity_per: _Optional[str] = ..., uom: _Optional[str] = ..., scrap_factor: _Optional[str] = ..., operation_seq: _Optional[int] = ..., issue_policy: _Optional[str] = ..., alternates: _Optional[_Iterable[_Union[BomAlternateSpec, _Mapping]]] = ...) -> None: ...

class BomOutputSpec(_message.Message):
    __slots__ = ("item_code", "quantity_per", "uom", "kind", "lot_tracked")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_PER_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LOT_TRACKED_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    quantity_per: str
    uom: str
    kind: str
    lot_tracked: bool
    def __init__(self, item_code: _Optional[str] = ..., quantity_per: _Optional[str] = ..., uom: _Optional[str] = ..., kind: _Optional[str] = ..., lot_tracked: _Optional[bool] = ...) -> None: ...

class DefineBomRequest(_message.Message):
    __slots__ = ("request_id", "item_code", "version", "valid_from", "valid_to", "output_quantity", "output_uom", "components", "outputs")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_UOM_FIELD_NUMBER: _ClassVar[int]
    COMPONENTS_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    item_code: str
    version: int
    valid_from: str
    valid_to: str
    output_quantity: str
    output_uom: str
    components: _containers.RepeatedCompositeFieldContainer[BomComponentSpec]
    outputs: _containers.RepeatedCompositeFieldContainer[BomOutputSpec]
    def __init__(self, request_id: _Optional[str] = ..., item_code: _Optional[str] = ..., version: _Optional[int] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., output_quantity: _Optional[str] = ..., output_uom: _Optional[str] = ..., components: _Optional[_Iterable[_Union[BomComponentSpec, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[BomOutputSpec, _Mapping]]] = ...) -> None: ...

class BomAlternate(_message.Message):
    __slots__ = ("id", "item_code", "ratio", "valid_from", "valid_to", "priority", "approved_by", "approved_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    ratio: str
    valid_from: str
    valid_to: str
    priority: int
    approved_by: str
    approved_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., ratio: _Optional[str] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., priority: _Optional[int] = ..., approved_by: _Optional[str] = ..., approved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BomComponent(_message.Message):
    __slots__ = ("id", "line_no", "item_code", "quantity_per", "uom", "scrap_factor", "operation_seq", "issue_policy", "alternates")
    ID_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_PER_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FACTOR_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    ISSUE_POLICY_FIELD_NUMBER: _ClassVar[int]
    ALTERNATES_FIELD_NUMBER: _ClassVar[int]
    id: str
    line_no: int
    item_code: str
    quantity_per: str
    uom: str
    scrap_factor: str
    operation_seq: int
    issue_policy: str
    alternates: _containers.RepeatedCompositeFieldContainer[BomAlternate]
    def __init__(self, id: _Optional[str] = ..., line_no: _Optional[int] = ..., item_code: _Optional[str] = ..., quantity_per: _Optional[str] = ..., uom: _Optional[str] = ..., scrap_factor: _Optional[str] = ..., operation_seq: _Optional[int] = ..., issue_policy: _Optional[str] = ..., alternates: _Optional[_Iterable[_Union[BomAlternate, _Mapping]]] = ...) -> None: ...

class BomOutput(_message.Message):
    __slots__ = ("id", "item_code", "quantity_per", "uom", "kind", "lot_tracked")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_PER_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LOT_TRACKED_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    quantity_per: str
    uom: str
    kind: str
    lot_tracked: bool
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity_per: _Optional[str] = ..., uom: _Optional[str] = ..., kind: _Optional[str] = ..., lot_tracked: _Optional[bool] = ...) -> None: ...

class Bom(_message.Message):
    __slots__ = ("id", "item_code", "version", "valid_from", "valid_to", "output_quantity", "output_uom", "components", "outputs", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_UOM_FIELD_NUMBER: _ClassVar[int]
    COMPONENTS_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    version: int
    valid_from: str
    valid_to: str
    output_quantity: str
    output_uom: str
    components: _containers.RepeatedCompositeFieldContainer[BomComponent]
    outputs: _containers.RepeatedCompositeFieldContainer[BomOutput]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., version: _Optional[int] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., output_quantity: _Optional[str] = ..., output_uom: _Optional[str] = ..., components: _Optional[_Iterable[_Union[BomComponent, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[BomOutput, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetBomRequest(_message.Message):
    __slots__ = ("item_code", "version", "on_date")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ON_DATE_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    version: int
    on_date: str
    def __init__(self, item_code: _Optional[str] = ..., version: _Optional[int] = ..., on_date: _Optional[str] = ...) -> None: ...

class ListBomsRequest(_message.Message):
    __slots__ = ("item_code", "page_size", "page_token")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    page_size: int
    page_token: str
    def __init__(self, item_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListBomsResponse(_message.Message):
    __slots__ = ("boms", "next_page_token")
    BOMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    boms: _containers.RepeatedCompositeFieldContainer[Bom]
    next_page_token: str
    def __init__(self, boms: _Optional[_Iterable[_Union[Bom, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RoutingOperationSpec(_message.Message):
    __slots__ = ("seq", "code", "work_center_code", "setup_minutes", "run_minutes_per_unit", "reworkable", "rework_to_seq")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    SETUP_MINUTES_FIELD_NUMBER: _ClassVar[int]
    RUN_MINUTES_PER_UNIT_FIELD_NUMBER: _ClassVar[int]
    REWORKABLE_FIELD_NUMBER: _ClassVar[int]
    REWORK_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    seq: int
    code: str
    work_center_code: str
    setup_minutes: str
    run_minutes_per_unit: str
    reworkable: bool
    rework_to_seq: int
    def __init__(self, seq: _Optional[int] = ..., code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., setup_minutes: _Optional[str] = ..., run_minutes_per_unit: _Optional[str] = ..., reworkable: _Optional[bool] = ..., rework_to_seq: _Optional[int] = ...) -> None: ...

class DefineRoutingRequest(_message.Message):
    __slots__ = ("request_id", "item_code", "version", "valid_from", "valid_to", "operations")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    item_code: str
    version: int
    valid_from: str
    valid_to: str
    operations: _containers.RepeatedCompositeFieldContainer[RoutingOperationSpec]
    def __init__(self, request_id: _Optional[str] = ..., item_code: _Optional[str] = ..., version: _Optional[int] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., operations: _Optional[_Iterable[_Union[RoutingOperationSpec, _Mapping]]] = ...) -> None: ...

class RoutingOperation(_message.Message):
    __slots__ = ("id", "seq", "code", "work_center_code", "setup_minutes", "run_minutes_per_unit", "reworkable", "rework_to_seq")
    ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    SETUP_MINUTES_FIELD_NUMBER: _ClassVar[int]
    RUN_MINUTES_PER_UNIT_FIELD_NUMBER: _ClassVar[int]
    REWORKABLE_FIELD_NUMBER: _ClassVar[int]
    REWORK_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    id: str
    seq: int
    code: str
    work_center_code: str
    setup_minutes: str
    run_minutes_per_unit: str
    reworkable: bool
    rework_to_seq: int
    def __init__(self, id: _Optional[str] = ..., seq: _Optional[int] = ..., code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., setup_minutes: _Optional[str] = ..., run_minutes_per_unit: _Optional[str] = ..., reworkable: _Optional[bool] = ..., rework_to_seq: _Optional[int] = ...) -> None: ...

class Routing(_message.Message):
    __slots__ = ("id", "item_code", "version", "valid_from", "valid_to", "operations", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    VALID_FROM_FIELD_NUMBER: _ClassVar[int]
    VALID_TO_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    version: int
    valid_from: str
    valid_to: str
    operations: _containers.RepeatedCompositeFieldContainer[RoutingOperation]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., version: _Optional[int] = ..., valid_from: _Optional[str] = ..., valid_to: _Optional[str] = ..., operations: _Optional[_Iterable[_Union[RoutingOperation, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetRoutingRequest(_message.Message):
    __slots__ = ("item_code", "version", "on_date")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ON_DATE_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    version: int
    on_date: str
    def __init__(self, item_code: _Optional[str] = ..., version: _Optional[int] = ..., on_date: _Optional[str] = ...) -> None: ...

class CreateOrderRequest(_message.Message):
    __slots__ = ("request_id", "number", "item_code", "quantity", "uom", "due_date", "site_code", "output_location_code")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    item_code: str
    quantity: str
    uom: str
    due_date: str
    site_code: str
    output_location_code: str
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., due_date: _Optional[str] = ..., site_code: _Optional[str] = ..., output_location_code: _Optional[str] = ...) -> None: ...

class ReleaseOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ...) -> None: ...

class OrderMaterial(_message.Message):
    __slots__ = ("line_no", "item_code", "uom", "required_quantity", "operation_seq", "issue_policy", "line_side_location_code", "reservation_id", "staged_quantity", "consumed_quantity", "substitutes_line_no", "ratio", "status", "bom_component_id")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    ISSUE_POLICY_FIELD_NUMBER: _ClassVar[int]
    LINE_SIDE_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    STAGED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    CONSUMED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTES_LINE_NO_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BOM_COMPONENT_ID_FIELD_NUMBER: _ClassVar[int]
    line_no: int
    item_code: str
    uom: str
    required_quantity: str
    operation_seq: int
    issue_policy: str
    line_side_location_code: str
    reservation_id: str
    staged_quantity: str
    consumed_quantity: str
    substitutes_line_no: int
    ratio: str
    status: str
    bom_component_id: str
    def __init__(self, line_no: _Optional[int] = ..., item_code: _Optional[str] = ..., uom: _Optional[str] = ..., required_quantity: _Optional[str] = ..., operation_seq: _Optional[int] = ..., issue_policy: _Optional[str] = ..., line_side_location_code: _Optional[str] = ..., reservation_id: _Optional[str] = ..., staged_quantity: _Optional[str] = ..., consumed_quantity: _Optional[str] = ..., substitutes_line_no: _Optional[int] = ..., ratio: _Optional[str] = ..., status: _Optional[str] = ..., bom_component_id: _Optional[str] = ...) -> None: ...

class OrderOperation(_message.Message):
    __slots__ = ("seq", "code", "work_center_code", "status", "received_quantity", "good_quantity", "scrap_quantity", "rework_out_quantity", "rework_in_quantity", "started_at", "completed_at", "last_event_at", "started_by")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    GOOD_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    SCRAP_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REWORK_OUT_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REWORK_IN_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_EVENT_AT_FIELD_NUMBER: _ClassVar[int]
    STARTED_BY_FIELD_NUMBER: _ClassVar[int]
    seq: int
    code: str
    work_center_code: str
    status: str
    received_quantity: str
    good_quantity: str
    scrap_quantity: str
    rework_out_quantity: str
    rework_in_quantity: str
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    last_event_at: _timestamp_pb2.Timestamp
    started_by: str
    def __init__(self, seq: _Optional[int] = ..., code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., status: _Optional[str] = ..., received_quantity: _Optional[str] = ..., good_quantity: _Optional[str] = ..., scrap_quantity: _Optional[str] = ..., rework_out_quantity: _Optional[str] = ..., rework_in_quantity: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_event_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., started_by: _Optional[str] = ...) -> None: ...

class OrderEvent(_message.Message):
    __slots__ = ("at", "kind", "detail_json", "actor")
    AT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DETAIL_JSON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    at: _timestamp_pb2.Timestamp
    kind: str
    detail_json: str
    actor: str
    def __init__(self, at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., kind: _Optional[str] = ..., detail_json: _Optional[str] = ..., actor: _Optional[str] = ...) -> None: ...

class Substitution(_message.Message):
    __slots__ = ("id", "order_number", "line_no", "substitute_item_code", "ratio", "quantity", "reason", "requested_by", "decided_by", "status", "workflow_id", "created_at", "decided_at", "uom")
    ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_BY_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    ratio: str
    quantity: str
    reason: str
    requested_by: str
    decided_by: str
    status: str
    workflow_id: str
    created_at: _timestamp_pb2.Timestamp
    decided_at: _timestamp_pb2.Timestamp
    uom: str
    def __init__(self, id: _Optional[str] = ..., order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., substitute_item_code: _Optional[str] = ..., ratio: _Optional[str] = ..., quantity: _Optional[str] = ..., reason: _Optional[str] = ..., requested_by: _Optional[str] = ..., decided_by: _Optional[str] = ..., status: _Optional[str] = ..., workflow_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., uom: _Optional[str] = ...) -> None: ...

class Order(_message.Message):
    __slots__ = ("id", "number", "item_code", "quantity", "uom", "due_date", "site_code", "status", "bom_version", "routing_version", "output_lot_code", "output_location_code", "blocked", "blocked_reason", "created_by", "created_at", "released_at", "completed_at", "closed_at", "materials", "operations", "history", "substitutions", "bom_id", "routing_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BOM_VERSION_FIELD_NUMBER: _ClassVar[int]
    ROUTING_VERSION_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    RELEASED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    MATERIALS_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTIONS_FIELD_NUMBER: _ClassVar[int]
    BOM_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTING_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    number: str
    item_code: str
    quantity: str
    uom: str
    due_date: str
    site_code: str
    status: str
    bom_version: int
    routing_version: int
    output_lot_code: str
    output_location_code: str
    blocked: bool
    blocked_reason: str
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    released_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    closed_at: _timestamp_pb2.Timestamp
    materials: _containers.RepeatedCompositeFieldContainer[OrderMaterial]
    operations: _containers.RepeatedCompositeFieldContainer[OrderOperation]
    history: _containers.RepeatedCompositeFieldContainer[OrderEvent]
    substitutions: _containers.RepeatedCompositeFieldContainer[Substitution]
    bom_id: str
    routing_id: str
    def __init__(self, id: _Optional[str] = ..., number: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., due_date: _Optional[str] = ..., site_code: _Optional[str] = ..., status: _Optional[str] = ..., bom_version: _Optional[int] = ..., routing_version: _Optional[int] = ..., output_lot_code: _Optional[str] = ..., output_location_code: _Optional[str] = ..., blocked: _Optional[bool] = ..., blocked_reason: _Optional[str] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., released_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., materials: _Optional[_Iterable[_Union[OrderMaterial, _Mapping]]] = ..., operations: _Optional[_Iterable[_Union[OrderOperation, _Mapping]]] = ..., history: _Optional[_Iterable[_Union[OrderEvent, _Mapping]]] = ..., substitutions: _Optional[_Iterable[_Union[Substitution, _Mapping]]] = ..., bom_id: _Optional[str] = ..., routing_id: _Optional[str] = ...) -> None: ...

class GetOrderRequest(_message.Message):
    __slots__ = ("ref",)
    REF_FIELD_NUMBER: _ClassVar[int]
    ref: str
    def __init__(self, ref: _Optional[str] = ...) -> None: ...

class ListOrdersRequest(_message.Message):
    __slots__ = ("status", "site_code", "item_code", "page_size", "page_token")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    status: str
    site_code: str
    item_code: str
    page_size: int
    page_token: str
    def __init__(self, status: _Optional[str] = ..., site_code: _Optional[str] = ..., item_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class OrderSummary(_message.Message):
    __slots__ = ("number", "item_code", "quantity", "uom", "due_date", "site_code", "status", "blocked", "blocked_reason", "output_lot_code")
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    SITE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_REASON_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    number: str
    item_code: str
    quantity: str
    uom: str
    due_date: str
    site_code: str
    status: str
    blocked: bool
    blocked_reason: str
    output_lot_code: str
    def __init__(self, number: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., due_date: _Optional[str] = ..., site_code: _Optional[str] = ..., status: _Optional[str] = ..., blocked: _Optional[bool] = ..., blocked_reason: _Optional[str] = ..., output_lot_code: _Optional[str] = ...) -> None: ...

class ListOrdersResponse(_message.Message):
    __slots__ = ("orders", "next_page_token")
    ORDERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    orders: _containers.RepeatedCompositeFieldContainer[OrderSummary]
    next_page_token: str
    def __init__(self, orders: _Optional[_Iterable[_Union[OrderSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class BlockOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class UnblockOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CancelOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class CloseOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ...) -> None: ...

class CheckSubstituteRequest(_message.Message):
    __slots__ = ("order_number", "line_no", "substitute_item_code")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    line_no: int
    substitute_item_code: str
    def __init__(self, order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., substitute_item_code: _Optional[str] = ...) -> None: ...

class SubstituteCheck(_message.Message):
    __slots__ = ("order_number", "line_no", "primary_item_code", "substitute_item_code", "ratio", "quantity_needed", "uom", "issuable_quantity", "sufficient", "priority")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_NEEDED_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    ISSUABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    SUFFICIENT_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    line_no: int
    primary_item_code: str
    substitute_item_code: str
    ratio: str
    quantity_needed: str
    uom: str
    issuable_quantity: str
    sufficient: bool
    priority: int
    def __init__(self, order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., primary_item_code: _Optional[str] = ..., substitute_item_code: _Optional[str] = ..., ratio: _Optional[str] = ..., quantity_needed: _Optional[str] = ..., uom: _Optional[str] = ..., issuable_quantity: _Optional[str] = ..., sufficient: _Optional[bool] = ..., priority: _Optional[int] = ...) -> None: ...

class OpenSubstitutionRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "line_no", "substitute_item_code", "reason", "workflow_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    reason: str
    workflow_id: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., substitute_item_code: _Optional[str] = ..., reason: _Optional[str] = ..., workflow_id: _Optional[str] = ...) -> None: ...

class DecideSubstitutionRequest(_message.Message):
    __slots__ = ("request_id", "substitution_id", "approve", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTION_ID_FIELD_NUMBER: _ClassVar[int]
    APPROVE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    substitution_id: str
    approve: bool
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., substitution_id: _Optional[str] = ..., approve: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class RecordSubstitutionRequest(_message.Message):
    __slots__ = ("request_id", "substitution_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    substitution_id: str
    def __init__(self, request_id: _Optional[str] = ..., substitution_id: _Optional[str] = ...) -> None: ...

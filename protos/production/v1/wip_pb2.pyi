import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RecordOperationStartRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ...) -> None: ...

class RecordOperationReportRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq", "good", "scrap", "scrap_reason_code", "rework", "rework_to_seq", "note")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    GOOD_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    SCRAP_REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REWORK_FIELD_NUMBER: _ClassVar[int]
    REWORK_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    good: str
    scrap: str
    scrap_reason_code: str
    rework: str
    rework_to_seq: int
    note: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., good: _Optional[str] = ..., scrap: _Optional[str] = ..., scrap_reason_code: _Optional[str] = ..., rework: _Optional[str] = ..., rework_to_seq: _Optional[int] = ..., note: _Optional[str] = ...) -> None: ...

class RecordOperationCompletionRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ...) -> None: ...

class OperationPosition(_message.Message):
    __slots__ = ("seq", "code", "work_center_code", "status", "received", "good", "scrap", "rework_out", "rework_in", "available", "started_at", "completed_at", "last_event_at")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_FIELD_NUMBER: _ClassVar[int]
    GOOD_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    REWORK_OUT_FIELD_NUMBER: _ClassVar[int]
    REWORK_IN_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_EVENT_AT_FIELD_NUMBER: _ClassVar[int]
    seq: int
    code: str
    work_center_code: str
    status: str
    received: str
    good: str
    scrap: str
    rework_out: str
    rework_in: str
    available: str
    started_at: _timestamp_pb2.Timestamp
    completed_at: _timestamp_pb2.Timestamp
    last_event_at: _timestamp_pb2.Timestamp
    def __init__(self, seq: _Optional[int] = ..., code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., status: _Optional[str] = ..., received: _Optional[str] = ..., good: _Optional[str] = ..., scrap: _Optional[str] = ..., rework_out: _Optional[str] = ..., rework_in: _Optional[str] = ..., available: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_event_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OperationReport(_message.Message):
    __slots__ = ("id", "kind", "good", "scrap", "scrap_reason_code", "rework", "rework_to_seq", "note", "reported_by", "reported_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    GOOD_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    SCRAP_REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    REWORK_FIELD_NUMBER: _ClassVar[int]
    REWORK_TO_SEQ_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    REPORTED_BY_FIELD_NUMBER: _ClassVar[int]
    REPORTED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: str
    good: str
    scrap: str
    scrap_reason_code: str
    rework: str
    rework_to_seq: int
    note: str
    reported_by: str
    reported_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[str] = ..., good: _Optional[str] = ..., scrap: _Optional[str] = ..., scrap_reason_code: _Optional[str] = ..., rework: _Optional[str] = ..., rework_to_seq: _Optional[int] = ..., note: _Optional[str] = ..., reported_by: _Optional[str] = ..., reported_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OperationRecord(_message.Message):
    __slots__ = ("order_number", "order_status", "operation", "report")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ORDER_STATUS_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    REPORT_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    order_status: str
    operation: OperationPosition
    report: OperationReport
    def __init__(self, order_number: _Optional[str] = ..., order_status: _Optional[str] = ..., operation: _Optional[_Union[OperationPosition, _Mapping]] = ..., report: _Optional[_Union[OperationReport, _Mapping]] = ...) -> None: ...

class IssueMaterialRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq", "lot_code", "quantity", "uom", "line_no", "variance_reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    lot_code: str
    quantity: str
    uom: str
    line_no: int
    variance_reason: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., lot_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., line_no: _Optional[int] = ..., variance_reason: _Optional[str] = ...) -> None: ...

class Consumption(_message.Message):
    __slots__ = ("id", "order_number", "operation_seq", "line_no", "lot_code", "item_code", "quantity", "uom", "method", "standard_quantity", "variance_quantity", "variance_reason", "warehouse_movement_id", "output_lot_code", "consumed_by", "consumed_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    STANDARD_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_REASON_FIELD_NUMBER: _ClassVar[int]
    WAREHOUSE_MOVEMENT_ID_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    CONSUMED_BY_FIELD_NUMBER: _ClassVar[int]
    CONSUMED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    order_number: str
    operation_seq: int
    line_no: int
    lot_code: str
    item_code: str
    quantity: str
    uom: str
    method: str
    standard_quantity: str
    variance_quantity: str
    variance_reason: str
    warehouse_movement_id: str
    output_lot_code: str
    consumed_by: str
    consumed_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., line_no: _Optional[int] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., method: _Optional[str] = ..., standard_quantity: _Optional[str] = ..., variance_quantity: _Optional[str] = ..., variance_reason: _Optional[str] = ..., warehouse_movement_id: _Optional[str] = ..., output_lot_code: _Optional[str] = ..., consumed_by: _Optional[str] = ..., consumed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BackflushRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq", "policy")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    policy: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., policy: _Optional[str] = ...) -> None: ...

class BackflushResponse(_message.Message):
    __slots__ = ("order_number", "consumptions")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTIONS_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    consumptions: _containers.RepeatedCompositeFieldContainer[Consumption]
    def __init__(self, order_number: _Optional[str] = ..., consumptions: _Optional[_Iterable[_Union[Consumption, _Mapping]]] = ...) -> None: ...

class ProduceOutputRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "quantity", "uom")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    quantity: str
    uom: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ...) -> None: ...

class OrderOutput(_message.Message):
    __slots__ = ("lot_code", "item_code", "quantity", "uom", "kind", "location_code", "status", "production_date", "expiry_date", "produced_by", "produced_at")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    PRODUCED_BY_FIELD_NUMBER: _ClassVar[int]
    PRODUCED_AT_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    item_code: str
    quantity: str
    uom: str
    kind: str
    location_code: str
    status: str
    production_date: str
    expiry_date: str
    produced_by: str
    produced_at: _timestamp_pb2.Timestamp
    def __init__(self, lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., kind: _Optional[str] = ..., location_code: _Optional[str] = ..., status: _Optional[str] = ..., production_date: _Optional[str] = ..., expiry_date: _Optional[str] = ..., produced_by: _Optional[str] = ..., produced_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ProduceOutputResponse(_message.Message):
    __slots__ = ("order_number", "outputs")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    outputs: _containers.RepeatedCompositeFieldContainer[OrderOutput]
    def __init__(self, order_number: _Optional[str] = ..., outputs: _Optional[_Iterable[_Union[OrderOutput, _Mapping]]] = ...) -> None: ...

class CompleteOrderRequest(_message.Message):
    __slots__ = ("request_id", "order_number")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ...) -> None: ...

class StagedReturn(_message.Message):
    __slots__ = ("line_no", "lot_code", "item_code", "quantity", "uom", "location_code")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    LOCATION_CODE_FIELD_NUMBER: _ClassVar[int]
    line_no: int
    lot_code: str
    item_code: str
    quantity: str
    uom: str
    location_code: str
    def __init__(self, line_no: _Optional[int] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., location_code: _Optional[str] = ...) -> None: ...

class MaterialVariance(_message.Message):
    __slots__ = ("line_no", "item_code", "standard", "consumed", "variance", "uom")
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    STANDARD_FIELD_NUMBER: _ClassVar[int]
    CONSUMED_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    line_no: int
    item_code: str
    standard: str
    consumed: str
    variance: str
    uom: str
    def __init__(self, line_no: _Optional[int] = ..., item_code: _Optional[str] = ..., standard: _Optional[str] = ..., consumed: _Optional[str] = ..., variance: _Optional[str] = ..., uom: _Optional[str] = ...) -> None: ...

class OrderCompletion(_message.Message):
    __slots__ = ("order_number", "status", "order_quantity", "output_quantity", "yield_ratio", "backflushed", "returned", "variances", "completed_at")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ORDER_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    YIELD_RATIO_FIELD_NUMBER: _ClassVar[int]
    BACKFLUSHED_FIELD_NUMBER: _ClassVar[int]
    RETURNED_FIELD_NUMBER: _ClassVar[int]
    VARIANCES_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    status: str
    order_quantity: str
    output_quantity: str
    yield_ratio: str
    backflushed: _containers.RepeatedCompositeFieldContainer[Consumption]
    returned: _containers.RepeatedCompositeFieldContainer[StagedReturn]
    variances: _containers.RepeatedCompositeFieldContainer[MaterialVariance]
    completed_at: _timestamp_pb2.Timestamp
    def __init__(self, order_number: _Optional[str] = ..., status: _Optional[str] = ..., order_quantity: _Optional[str] = ..., output_quantity: _Optional[str] = ..., yield_ratio: _Optional[str] = ..., backflushed: _Optional[_Iterable[_Union[Consumption, _Mapping]]] = ..., returned: _Optional[_Iterable[_Union[StagedReturn, _Mapping]]] = ..., variances: _Optional[_Iterable[_Union[MaterialVariance, _Mapping]]] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetWipRequest(_message.Message):
    __slots__ = ("order_number", "work_center_code", "page_size", "page_token")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    work_center_code: str
    page_size: int
    page_token: str
    def __init__(self, order_number: _Optional[str] = ..., work_center_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class WipPosition(_message.Message):
    __slots__ = ("order_number", "item_code", "seq", "code", "work_center_code", "status", "queued", "in_process", "good", "scrap", "rework_out", "rework_in", "elapsed_seconds", "queue_seconds")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUEUED_FIELD_NUMBER: _ClassVar[int]
    IN_PROCESS_FIELD_NUMBER: _ClassVar[int]
    GOOD_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    REWORK_OUT_FIELD_NUMBER: _ClassVar[int]
    REWORK_IN_FIELD_NUMBER: _ClassVar[int]
    ELAPSED_SECONDS_FIELD_NUMBER: _ClassVar[int]
    QUEUE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    item_code: str
    seq: int
    code: str
    work_center_code: str
    status: str
    queued: str
    in_process: str
    good: str
    scrap: str
    rework_out: str
    rework_in: str
    elapsed_seconds: int
    queue_seconds: int
    def __init__(self, order_number: _Optional[str] = ..., item_code: _Optional[str] = ..., seq: _Optional[int] = ..., code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., status: _Optional[str] = ..., queued: _Optional[str] = ..., in_process: _Optional[str] = ..., good: _Optional[str] = ..., scrap: _Optional[str] = ..., rework_out: _Optional[str] = ..., rework_in: _Optional[str] = ..., elapsed_seconds: _Optional[int] = ..., queue_seconds: _Optional[int] = ...) -> None: ...

class GetWipResponse(_message.Message):
    __slots__ = ("positions", "next_page_token")
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    positions: _containers.RepeatedCompositeFieldContainer[WipPosition]
    next_page_token: str
    def __init__(self, positions: _Optional[_Iterable[_Union[WipPosition, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListWipAgingRequest(_message.Message):
    __slots__ = ("work_center_code", "page_size", "page_token")
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    work_center_code: str
    page_size: int
    page_token: str
    def __init__(self, work_center_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class WipAge(_message.Message):
    __slots__ = ("order_number", "seq", "work_center_code", "status", "quantity", "last_event_at", "age_seconds")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    LAST_EVENT_AT_FIELD_NUMBER: _ClassVar[int]
    AGE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    seq: int
    work_center_code: str
    status: str
    quantity: str
    last_event_at: _timestamp_pb2.Timestamp
    age_seconds: int
    def __init__(self, order_number: _Optional[str] = ..., seq: _Optional[int] = ..., work_center_code: _Optional[str] = ..., status: _Optional[str] = ..., quantity: _Optional[str] = ..., last_event_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., age_seconds: _Optional[int] = ...) -> None: ...

class ListWipAgingResponse(_message.Message):
    __slots__ = ("ages", "next_page_token")
    AGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ages: _containers.RepeatedCompositeFieldContainer[WipAge]
    next_page_token: str
    def __init__(self, ages: _Optional[_Iterable[_Union[WipAge, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetYieldRequest(_message.Message):
    __slots__ = ("item_code", "work_center_code", "to")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    FROM_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    work_center_code: str
    to: str
    def __init__(self, item_code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., to: _Optional[str] = ..., **kwargs) -> None: ...

class ScrapByReason(_message.Message):
    __slots__ = ("reason_code", "quantity")
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    reason_code: str
    quantity: str
    def __init__(self, reason_code: _Optional[str] = ..., quantity: _Optional[str] = ...) -> None: ...

class OperationYield(_message.Message):
    __slots__ = ("item_code", "work_center_code", "good", "scrap", "rework", "yield_ratio", "scrap_by_reason")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    WORK_CENTER_CODE_FIELD_NUMBER: _ClassVar[int]
    GOOD_FIELD_NUMBER: _ClassVar[int]
    SCRAP_FIELD_NUMBER: _ClassVar[int]
    REWORK_FIELD_NUMBER: _ClassVar[int]
    YIELD_RATIO_FIELD_NUMBER: _ClassVar[int]
    SCRAP_BY_REASON_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    work_center_code: str
    good: str
    scrap: str
    rework: str
    yield_ratio: str
    scrap_by_reason: _containers.RepeatedCompositeFieldContainer[ScrapByReason]
    def __init__(self, item_code: _Optional[str] = ..., work_center_code: _Optional[str] = ..., good: _Optional[str] = ..., scrap: _Optional[str] = ..., rework: _Optional[str] = ..., yield_ratio: _Optional[str] = ..., scrap_by_reason: _Optional[_Iterable[_Union[ScrapByReason, _Mapping]]] = ...) -> None: ...

class ItemYield(_message.Message):
    __slots__ = ("item_code", "orders", "planned", "produced", "yield_ratio")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    ORDERS_FIELD_NUMBER: _ClassVar[int]
    PLANNED_FIELD_NUMBER: _ClassVar[int]
    PRODUCED_FIELD_NUMBER: _ClassVar[int]
    YIELD_RATIO_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    orders: int
    planned: str
    produced: str
    yield_ratio: str
    def __init__(self, item_code: _Optional[str] = ..., orders: _Optional[int] = ..., planned: _Optional[str] = ..., produced: _Optional[str] = ..., yield_ratio: _Optional[str] = ...) -> None: ...

class YieldReport(_message.Message):
    __slots__ = ("operations", "items")
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    operations: _containers.RepeatedCompositeFieldContainer[OperationYield]
    items: _containers.RepeatedCompositeFieldContainer[ItemYield]
    def __init__(self, operations: _Optional[_Iterable[_Union[OperationYield, _Mapping]]] = ..., items: _Optional[_Iterable[_Union[ItemYield, _Mapping]]] = ...) -> None: ...

class GetLotGenealogyRequest(_message.Message):
    __slots__ = ("lot_code", "direction", "max_depth", "page_size", "page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    MAX_DEPTH_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    direction: str
    max_depth: int
    page_size: int
    page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., direction: _Optional[str] = ..., max_depth: _Optional[int] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class GenealogyStep(_message.Message):
    __slots__ = ("depth", "input_lot_code", "input_item_code", "output_lot_code", "output_item_code", "quantity", "uom", "order_number", "operation_seq", "linked_at", "path")
    DEPTH_FIELD_NUMBER: _ClassVar[int]
    INPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    INPUT_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UOM_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    LINKED_AT_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    depth: int
    input_lot_code: str
    input_item_code: str
    output_lot_code: str
    output_item_code: str
    quantity: str
    uom: str
    order_number: str
    operation_seq: int
    linked_at: _timestamp_pb2.Timestamp
    path: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, depth: _Optional[int] = ..., input_lot_code: _Optional[str] = ..., input_item_code: _Optional[str] = ..., output_lot_code: _Optional[str] = ..., output_item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., uom: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., linked_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., path: _Optional[_Iterable[str]] = ...) -> None: ...

class LotGenealogy(_message.Message):
    __slots__ = ("lot_code", "direction", "steps", "next_page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    direction: str
    steps: _containers.RepeatedCompositeFieldContainer[GenealogyStep]
    next_page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., direction: _Optional[str] = ..., steps: _Optional[_Iterable[_Union[GenealogyStep, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetOrderGenealogyRequest(_message.Message):
    __slots__ = ("order_number",)
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    def __init__(self, order_number: _Optional[str] = ...) -> None: ...

class OrderGenealogy(_message.Message):
    __slots__ = ("order_number", "item_code", "output_lot_code", "inputs", "outputs", "consumptions")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    CONSUMPTIONS_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    item_code: str
    output_lot_code: str
    inputs: _containers.RepeatedCompositeFieldContainer[GenealogyStep]
    outputs: _containers.RepeatedCompositeFieldContainer[OrderOutput]
    consumptions: _containers.RepeatedCompositeFieldContainer[Consumption]
    def __init__(self, order_number: _Optional[str] = ..., item_code: _Optional[str] = ..., output_lot_code: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[GenealogyStep, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[OrderOutput, _Mapping]]] = ..., consumptions: _Optional[_Iterable[_Union[Consumption, _Mapping]]] = ...) -> None: ...

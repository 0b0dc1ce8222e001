import datetime

from google.protobuf import struct_pb2 as _struct_pb2
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
    __slots__ = ("request_id", "item_code", "supplier_code", "sample_size", "characteristics", "skip_lot_after", "skip_lot_inspect_one_in")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHARACTERISTICS_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_INSPECT_ONE_IN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    item_code: str
    supplier_code: str
    sample_size: int
    characteristics: _containers.RepeatedCompositeFieldContainer[Characteristic]
    skip_lot_after: int
    skip_lot_inspect_one_in: int
    def __init__(self, request_id: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., sample_size: _Optional[int] = ..., characteristics: _Optional[_Iterable[_Union[Characteristic, _Mapping]]] = ..., skip_lot_after: _Optional[int] = ..., skip_lot_inspect_one_in: _Optional[int] = ...) -> None: ...

class InspectionPlan(_message.Message):
    __slots__ = ("id", "item_code", "supplier_code", "version", "sample_size", "characteristics", "skip_lot_after", "created_by", "created_at", "skip_lot_inspect_one_in")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHARACTERISTICS_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_INSPECT_ONE_IN_FIELD_NUMBER: _ClassVar[int]
    id: str
    item_code: str
    supplier_code: str
    version: int
    sample_size: int
    characteristics: _containers.RepeatedCompositeFieldContainer[Characteristic]
    skip_lot_after: int
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    skip_lot_inspect_one_in: int
    def __init__(self, id: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., version: _Optional[int] = ..., sample_size: _Optional[int] = ..., characteristics: _Optional[_Iterable[_Union[Characteristic, _Mapping]]] = ..., skip_lot_after: _Optional[int] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., skip_lot_inspect_one_in: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("id", "lot_code", "status", "source", "source_reference", "reason", "placed_by", "placed_at", "released_by", "released_at", "release_reason", "authority")
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
    AUTHORITY_FIELD_NUMBER: _ClassVar[int]
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
    authority: str
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., status: _Optional[str] = ..., source: _Optional[str] = ..., source_reference: _Optional[str] = ..., reason: _Optional[str] = ..., placed_by: _Optional[str] = ..., placed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., released_by: _Optional[str] = ..., released_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., release_reason: _Optional[str] = ..., authority: _Optional[str] = ...) -> None: ...

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

class GetInspectionRequirementRequest(_message.Message):
    __slots__ = ("item_code", "supplier_code", "lot_code")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    supplier_code: str
    lot_code: str
    def __init__(self, item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., lot_code: _Optional[str] = ...) -> None: ...

class InspectionRequirement(_message.Message):
    __slots__ = ("item_code", "supplier_code", "lot_code", "outcome", "inspection_required", "reason", "plan_id", "plan_version", "plan_supplier_code", "skip_lot_after", "consecutive_accepted_lots", "undecided_inspection_id", "skip_lot_inspect_one_in")
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    PLAN_VERSION_FIELD_NUMBER: _ClassVar[int]
    PLAN_SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_AFTER_FIELD_NUMBER: _ClassVar[int]
    CONSECUTIVE_ACCEPTED_LOTS_FIELD_NUMBER: _ClassVar[int]
    UNDECIDED_INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    SKIP_LOT_INSPECT_ONE_IN_FIELD_NUMBER: _ClassVar[int]
    item_code: str
    supplier_code: str
    lot_code: str
    outcome: str
    inspection_required: bool
    reason: str
    plan_id: str
    plan_version: int
    plan_supplier_code: str
    skip_lot_after: int
    consecutive_accepted_lots: int
    undecided_inspection_id: str
    skip_lot_inspect_one_in: int
    def __init__(self, item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., lot_code: _Optional[str] = ..., outcome: _Optional[str] = ..., inspection_required: _Optional[bool] = ..., reason: _Optional[str] = ..., plan_id: _Optional[str] = ..., plan_version: _Optional[int] = ..., plan_supplier_code: _Optional[str] = ..., skip_lot_after: _Optional[int] = ..., consecutive_accepted_lots: _Optional[int] = ..., undecided_inspection_id: _Optional[str] = ..., skip_lot_inspect_one_in: _Optional[int] = ...) -> None: ...

class OpenInspectionRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "supplier_code", "receipt_reference", "quantity", "unit")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    supplier_code: str
    receipt_reference: str
    quantity: str
    unit: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., receipt_reference: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ...) -> None: ...

class InspectionCheck(_message.Message):
    __slots__ = ("name", "kind", "lower_limit", "upper_limit", "unit", "value", "passed", "result", "recorded_by", "recorded_at")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LOWER_LIMIT_FIELD_NUMBER: _ClassVar[int]
    UPPER_LIMIT_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    RECORDED_BY_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    lower_limit: str
    upper_limit: str
    unit: str
    value: str
    passed: bool
    result: str
    recorded_by: str
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., lower_limit: _Optional[str] = ..., upper_limit: _Optional[str] = ..., unit: _Optional[str] = ..., value: _Optional[str] = ..., passed: _Optional[bool] = ..., result: _Optional[str] = ..., recorded_by: _Optional[str] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AuditEntry(_message.Message):
    __slots__ = ("action", "actor", "reason", "details", "recorded_at", "relayed_by")
    ACTION_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    RELAYED_BY_FIELD_NUMBER: _ClassVar[int]
    action: str
    actor: str
    reason: str
    details: _struct_pb2.Struct
    recorded_at: _timestamp_pb2.Timestamp
    relayed_by: str
    def __init__(self, action: _Optional[str] = ..., actor: _Optional[str] = ..., reason: _Optional[str] = ..., details: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., relayed_by: _Optional[str] = ...) -> None: ...

class LotDecision(_message.Message):
    __slots__ = ("decision", "accepted_quantity", "rejected_quantity", "unit", "override_failed_result", "reason", "decided_by", "decided_at", "nonconformance_id")
    DECISION_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REJECTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_FAILED_RESULT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_FIELD_NUMBER: _ClassVar[int]
    DECIDED_AT_FIELD_NUMBER: _ClassVar[int]
    NONCONFORMANCE_ID_FIELD_NUMBER: _ClassVar[int]
    decision: str
    accepted_quantity: str
    rejected_quantity: str
    unit: str
    override_failed_result: bool
    reason: str
    decided_by: str
    decided_at: _timestamp_pb2.Timestamp
    nonconformance_id: str
    def __init__(self, decision: _Optional[str] = ..., accepted_quantity: _Optional[str] = ..., rejected_quantity: _Optional[str] = ..., unit: _Optional[str] = ..., override_failed_result: _Optional[bool] = ..., reason: _Optional[str] = ..., decided_by: _Optional[str] = ..., decided_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., nonconformance_id: _Optional[str] = ...) -> None: ...

class Inspection(_message.Message):
    __slots__ = ("id", "lot_code", "item_code", "supplier_code", "receipt_reference", "quantity", "unit", "state", "plan_id", "plan_version", "plan_supplier_code", "sample_size", "checks", "result", "inspectors", "opened_by", "opened_at", "completed_by", "completed_at", "decision", "history")
    ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PLAN_ID_FIELD_NUMBER: _ClassVar[int]
    PLAN_VERSION_FIELD_NUMBER: _ClassVar[int]
    PLAN_SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_SIZE_FIELD_NUMBER: _ClassVar[int]
    CHECKS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    INSPECTORS_FIELD_NUMBER: _ClassVar[int]
    OPENED_BY_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_BY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_AT_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    id: str
    lot_code: str
    item_code: str
    supplier_code: str
    receipt_reference: str
    quantity: str
    unit: str
    state: str
    plan_id: str
    plan_version: int
    plan_supplier_code: str
    sample_size: int
    checks: _containers.RepeatedCompositeFieldContainer[InspectionCheck]
    result: str
    inspectors: _containers.RepeatedScalarFieldContainer[str]
    opened_by: str
    opened_at: _timestamp_pb2.Timestamp
    completed_by: str
    completed_at: _timestamp_pb2.Timestamp
    decision: LotDecision
    history: _containers.RepeatedCompositeFieldContainer[AuditEntry]
    def __init__(self, id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., receipt_reference: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., state: _Optional[str] = ..., plan_id: _Optional[str] = ..., plan_version: _Optional[int] = ..., plan_supplier_code: _Optional[str] = ..., sample_size: _Optional[int] = ..., checks: _Optional[_Iterable[_Union[InspectionCheck, _Mapping]]] = ..., result: _Optional[str] = ..., inspectors: _Optional[_Iterable[str]] = ..., opened_by: _Optional[str] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., completed_by: _Optional[str] = ..., completed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decision: _Optional[_Union[LotDecision, _Mapping]] = ..., history: _Optional[_Iterable[_Union[AuditEntry, _Mapping]]] = ...) -> None: ...

class InspectionResultEntry(_message.Message):
    __slots__ = ("characteristic", "value", "passed")
    CHARACTERISTIC_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    characteristic: str
    value: str
    passed: bool
    def __init__(self, characteristic: _Optional[str] = ..., value: _Optional[str] = ..., passed: _Optional[bool] = ...) -> None: ...

class RecordInspectionResultsRequest(_message.Message):
    __slots__ = ("request_id", "inspection_id", "results")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    inspection_id: str
    results: _containers.RepeatedCompositeFieldContainer[InspectionResultEntry]
    def __init__(self, request_id: _Optional[str] = ..., inspection_id: _Optional[str] = ..., results: _Optional[_Iterable[_Union[InspectionResultEntry, _Mapping]]] = ...) -> None: ...

class CompleteInspectionRequest(_message.Message):
    __slots__ = ("request_id", "inspection_id", "comment")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    inspection_id: str
    comment: str
    def __init__(self, request_id: _Optional[str] = ..., inspection_id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class DecideLotRequest(_message.Message):
    __slots__ = ("request_id", "inspection_id", "decision", "accepted_quantity", "rejected_quantity", "reason", "override_failed_result")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REJECTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    OVERRIDE_FAILED_RESULT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    inspection_id: str
    decision: str
    accepted_quantity: str
    rejected_quantity: str
    reason: str
    override_failed_result: bool
    def __init__(self, request_id: _Optional[str] = ..., inspection_id: _Optional[str] = ..., decision: _Optional[str] = ..., accepted_quantity: _Optional[str] = ..., rejected_quantity: _Optional[str] = ..., reason: _Optional[str] = ..., override_failed_result: _Optional[bool] = ...) -> None: ...

class GetInspectionRequest(_message.Message):
    __slots__ = ("inspection_id",)
    INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    inspection_id: str
    def __init__(self, inspection_id: _Optional[str] = ...) -> None: ...

class ListInspectionsRequest(_message.Message):
    __slots__ = ("lot_code", "state", "inspector", "receipt_reference", "page_size", "page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    INSPECTOR_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    state: str
    inspector: str
    receipt_reference: str
    page_size: int
    page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., state: _Optional[str] = ..., inspector: _Optional[str] = ..., receipt_reference: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListInspectionsResponse(_message.Message):
    __slots__ = ("inspections", "next_page_token")
    INSPECTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    inspections: _containers.RepeatedCompositeFieldContainer[Inspection]
    next_page_token: str
    def __init__(self, inspections: _Optional[_Iterable[_Union[Inspection, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class OpenNonconformanceRequest(_message.Message):
    __slots__ = ("request_id", "lot_code", "item_code", "supplier_code", "description", "quantity", "unit", "severity", "source_inspection_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    SOURCE_INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    lot_code: str
    item_code: str
    supplier_code: str
    description: str
    quantity: str
    unit: str
    severity: str
    source_inspection_id: str
    def __init__(self, request_id: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., description: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., severity: _Optional[str] = ..., source_inspection_id: _Optional[str] = ...) -> None: ...

class DispositionLine(_message.Message):
    __slots__ = ("disposition", "quantity")
    DISPOSITION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    disposition: str
    quantity: str
    def __init__(self, disposition: _Optional[str] = ..., quantity: _Optional[str] = ...) -> None: ...

class DispositionNonconformanceRequest(_message.Message):
    __slots__ = ("request_id", "nonconformance_id", "dispositions", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NONCONFORMANCE_ID_FIELD_NUMBER: _ClassVar[int]
    DISPOSITIONS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    nonconformance_id: str
    dispositions: _containers.RepeatedCompositeFieldContainer[DispositionLine]
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., nonconformance_id: _Optional[str] = ..., dispositions: _Optional[_Iterable[_Union[DispositionLine, _Mapping]]] = ..., reason: _Optional[str] = ...) -> None: ...

class CloseNonconformanceRequest(_message.Message):
    __slots__ = ("request_id", "nonconformance_id", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NONCONFORMANCE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    nonconformance_id: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., nonconformance_id: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class Nonconformance(_message.Message):
    __slots__ = ("id", "number", "lot_code", "item_code", "supplier_code", "description", "quantity", "unit", "severity", "state", "source_inspection_id", "opened_by", "opened_at", "dispositions", "disposition_reason", "dispositioned_by", "dispositioned_at", "close_reason", "closed_by", "closed_at", "history")
    ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    OPENED_BY_FIELD_NUMBER: _ClassVar[int]
    OPENED_AT_FIELD_NUMBER: _ClassVar[int]
    DISPOSITIONS_FIELD_NUMBER: _ClassVar[int]
    DISPOSITION_REASON_FIELD_NUMBER: _ClassVar[int]
    DISPOSITIONED_BY_FIELD_NUMBER: _ClassVar[int]
    DISPOSITIONED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSE_REASON_FIELD_NUMBER: _ClassVar[int]
    CLOSED_BY_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    id: str
    number: str
    lot_code: str
    item_code: str
    supplier_code: str
    description: str
    quantity: str
    unit: str
    severity: str
    state: str
    source_inspection_id: str
    opened_by: str
    opened_at: _timestamp_pb2.Timestamp
    dispositions: _containers.RepeatedCompositeFieldContainer[DispositionLine]
    disposition_reason: str
    dispositioned_by: str
    dispositioned_at: _timestamp_pb2.Timestamp
    close_reason: str
    closed_by: str
    closed_at: _timestamp_pb2.Timestamp
    history: _containers.RepeatedCompositeFieldContainer[AuditEntry]
    def __init__(self, id: _Optional[str] = ..., number: _Optional[str] = ..., lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., supplier_code: _Optional[str] = ..., description: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., severity: _Optional[str] = ..., state: _Optional[str] = ..., source_inspection_id: _Optional[str] = ..., opened_by: _Optional[str] = ..., opened_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., dispositions: _Optional[_Iterable[_Union[DispositionLine, _Mapping]]] = ..., disposition_reason: _Optional[str] = ..., dispositioned_by: _Optional[str] = ..., dispositioned_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_reason: _Optional[str] = ..., closed_by: _Optional[str] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., history: _Optional[_Iterable[_Union[AuditEntry, _Mapping]]] = ...) -> None: ...

class GetNonconformanceRequest(_message.Message):
    __slots__ = ("nonconformance_id",)
    NONCONFORMANCE_ID_FIELD_NUMBER: _ClassVar[int]
    nonconformance_id: str
    def __init__(self, nonconformance_id: _Optional[str] = ...) -> None: ...

class ListNonconformancesRequest(_message.Message):
    __slots__ = ("lot_code", "state", "source_inspection_id", "page_size", "page_token")
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_INSPECTION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    lot_code: str
    state: str
    source_inspection_id: str
    page_size: int
    page_token: str
    def __init__(self, lot_code: _Optional[str] = ..., state: _Optional[str] = ..., source_inspection_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListNonconformancesResponse(_message.Message):
    __slots__ = ("nonconformances", "next_page_token")
    NONCONFORMANCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    nonconformances: _containers.RepeatedCompositeFieldContainer[Nonconformance]
    next_page_token: str
    def __init__(self, nonconformances: _Optional[_Iterable[_Union[Nonconformance, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

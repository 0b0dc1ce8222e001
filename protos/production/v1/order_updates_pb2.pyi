from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class StartOperationRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ...) -> None: ...

class ReportOperationRequest(_message.Message):
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

class CompleteOperationRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "operation_seq")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    operation_seq: int
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ...) -> None: ...

class OperatorReport(_message.Message):
    __slots__ = ("order_number", "operation_seq", "status", "available_input", "good_quantity", "scrap_quantity", "rework_out_quantity", "reported_by")
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OPERATION_SEQ_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_INPUT_FIELD_NUMBER: _ClassVar[int]
    GOOD_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    SCRAP_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REWORK_OUT_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REPORTED_BY_FIELD_NUMBER: _ClassVar[int]
    order_number: str
    operation_seq: int
    status: str
    available_input: str
    good_quantity: str
    scrap_quantity: str
    rework_out_quantity: str
    reported_by: str
    def __init__(self, order_number: _Optional[str] = ..., operation_seq: _Optional[int] = ..., status: _Optional[str] = ..., available_input: _Optional[str] = ..., good_quantity: _Optional[str] = ..., scrap_quantity: _Optional[str] = ..., rework_out_quantity: _Optional[str] = ..., reported_by: _Optional[str] = ...) -> None: ...

class RequestSubstitutionRequest(_message.Message):
    __slots__ = ("request_id", "order_number", "line_no", "substitute_item_code", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., substitute_item_code: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class SubstitutionRequested(_message.Message):
    __slots__ = ("workflow_id", "order_number", "line_no", "substitute_item_code", "requested_by")
    WORKFLOW_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NO_FIELD_NUMBER: _ClassVar[int]
    SUBSTITUTE_ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_BY_FIELD_NUMBER: _ClassVar[int]
    workflow_id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    requested_by: str
    def __init__(self, workflow_id: _Optional[str] = ..., order_number: _Optional[str] = ..., line_no: _Optional[int] = ..., substitute_item_code: _Optional[str] = ..., requested_by: _Optional[str] = ...) -> None: ...

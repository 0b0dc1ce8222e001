import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from protos.common.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Contact(_message.Message):
    __slots__ = ("name", "email", "phone")
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    name: str
    email: str
    phone: str
    def __init__(self, name: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ...) -> None: ...

class CreateSupplierRequest(_message.Message):
    __slots__ = ("request_id", "code", "name", "country", "gln", "contact", "assigns_traceability_lot_codes")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    GLN_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    ASSIGNS_TRACEABILITY_LOT_CODES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    country: str
    gln: str
    contact: Contact
    assigns_traceability_lot_codes: bool
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., country: _Optional[str] = ..., gln: _Optional[str] = ..., contact: _Optional[_Union[Contact, _Mapping]] = ..., assigns_traceability_lot_codes: _Optional[bool] = ...) -> None: ...

class SetSupplierTlcAssignmentRequest(_message.Message):
    __slots__ = ("request_id", "supplier_code", "assigns_traceability_lot_codes")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNS_TRACEABILITY_LOT_CODES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    supplier_code: str
    assigns_traceability_lot_codes: bool
    def __init__(self, request_id: _Optional[str] = ..., supplier_code: _Optional[str] = ..., assigns_traceability_lot_codes: _Optional[bool] = ...) -> None: ...

class ReceivingRequirements(_message.Message):
    __slots__ = ("supplier_lot", "expiry_date", "production_date", "certificate_of_analysis", "lot_code_rule", "minimum_shelf_life")
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_OF_ANALYSIS_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_RULE_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_SHELF_LIFE_FIELD_NUMBER: _ClassVar[int]
    supplier_lot: bool
    expiry_date: bool
    production_date: bool
    certificate_of_analysis: bool
    lot_code_rule: str
    minimum_shelf_life: MinimumShelfLife
    def __init__(self, supplier_lot: _Optional[bool] = ..., expiry_date: _Optional[bool] = ..., production_date: _Optional[bool] = ..., certificate_of_analysis: _Optional[bool] = ..., lot_code_rule: _Optional[str] = ..., minimum_shelf_life: _Optional[_Union[MinimumShelfLife, _Mapping]] = ...) -> None: ...

class MinimumShelfLife(_message.Message):
    __slots__ = ("days", "percent")
    DAYS_FIELD_NUMBER: _ClassVar[int]
    PERCENT_FIELD_NUMBER: _ClassVar[int]
    days: int
    percent: str
    def __init__(self, days: _Optional[int] = ..., percent: _Optional[str] = ...) -> None: ...

class ApprovedItem(_message.Message):
    __slots__ = ("supplier_code", "item_code", "gtin", "approved_by", "approved_at", "description", "receiving_requirements")
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_AT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    supplier_code: str
    item_code: str
    gtin: str
    approved_by: str
    approved_at: _timestamp_pb2.Timestamp
    description: str
    receiving_requirements: ReceivingRequirements
    def __init__(self, supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ..., approved_by: _Optional[str] = ..., approved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., description: _Optional[str] = ..., receiving_requirements: _Optional[_Union[ReceivingRequirements, _Mapping]] = ...) -> None: ...

class Supplier(_message.Message):
    __slots__ = ("id", "code", "name", "country", "gln", "contact", "approved_items", "created_by", "created_at", "assigns_traceability_lot_codes")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    GLN_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    APPROVED_ITEMS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ASSIGNS_TRACEABILITY_LOT_CODES_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: str
    name: str
    country: str
    gln: str
    contact: Contact
    approved_items: _containers.RepeatedCompositeFieldContainer[ApprovedItem]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    assigns_traceability_lot_codes: bool
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., country: _Optional[str] = ..., gln: _Optional[str] = ..., contact: _Optional[_Union[Contact, _Mapping]] = ..., approved_items: _Optional[_Iterable[_Union[ApprovedItem, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., assigns_traceability_lot_codes: _Optional[bool] = ...) -> None: ...

class GetSupplierRequest(_message.Message):
    __slots__ = ("code",)
    CODE_FIELD_NUMBER: _ClassVar[int]
    code: str
    def __init__(self, code: _Optional[str] = ...) -> None: ...

class ListSuppliersRequest(_message.Message):
    __slots__ = ("country", "page_size", "page_token")
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    country: str
    page_size: int
    page_token: str
    def __init__(self, country: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSuppliersResponse(_message.Message):
    __slots__ = ("suppliers", "next_page_token")
    SUPPLIERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    suppliers: _containers.RepeatedCompositeFieldContainer[Supplier]
    next_page_token: str
    def __init__(self, suppliers: _Optional[_Iterable[_Union[Supplier, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ApproveSupplierItemRequest(_message.Message):
    __slots__ = ("request_id", "supplier_code", "item_code", "gtin", "description", "receiving_requirements")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    supplier_code: str
    item_code: str
    gtin: str
    description: str
    receiving_requirements: ReceivingRequirements
    def __init__(self, request_id: _Optional[str] = ..., supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ..., description: _Optional[str] = ..., receiving_requirements: _Optional[_Union[ReceivingRequirements, _Mapping]] = ...) -> None: ...

class SetReceivingRequirementsRequest(_message.Message):
    __slots__ = ("request_id", "supplier_code", "item_code", "requirements")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    supplier_code: str
    item_code: str
    requirements: ReceivingRequirements
    def __init__(self, request_id: _Optional[str] = ..., supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., requirements: _Optional[_Union[ReceivingRequirements, _Mapping]] = ...) -> None: ...

class NewPurchaseOrderLine(_message.Message):
    __slots__ = ("line_number", "item_code", "quantity", "unit", "over_tolerance_percent", "under_tolerance_percent", "due_date")
    LINE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    OVER_TOLERANCE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    UNDER_TOLERANCE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    line_number: int
    item_code: str
    quantity: str
    unit: str
    over_tolerance_percent: str
    under_tolerance_percent: str
    due_date: str
    def __init__(self, line_number: _Optional[int] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., over_tolerance_percent: _Optional[str] = ..., under_tolerance_percent: _Optional[str] = ..., due_date: _Optional[str] = ...) -> None: ...

class CreatePurchaseOrderRequest(_message.Message):
    __slots__ = ("request_id", "number", "supplier_code", "lines", "ship_to_site")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    SHIP_TO_SITE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    supplier_code: str
    lines: _containers.RepeatedCompositeFieldContainer[NewPurchaseOrderLine]
    ship_to_site: str
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., supplier_code: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[NewPurchaseOrderLine, _Mapping]]] = ..., ship_to_site: _Optional[str] = ...) -> None: ...

class PurchaseOrderLine(_message.Message):
    __slots__ = ("line_number", "item_code", "quantity", "unit", "over_tolerance_percent", "under_tolerance_percent", "due_date", "received_quantity")
    LINE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    OVER_TOLERANCE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    UNDER_TOLERANCE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    line_number: int
    item_code: str
    quantity: str
    unit: str
    over_tolerance_percent: str
    under_tolerance_percent: str
    due_date: str
    received_quantity: str
    def __init__(self, line_number: _Optional[int] = ..., item_code: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., over_tolerance_percent: _Optional[str] = ..., under_tolerance_percent: _Optional[str] = ..., due_date: _Optional[str] = ..., received_quantity: _Optional[str] = ...) -> None: ...

class PurchaseOrder(_message.Message):
    __slots__ = ("id", "number", "supplier_code", "status", "lines", "created_by", "created_at", "cancelled_by", "cancelled_at", "cancel_reason", "closed_at", "ship_to_site")
    ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_BY_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_AT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REASON_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    SHIP_TO_SITE_FIELD_NUMBER: _ClassVar[int]
    id: str
    number: str
    supplier_code: str
    status: str
    lines: _containers.RepeatedCompositeFieldContainer[PurchaseOrderLine]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    cancelled_by: str
    cancelled_at: _timestamp_pb2.Timestamp
    cancel_reason: str
    closed_at: _timestamp_pb2.Timestamp
    ship_to_site: str
    def __init__(self, id: _Optional[str] = ..., number: _Optional[str] = ..., supplier_code: _Optional[str] = ..., status: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[PurchaseOrderLine, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancelled_by: _Optional[str] = ..., cancelled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_reason: _Optional[str] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ship_to_site: _Optional[str] = ...) -> None: ...

class GetPurchaseOrderRequest(_message.Message):
    __slots__ = ("number",)
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    number: str
    def __init__(self, number: _Optional[str] = ...) -> None: ...

class ListPurchaseOrdersRequest(_message.Message):
    __slots__ = ("supplier_code", "status", "page_size", "page_token")
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    supplier_code: str
    status: str
    page_size: int
    page_token: str
    def __init__(self, supplier_code: _Optional[str] = ..., status: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListPurchaseOrdersResponse(_message.Message):
    __slots__ = ("purchase_orders", "next_page_token")
    PURCHASE_ORDERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    purchase_orders: _containers.RepeatedCompositeFieldContainer[PurchaseOrder]
    next_page_token: str
    def __init__(self, purchase_orders: _Optional[_Iterable[_Union[PurchaseOrder, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelPurchaseOrderRequest(_message.Message):
    __slots__ = ("request_id", "number", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class DefineLotCodeRuleRequest(_message.Message):
    __slots__ = ("request_id", "name", "pattern", "site_prefix", "time_zone", "make_default")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    SITE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    MAKE_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    name: str
    pattern: str
    site_prefix: str
    time_zone: str
    make_default: bool
    def __init__(self, request_id: _Optional[str] = ..., name: _Optional[str] = ..., pattern: _Optional[str] = ..., site_prefix: _Optional[str] = ..., time_zone: _Optional[str] = ..., make_default: _Optional[bool] = ...) -> None: ...

class LotCodeRule(_message.Message):
    __slots__ = ("name", "pattern", "site_prefix", "time_zone", "is_default", "defined_by", "defined_at")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    SITE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    DEFINED_BY_FIELD_NUMBER: _ClassVar[int]
    DEFINED_AT_FIELD_NUMBER: _ClassVar[int]
    name: str
    pattern: str
    site_prefix: str
    time_zone: str
    is_default: bool
    defined_by: str
    defined_at: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., pattern: _Optional[str] = ..., site_prefix: _Optional[str] = ..., time_zone: _Optional[str] = ..., is_default: _Optional[bool] = ..., defined_by: _Optional[str] = ..., defined_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListLotCodeRulesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListLotCodeRulesResponse(_message.Message):
    __slots__ = ("rules",)
    RULES_FIELD_NUMBER: _ClassVar[int]
    rules: _containers.RepeatedCompositeFieldContainer[LotCodeRule]
    def __init__(self, rules: _Optional[_Iterable[_Union[LotCodeRule, _Mapping]]] = ...) -> None: ...

class ParseScanRequest(_message.Message):
    __slots__ = ("scan",)
    SCAN_FIELD_NUMBER: _ClassVar[int]
    scan: str
    def __init__(self, scan: _Optional[str] = ...) -> None: ...

class LabelElement(_message.Message):
    __slots__ = ("ai", "title", "value")
    AI_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    ai: str
    title: str
    value: str
    def __init__(self, ai: _Optional[str] = ..., title: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class Measure(_message.Message):
    __slots__ = ("quantity", "unit")
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    quantity: str
    unit: str
    def __init__(self, quantity: _Optional[str] = ..., unit: _Optional[str] = ...) -> None: ...

class ScanResult(_message.Message):
    __slots__ = ("form", "symbology", "gtin", "sscc", "supplier_lot", "expiry_date", "production_date", "serial_number", "count", "net_weight", "elements")
    FORM_FIELD_NUMBER: _ClassVar[int]
    SYMBOLOGY_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    SSCC_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    NET_WEIGHT_FIELD_NUMBER: _ClassVar[int]
    ELEMENTS_FIELD_NUMBER: _ClassVar[int]
    form: str
    symbology: str
    gtin: str
    sscc: str
    supplier_lot: str
    expiry_date: str
    production_date: str
    serial_number: str
    count: str
    net_weight: Measure
    elements: _containers.RepeatedCompositeFieldContainer[LabelElement]
    def __init__(self, form: _Optional[str] = ..., symbology: _Optional[str] = ..., gtin: _Optional[str] = ..., sscc: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., expiry_date: _Optional[str] = ..., production_date: _Optional[str] = ..., serial_number: _Optional[str] = ..., count: _Optional[str] = ..., net_weight: _Optional[_Union[Measure, _Mapping]] = ..., elements: _Optional[_Iterable[_Union[LabelElement, _Mapping]]] = ...) -> None: ...

class ReferenceDocument(_message.Message):
    __slots__ = ("type", "number")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    type: str
    number: str
    def __init__(self, type: _Optional[str] = ..., number: _Optional[str] = ...) -> None: ...

class RecordReceiptRequest(_message.Message):
    __slots__ = ("request_id", "purchase_order_number", "line_number", "quantity", "unit", "supplier_lot", "expiry_date", "production_date", "certificate_of_analysis", "receiving_location", "previous_source_location", "reference_document", "tlc_source_reference", "received_on", "scan", "accept_for_return")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PURCHASE_ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_OF_ANALYSIS_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_LOCATION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SOURCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_ON_FIELD_NUMBER: _ClassVar[int]
    SCAN_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_FOR_RETURN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    purchase_order_number: str
    line_number: int
    quantity: str
    unit: str
    supplier_lot: str
    expiry_date: str
    production_date: str
    certificate_of_analysis: str
    receiving_location: str
    previous_source_location: str
    reference_document: ReferenceDocument
    tlc_source_reference: str
    received_on: str
    scan: str
    accept_for_return: ReturnAcceptance
    def __init__(self, request_id: _Optional[str] = ..., purchase_order_number: _Optional[str] = ..., line_number: _Optional[int] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., expiry_date: _Optional[str] = ..., production_date: _Optional[str] = ..., certificate_of_analysis: _Optional[str] = ..., receiving_location: _Optional[str] = ..., previous_source_location: _Optional[str] = ..., reference_document: _Optional[_Union[ReferenceDocument, _Mapping]] = ..., tlc_source_reference: _Optional[str] = ..., received_on: _Optional[str] = ..., scan: _Optional[str] = ..., accept_for_return: _Optional[_Union[ReturnAcceptance, _Mapping]] = ...) -> None: ...

class ReturnAcceptance(_message.Message):
    __slots__ = ("reason",)
    REASON_FIELD_NUMBER: _ClassVar[int]
    reason: str
    def __init__(self, reason: _Optional[str] = ...) -> None: ...

class ReceiptOutcome(_message.Message):
    __slots__ = ("accepted_quantity", "rejected_quantity", "reason", "inspection_reference", "recorded_by", "recorded_at")
    ACCEPTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REJECTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RECORDED_BY_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    accepted_quantity: str
    rejected_quantity: str
    reason: str
    inspection_reference: str
    recorded_by: str
    recorded_at: _timestamp_pb2.Timestamp
    def __init__(self, accepted_quantity: _Optional[str] = ..., rejected_quantity: _Optional[str] = ..., reason: _Optional[str] = ..., inspection_reference: _Optional[str] = ..., recorded_by: _Optional[str] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReceiptFailure(_message.Message):
    __slots__ = ("step", "reason", "failed_by", "failed_at")
    STEP_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    FAILED_BY_FIELD_NUMBER: _ClassVar[int]
    FAILED_AT_FIELD_NUMBER: _ClassVar[int]
    step: str
    reason: str
    failed_by: str
    failed_at: _timestamp_pb2.Timestamp
    def __init__(self, step: _Optional[str] = ..., reason: _Optional[str] = ..., failed_by: _Optional[str] = ..., failed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SupplierReturn(_message.Message):
    __slots__ = ("id", "receipt_id", "quantity", "unit", "reason", "reference_document", "returned_by", "returned_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    RETURNED_BY_FIELD_NUMBER: _ClassVar[int]
    RETURNED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    receipt_id: str
    quantity: str
    unit: str
    reason: str
    reference_document: ReferenceDocument
    returned_by: str
    returned_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., receipt_id: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., reason: _Optional[str] = ..., reference_document: _Optional[_Union[ReferenceDocument, _Mapping]] = ..., returned_by: _Optional[str] = ..., returned_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReceivingKdes(_message.Message):
    __slots__ = ("receipt_id", "traceability_lot_code", "item_code", "gtin", "product_description", "quantity", "unit", "immediate_previous_source_location", "receiving_location", "date_received", "tlc_source_location", "tlc_source_reference", "reference_document_type", "reference_document_number")
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    TRACEABILITY_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    IMMEDIATE_PREVIOUS_SOURCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_LOCATION_FIELD_NUMBER: _ClassVar[int]
    DATE_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    receipt_id: str
    traceability_lot_code: str
    item_code: str
    gtin: str
    product_description: str
    quantity: str
    unit: str
    immediate_previous_source_location: str
    receiving_location: str
    date_received: str
    tlc_source_location: str
    tlc_source_reference: str
    reference_document_type: str
    reference_document_number: str
    def __init__(self, receipt_id: _Optional[str] = ..., traceability_lot_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ..., product_description: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., immediate_previous_source_location: _Optional[str] = ..., receiving_location: _Optional[str] = ..., date_received: _Optional[str] = ..., tlc_source_location: _Optional[str] = ..., tlc_source_reference: _Optional[str] = ..., reference_document_type: _Optional[str] = ..., reference_document_number: _Optional[str] = ...) -> None: ...

class Receipt(_message.Message):
    __slots__ = ("id", "purchase_order_number", "line_number", "supplier_code", "item_code", "gtin", "status", "quantity", "unit", "line_quantity", "line_unit", "traceability_lot_code", "tlc_source", "supplier_lot", "expiry_date", "production_date", "serial_number", "sscc", "certificate_of_analysis", "receiving_location", "previous_source_location", "reference_document", "product_description", "received_on", "scan", "recorded_by", "recorded_at", "outcome", "returned_quantity", "returns", "kdes", "failure", "accept_for_return")
    ID_FIELD_NUMBER: _ClassVar[int]
    PURCHASE_ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LINE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    LINE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    LINE_UNIT_FIELD_NUMBER: _ClassVar[int]
    TRACEABILITY_LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    TLC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_LOT_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_DATE_FIELD_NUMBER: _ClassVar[int]
    PRODUCTION_DATE_FIELD_NUMBER: _ClassVar[int]
    SERIAL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SSCC_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATE_OF_ANALYSIS_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_LOCATION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SOURCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_ON_FIELD_NUMBER: _ClassVar[int]
    SCAN_FIELD_NUMBER: _ClassVar[int]
    RECORDED_BY_FIELD_NUMBER: _ClassVar[int]
    RECORDED_AT_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    RETURNED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    RETURNS_FIELD_NUMBER: _ClassVar[int]
    KDES_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_FOR_RETURN_FIELD_NUMBER: _ClassVar[int]
    id: str
    purchase_order_number: str
    line_number: int
    supplier_code: str
    item_code: str
    gtin: str
    status: str
    quantity: str
    unit: str
    line_quantity: str
    line_unit: str
    traceability_lot_code: str
    tlc_source: str
    supplier_lot: str
    expiry_date: str
    production_date: str
    serial_number: str
    sscc: str
    certificate_of_analysis: str
    receiving_location: str
    previous_source_location: str
    reference_document: ReferenceDocument
    product_description: str
    received_on: str
    scan: str
    recorded_by: str
    recorded_at: _timestamp_pb2.Timestamp
    outcome: ReceiptOutcome
    returned_quantity: str
    returns: _containers.RepeatedCompositeFieldContainer[SupplierReturn]
    kdes: ReceivingKdes
    failure: ReceiptFailure
    accept_for_return: ReturnAcceptance
    def __init__(self, id: _Optional[str] = ..., purchase_order_number: _Optional[str] = ..., line_number: _Optional[int] = ..., supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ..., status: _Optional[str] = ..., quantity: _Optional[str] = ..., unit: _Optional[str] = ..., line_quantity: _Optional[str] = ..., line_unit: _Optional[str] = ..., traceability_lot_code: _Optional[str] = ..., tlc_source: _Optional[str] = ..., supplier_lot: _Optional[str] = ..., expiry_date: _Optional[str] = ..., production_date: _Optional[str] = ..., serial_number: _Optional[str] = ..., sscc: _Optional[str] = ..., certificate_of_analysis: _Optional[str] = ..., receiving_location: _Optional[str] = ..., previous_source_location: _Optional[str] = ..., reference_document: _Optional[_Union[ReferenceDocument, _Mapping]] = ..., product_description: _Optional[str] = ..., received_on: _Optional[str] = ..., scan: _Optional[str] = ..., recorded_by: _Optional[str] = ..., recorded_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., outcome: _Optional[_Union[ReceiptOutcome, _Mapping]] = ..., returned_quantity: _Optional[str] = ..., returns: _Optional[_Iterable[_Union[SupplierReturn, _Mapping]]] = ..., kdes: _Optional[_Union[ReceivingKdes, _Mapping]] = ..., failure: _Optional[_Union[ReceiptFailure, _Mapping]] = ..., accept_for_return: _Optional[_Union[ReturnAcceptance, _Mapping]] = ...) -> None: ...

class GetReceiptRequest(_message.Message):
    __slots__ = ("receipt_id",)
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    receipt_id: str
    def __init__(self, receipt_id: _Optional[str] = ...) -> None: ...

class ListReceiptsRequest(_message.Message):
    __slots__ = ("purchase_order_number", "supplier_code", "item_code", "lot_code", "status", "page_size", "page_token")
    PURCHASE_ORDER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    LOT_CODE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    purchase_order_number: str
    supplier_code: str
    item_code: str
    lot_code: str
    status: str
    page_size: int
    page_token: str
    def __init__(self, purchase_order_number: _Optional[str] = ..., supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., lot_code: _Optional[str] = ..., status: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListReceiptsResponse(_message.Message):
    __slots__ = ("receipts", "next_page_token")
    RECEIPTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    receipts: _containers.RepeatedCompositeFieldContainer[Receipt]
    next_page_token: str
    def __init__(self, receipts: _Optional[_Iterable[_Union[Receipt, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RecordReceiptOutcomeRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id", "accepted_quantity", "rejected_quantity", "reason", "inspection_reference")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REJECTED_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    INSPECTION_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    accepted_quantity: str
    rejected_quantity: str
    reason: str
    inspection_reference: str
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ..., accepted_quantity: _Optional[str] = ..., rejected_quantity: _Optional[str] = ..., reason: _Optional[str] = ..., inspection_reference: _Optional[str] = ...) -> None: ...

class MarkReceiptFailedRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id", "step", "reason")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    step: str
    reason: str
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ..., step: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ReopenReceiptRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ...) -> None: ...

class ReturnToSupplierRequest(_message.Message):
    __slots__ = ("request_id", "receipt_id", "quantity", "reason", "reference_document")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RECEIPT_ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    receipt_id: str
    quantity: str
    reason: str
    reference_document: ReferenceDocument
    def __init__(self, request_id: _Optional[str] = ..., receipt_id: _Optional[str] = ..., quantity: _Optional[str] = ..., reason: _Optional[str] = ..., reference_document: _Optional[_Union[ReferenceDocument, _Mapping]] = ...) -> None: ...

class ListReceivingKdesRequest(_message.Message):
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

class ListReceivingKdesResponse(_message.Message):
    __slots__ = ("kdes", "next_page_token")
    KDES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    kdes: _containers.RepeatedCompositeFieldContainer[ReceivingKdes]
    next_page_token: str
    def __init__(self, kdes: _Optional[_Iterable[_Union[ReceivingKdes, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

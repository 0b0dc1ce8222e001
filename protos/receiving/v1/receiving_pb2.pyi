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
    __slots__ = ("request_id", "code", "name", "country", "gln", "contact")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    GLN_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    code: str
    name: str
    country: str
    gln: str
    contact: Contact
    def __init__(self, request_id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., country: _Optional[str] = ..., gln: _Optional[str] = ..., contact: _Optional[_Union[Contact, _Mapping]] = ...) -> None: ...

class ApprovedItem(_message.Message):
    __slots__ = ("supplier_code", "item_code", "gtin", "approved_by", "approved_at")
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    APPROVED_BY_FIELD_NUMBER: _ClassVar[int]
    APPROVED_AT_FIELD_NUMBER: _ClassVar[int]
    supplier_code: str
    item_code: str
    gtin: str
    approved_by: str
    approved_at: _timestamp_pb2.Timestamp
    def __init__(self, supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ..., approved_by: _Optional[str] = ..., approved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Supplier(_message.Message):
    __slots__ = ("id", "code", "name", "country", "gln", "contact", "approved_items", "created_by", "created_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    GLN_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    APPROVED_ITEMS_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: str
    name: str
    country: str
    gln: str
    contact: Contact
    approved_items: _containers.RepeatedCompositeFieldContainer[ApprovedItem]
    created_by: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., code: _Optional[str] = ..., name: _Optional[str] = ..., country: _Optional[str] = ..., gln: _Optional[str] = ..., contact: _Optional[_Union[Contact, _Mapping]] = ..., approved_items: _Optional[_Iterable[_Union[ApprovedItem, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("request_id", "supplier_code", "item_code", "gtin")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    ITEM_CODE_FIELD_NUMBER: _ClassVar[int]
    GTIN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    supplier_code: str
    item_code: str
    gtin: str
    def __init__(self, request_id: _Optional[str] = ..., supplier_code: _Optional[str] = ..., item_code: _Optional[str] = ..., gtin: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("request_id", "number", "supplier_code", "lines")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SUPPLIER_CODE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    number: str
    supplier_code: str
    lines: _containers.RepeatedCompositeFieldContainer[NewPurchaseOrderLine]
    def __init__(self, request_id: _Optional[str] = ..., number: _Optional[str] = ..., supplier_code: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[NewPurchaseOrderLine, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("id", "number", "supplier_code", "status", "lines", "created_by", "created_at", "cancelled_by", "cancelled_at", "cancel_reason")
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
    def __init__(self, id: _Optional[str] = ..., number: _Optional[str] = ..., supplier_code: _Optional[str] = ..., status: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[PurchaseOrderLine, _Mapping]]] = ..., created_by: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancelled_by: _Optional[str] = ..., cancelled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_reason: _Optional[str] = ...) -> None: ...

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

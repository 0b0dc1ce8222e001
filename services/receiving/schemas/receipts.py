"""Receipts against purchase order lines, their outcomes, returns and FSMA 204 KDEs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, LotCode, Reason, Text, UnitCode
from services.receiving.domain.gs1_labels import MAX_SCAN_LENGTH
from services.receiving.domain.lot_codes import TlcSource
from services.receiving.domain.receipts import ReceiptStatus
from services.receiving.schemas.common import LongText, Quantity, QuantityOrZero, ReferenceDocument

# Exactly as the scanner sent it: printable characters and the GS separator (FNC1), nothing else.
Scan = Annotated[
    str, Field(min_length=1, max_length=MAX_SCAN_LENGTH, pattern=r"^[^\x00-\x1c\x1e\x1f\x7f]*$")
]


class ReturnAcceptance(Command):
    """Goods taken in only to go back to the supplier (expired, too short-dated, ...): their
    stock is posted REJECTED, not inspected, and the receipt's outcome is rejected."""

    reason: Reason


class RecordReceipt(Command):
    purchase_order_number: Code
    line_number: int = Field(ge=1, le=9999)
    # Empty: taken from the scan. The unit defaults to the line's unit.
    quantity: Quantity | None = None
    unit: UnitCode | None = None
    supplier_lot: LotCode | None = None
    expiry_date: date | None = None
    production_date: date | None = None
    certificate_of_analysis: Text | None = None
    # Where the goods arrived, e.g. the dock's location code.
    receiving_location: Code
    # Ship-from; empty: the supplier's own location.
    previous_source_location: LongText | None = None
    # Empty: the purchase order itself.
    reference_document: ReferenceDocument | None = None
    # Where the supplier assigned its TLC (e.g. an FDA registration or a web address).
    tlc_source_reference: LongText | None = None
    # The day at the site; empty: today in the lot-code rule's time zone.
    received_on: date | None = None
    scan: Scan | None = None
    # Empty: the goods wait in quarantine for inspection, and expired or too short-dated goods
    # are refused.
    accept_for_return: ReturnAcceptance | None = None

    @model_validator(mode="after")
    def _unit_needs_quantity(self) -> RecordReceipt:
        if self.unit is not None and self.quantity is None:
            raise ValueError("a unit was given without a quantity")
        return self


class ReceiptOutcome(Command):
    """REST body of RecordReceiptOutcome; quantities in the receipt's unit."""

    accepted_quantity: QuantityOrZero
    rejected_quantity: QuantityOrZero
    # Required when anything is rejected.
    reason: Reason | None = None
    inspection_reference: Text | None = None


class RecordReceiptOutcome(ReceiptOutcome):
    receipt_id: uuid.UUID


class ReceiptFailure(Command):
    """REST body of MarkReceiptFailed: the inbound workflow's step that cannot go on, and why."""

    step: Text
    reason: Reason


class MarkReceiptFailed(ReceiptFailure):
    receipt_id: uuid.UUID


class ReopenReceipt(Command):
    """A failed receipt recorded again, for its workflow to retry the failed step."""

    receipt_id: uuid.UUID


class SupplierReturnBody(Command):
    """REST body of ReturnToSupplier; the quantity is in the receipt's unit."""

    quantity: Quantity
    reason: Reason
    reference_document: ReferenceDocument | None = None


class ReturnToSupplier(SupplierReturnBody):
    receipt_id: uuid.UUID


class ReceiptRef(Command):
    receipt_id: uuid.UUID


class OutcomeView(BaseModel):
    accepted_quantity: str
    rejected_quantity: str
    reason: str | None = None
    inspection_reference: str | None = None
    recorded_by: str
    recorded_at: datetime


class FailureView(BaseModel):
    step: str
    reason: str
    failed_by: str
    failed_at: datetime


class SupplierReturnView(BaseModel):
    id: uuid.UUID
    receipt_id: uuid.UUID
    quantity: str
    unit: str
    reason: str
    reference_document: ReferenceDocument | None = None
    returned_by: str
    returned_at: datetime


class ReceivingKdes(BaseModel):
    """The FSMA 204 key data elements of one receiving event."""

    receipt_id: uuid.UUID
    traceability_lot_code: str
    item_code: str
    gtin: str | None = None
    product_description: str
    quantity: str
    unit: str
    immediate_previous_source_location: str
    receiving_location: str
    date_received: date
    tlc_source_location: str
    tlc_source_reference: str | None = None
    reference_document_type: str
    reference_document_number: str


class ReceiptView(BaseModel):
    id: uuid.UUID
    purchase_order_number: str
    line_number: int
    supplier_code: str
    item_code: str
    gtin: str | None = None
    status: ReceiptStatus
    quantity: str
    unit: str
    line_quantity: str
    line_unit: str
    traceability_lot_code: str
    tlc_source: TlcSource
    supplier_lot: str | None = None
    expiry_date: date | None = None
    production_date: date | None = None
    serial_number: str | None = None
    sscc: str | None = None
    certificate_of_analysis: str | None = None
    receiving_location: str
    previous_source_location: str
    reference_document: ReferenceDocument
    product_description: str
    received_on: date
    scan: str | None = None
    recorded_by: str
    recorded_at: datetime
    outcome: OutcomeView | None = None
    failure: FailureView | None = None
    accept_for_return: ReturnAcceptance | None = None
    returned_quantity: str
    returns: list[SupplierReturnView]
    kdes: ReceivingKdes


class ReceiptQuery(Command):
    purchase_order_number: Code | None = None
    supplier_code: Code | None = None
    item_code: Code | None = None
    lot_code: LotCode | None = None
    status: ReceiptStatus | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class ReceiptPage(BaseModel):
    receipts: list[ReceiptView]
    next_page_token: str = ""


class KdeQuery(Command):
    lot_code: LotCode
    item_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class KdePage(BaseModel):
    kdes: list[ReceivingKdes]
    next_page_token: str = ""

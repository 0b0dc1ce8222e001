"""Views of receipts and their FSMA 204 KDEs, keyset-paged by time recorded."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, bindparam, select, tuple_
from sqlalchemy.orm import Session, joinedload, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.errors import Invalid, NotFound
from services.receiving.domain import roles
from services.receiving.domain.lot_codes import TlcSource
from services.receiving.domain.quantities import format_decimal
from services.receiving.domain.receipts import ReceiptStatus, ReferenceDocumentType
from services.receiving.models import (
    PurchaseOrder,
    Receipt,
    ReceivedLot,
    Supplier,
    SupplierReturn,
)
from services.receiving.schemas.common import ReferenceDocument
from services.receiving.schemas.receipts import (
    FailureView,
    KdePage,
    KdeQuery,
    OutcomeView,
    ReceiptPage,
    ReceiptQuery,
    ReceiptView,
    ReceivingKdes,
    ReturnAcceptance,
    SupplierReturnView,
)

# What a receipt view needs, loaded with the receipt. Its returns are read only when it has
# any (see receipt_view); pages load theirs in one query (_page).
RECEIPT_LOADED = (
    joinedload(Receipt.purchase_order, innerjoin=True),
    joinedload(Receipt.line, innerjoin=True),
    joinedload(Receipt.supplier, innerjoin=True),
    joinedload(Receipt.lot, innerjoin=True),
)


def kdes_view(receipt: Receipt) -> ReceivingKdes:
    lot = receipt.lot
    return ReceivingKdes(
        receipt_id=receipt.id,
        traceability_lot_code=lot.lot_code,
        item_code=lot.item_code,
        gtin=receipt.gtin,
        product_description=receipt.product_description,
        quantity=format_decimal(receipt.quantity),
        unit=receipt.unit,
        immediate_previous_source_location=receipt.previous_source_location,
        receiving_location=receipt.receiving_location,
        date_received=receipt.received_on,
        tlc_source_location=lot.tlc_source_location,
        tlc_source_reference=lot.tlc_source_reference,
        reference_document_type=receipt.reference_document_type,
        reference_document_number=receipt.reference_document_number,
    )


def return_view(returned: SupplierReturn, unit: str) -> SupplierReturnView:
    document = None
    if returned.reference_document_type and returned.reference_document_number:
        document = ReferenceDocument(
            type=ReferenceDocumentType(returned.reference_document_type),
            number=returned.reference_document_number,
        )
    return SupplierReturnView(
        id=returned.id,
        receipt_id=returned.receipt_id,
        quantity=format_decimal(returned.quantity),
        unit=unit,
        reason=returned.reason,
        reference_document=document,
        returned_by=returned.returned_by,
        returned_at=returned.returned_at,
    )


def _outcome_view(receipt: Receipt) -> OutcomeView | None:
    if receipt.accepted_quantity is None or receipt.rejected_quantity is None:
        return None
    assert receipt.outcome_recorded_by and receipt.outcome_recorded_at
    return OutcomeView(
        accepted_quantity=format_decimal(receipt.accepted_quantity),
        rejected_quantity=format_decimal(receipt.rejected_quantity),
        reason=receipt.outcome_reason,
        inspection_reference=receipt.inspection_reference,
        recorded_by=receipt.outcome_recorded_by,
        recorded_at=receipt.outcome_recorded_at,
    )


def _failure_view(receipt: Receipt) -> FailureView | None:
    if receipt.failure_reason is None:
        return None
    assert receipt.failed_step and receipt.failed_by and receipt.failed_at
    return FailureView(
        step=receipt.failed_step,
        reason=receipt.failure_reason,
        failed_by=receipt.failed_by,
        failed_at=receipt.failed_at,
    )


def receipt_view(receipt: Receipt) -> ReceiptView:
    return ReceiptView(
        id=receipt.id,
        purchase_order_number=receipt.purchase_order.number,
        line_number=receipt.line.line_number,
        supplier_code=receipt.supplier.code,
        item_code=receipt.line.item_code,
        gtin=receipt.gtin,
        status=ReceiptStatus(receipt.status),
        quantity=format_decimal(receipt.quantity),
        unit=receipt.unit,
        line_quantity=format_decimal(receipt.line_quantity),
        line_unit=receipt.line.unit,
        traceability_lot_code=receipt.lot.lot_code,
        tlc_source=TlcSource(receipt.lot.tlc_source),
        supplier_lot=receipt.supplier_lot,
        expiry_date=receipt.expiry_date,
        production_date=receipt.production_date,
        serial_number=receipt.serial_number,
        sscc=receipt.sscc,
        certificate_of_analysis=receipt.certificate_of_analysis,
        receiving_location=receipt.receiving_location,
        previous_source_location=receipt.previous_source_location,
        reference_document=ReferenceDocument(
            type=ReferenceDocumentType(receipt.reference_document_type),
            number=receipt.reference_document_number,
        ),
        product_description=receipt.product_description,
        received_on=receipt.received_on,
        scan=receipt.scan,
        recorded_by=receipt.recorded_by,
        recorded_at=receipt.recorded_at,
        outcome=_outcome_view(receipt),
        failure=_failure_view(receipt),
        accept_for_return=ReturnAcceptance(reason=receipt.accepted_for_return_reason)
        if receipt.accepted_for_return_reason
        else None,
        returned_quantity=format_decimal(receipt.returned_quantity),
        returns=[return_view(r, receipt.unit) for r in receipt.returns]
        if receipt.returned_quantity
        else [],
        kdes=kdes_view(receipt),
    )


# Built once (the loader options make a statement costly to build and key for the cache). The
# lock is the receipt's own: the order, line, supplier and lot it joins stay unlocked.
_RECEIPT = select(Receipt).where(Receipt.id == bindparam("receipt_id")).options(*RECEIPT_LOADED)
_RECEIPT_FOR_UPDATE = _RECEIPT.with_for_update(of=Receipt)


def find_receipt(session: Session, receipt_id: uuid.UUID, *, for_update: bool = False) -> Receipt:
    statement = _RECEIPT_FOR_UPDATE if for_update else _RECEIPT
    receipt = session.scalar(statement, {"receipt_id": receipt_id})
    if receipt is None:
        raise NotFound(f"no receipt {receipt_id}", code="receipt_not_found")
    return receipt


def get_receipt(session: Session, receipt_id: uuid.UUID, *, actor: Principal) -> ReceiptView:
    roles.TABLE.require(actor, "get_receipt")
    return receipt_view(find_receipt(session, receipt_id))


def _page(session: Session, statement: Select, page_token: str, page_size: int) -> list[Receipt]:
    """Receipts in the order recorded (then by id), starting after the token's receipt."""
    after = paging.parse(page_token, 2)
    if after:
        try:
            key = (datetime.fromisoformat(after[0]), uuid.UUID(after[1]))
        except ValueError:
            raise Invalid(
                "the page token is not one this query issued", code="invalid_page_token"
            ) from None
        statement = statement.where(tuple_(Receipt.recorded_at, Receipt.id) > key)
    statement = statement.order_by(Receipt.recorded_at, Receipt.id).limit(page_size + 1)
    loaded = statement.options(*RECEIPT_LOADED, selectinload(Receipt.returns))
    return list(session.scalars(loaded).all())


def _next_token(receipts: list[Receipt], page_size: int) -> str:
    if len(receipts) <= page_size:
        return ""
    last = receipts[page_size - 1]
    return paging.token(last.recorded_at.isoformat(), last.id)


def list_receipts(session: Session, query: ReceiptQuery, *, actor: Principal) -> ReceiptPage:
    roles.TABLE.require(actor, "list_receipts")
    statement = select(Receipt)
    if query.purchase_order_number:
        statement = statement.join(Receipt.purchase_order).where(
            PurchaseOrder.number == query.purchase_order_number
        )
    if query.supplier_code:
        statement = statement.join(Receipt.supplier).where(Supplier.code == query.supplier_code)
    if query.item_code or query.lot_code:
        statement = statement.join(Receipt.lot)
    if query.item_code:
        statement = statement.where(ReceivedLot.item_code == query.item_code)
    if query.lot_code:
        statement = statement.where(ReceivedLot.lot_code == query.lot_code)
    if query.status:
        statement = statement.where(Receipt.status == query.status.value)
    receipts = _page(session, statement, query.page_token, query.page_size)
    return ReceiptPage(
        receipts=[receipt_view(r) for r in receipts[: query.page_size]],
        next_page_token=_next_token(receipts, query.page_size),
    )


def list_kdes(session: Session, query: KdeQuery, *, actor: Principal) -> KdePage:
    """Every receiving event of a traceability lot code, oldest first."""
    roles.TABLE.require(actor, "list_kdes")
    statement = select(Receipt).join(Receipt.lot).where(ReceivedLot.lot_code == query.lot_code)
    if query.item_code:
        statement = statement.where(ReceivedLot.item_code == query.item_code)
    receipts = _page(session, statement, query.page_token, query.page_size)
    return KdePage(
        kdes=[kdes_view(r) for r in receipts[: query.page_size]],
        next_page_token=_next_token(receipts, query.page_size),
    )

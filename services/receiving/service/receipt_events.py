"""What receiving's receipt events carry: all the recall graph and the EPCIS export need.

Each payload is self-contained (supplier, item, TLC and its source, quantities, dates,
locations, reference document with its CBV business transaction type, KDEs), so a consumer never
has to call receiving back.
"""

from __future__ import annotations

from typing import Any

from services.receiving.domain.quantities import format_decimal
from services.receiving.domain.receipts import CBV_BUSINESS_TRANSACTION, ReferenceDocumentType
from services.receiving.models import Receipt
from services.receiving.queries.suppliers import supplier_location
from services.receiving.schemas.receipts import ReceiptView, SupplierReturnView


def _supplier(receipt: Receipt) -> dict[str, Any]:
    supplier = receipt.supplier
    return {
        "code": supplier.code,
        "name": supplier.name,
        "country": supplier.country,
        "gln": supplier.gln,
        "location": supplier_location(supplier),
        "assigns_traceability_lot_codes": supplier.assigns_traceability_lot_codes,
    }


def _lot(receipt: Receipt) -> dict[str, Any]:
    lot = receipt.lot
    return {
        "id": str(lot.id),
        "item_code": lot.item_code,
        "traceability_lot_code": lot.lot_code,
        "tlc_source": lot.tlc_source,
        "tlc_source_location": lot.tlc_source_location,
        "tlc_source_reference": lot.tlc_source_reference,
        "supplier_lot": lot.supplier_lot,
        "expiry_date": lot.expiry_date.isoformat() if lot.expiry_date else None,
        "production_date": lot.production_date.isoformat() if lot.production_date else None,
    }


def _cbv_type(document_type: str | None) -> str | None:
    return CBV_BUSINESS_TRANSACTION[ReferenceDocumentType(document_type)] if document_type else None


def receipt_recorded_payload(view: ReceiptView, receipt: Receipt) -> dict[str, Any]:
    payload = view.model_dump(mode="json")
    payload["supplier"] = _supplier(receipt)
    payload["lot"] = _lot(receipt)
    payload["reference_document"]["cbv_business_transaction_type"] = _cbv_type(
        receipt.reference_document_type
    )
    return payload


def _receipt_header(receipt: Receipt) -> dict[str, Any]:
    return {
        "receipt_id": str(receipt.id),
        "purchase_order_number": receipt.purchase_order.number,
        "line_number": receipt.line.line_number,
        "item_code": receipt.line.item_code,
        "gtin": receipt.gtin,
        "product_description": receipt.product_description,
        "traceability_lot_code": receipt.lot.lot_code,
        "unit": receipt.unit,
        "supplier": _supplier(receipt),
    }


def receipt_outcome_payload(view: ReceiptView, receipt: Receipt) -> dict[str, Any]:
    assert view.outcome is not None
    return _receipt_header(receipt) | {
        "status": view.status.value,
        "received_quantity": view.quantity,
        **view.outcome.model_dump(mode="json"),
    }


def returned_payload(view: SupplierReturnView, receipt: Receipt) -> dict[str, Any]:
    payload = _receipt_header(receipt) | view.model_dump(mode="json")
    payload["return_id"] = payload.pop("id")
    payload["receiving_location"] = receipt.receiving_location
    # Totals after this return, in the receipt's unit.
    payload["received_quantity"] = format_decimal(receipt.quantity)
    payload["total_returned_quantity"] = format_decimal(receipt.returned_quantity)
    if view.reference_document is not None:
        payload["reference_document"]["cbv_business_transaction_type"] = _cbv_type(
            view.reference_document.type.value
        )
    return payload

"""After a receipt: the outcome the inbound workflow records, and returns to the supplier."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.receiving.domain import roles
from services.receiving.domain.receipts import (
    ReceiptStatus,
    outcome_refusal,
    outcome_status,
    rejection_reason_refusal,
    return_refusal,
)
from services.receiving.models import SupplierReturn
from services.receiving.queries.receipts import find_receipt, receipt_view, return_view
from services.receiving.schemas.receipts import (
    ReceiptView,
    RecordReceiptOutcome,
    ReturnToSupplier,
    SupplierReturnView,
)
from services.receiving.service.receipt_events import receipt_outcome_payload, returned_payload


def record_receipt_outcome(
    uow: UnitOfWork, *, request_id: str, command: RecordReceiptOutcome, actor: Principal
) -> ReceiptView:
    """Accepted and rejected quantities decided by inspection; called by the inbound workflow."""
    roles.TABLE.require(actor, "record_receipt_outcome")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.record_receipt_outcome",
        request=command,
        result_type=ReceiptView,
        execute=lambda session: _record_receipt_outcome(session, command, actor),
    )


def _record_receipt_outcome(
    session: Session, command: RecordReceiptOutcome, actor: Principal
) -> ReceiptView:
    receipt = find_receipt(session, command.receipt_id, for_update=True)
    refuse_if(outcome_refusal(ReceiptStatus(receipt.status)))
    status = outcome_status(receipt.quantity, command.accepted_quantity, command.rejected_quantity)
    refuse_if(rejection_reason_refusal(command.rejected_quantity, command.reason))
    receipt.status = status.value
    receipt.accepted_quantity = command.accepted_quantity
    receipt.rejected_quantity = command.rejected_quantity
    receipt.outcome_reason = command.reason
    receipt.inspection_reference = command.inspection_reference
    receipt.outcome_recorded_by = actor.user
    # The application's clock, so the view needs no second read of the row.
    receipt.outcome_recorded_at = datetime.now(UTC)
    session.flush()
    view = receipt_view(receipt)
    emit(
        session,
        "receiving.receipt_outcome_recorded",
        str(receipt.id),
        receipt_outcome_payload(view, receipt),
    )
    return view


def return_to_supplier(
    uow: UnitOfWork, *, request_id: str, command: ReturnToSupplier, actor: Principal
) -> SupplierReturnView:
    roles.TABLE.require(actor, "return_to_supplier")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.return_to_supplier",
        request=command,
        result_type=SupplierReturnView,
        execute=lambda session: _return_to_supplier(session, command, actor),
    )


def _return_to_supplier(
    session: Session, command: ReturnToSupplier, actor: Principal
) -> SupplierReturnView:
    # The row lock orders concurrent returns, so together they never pass what was received.
    receipt = find_receipt(session, command.receipt_id, for_update=True)
    refuse_if(
        return_refusal(receipt.quantity, receipt.returned_quantity, command.quantity, receipt.unit)
    )
    document = command.reference_document
    returned = SupplierReturn(
        receipt=receipt,
        quantity=command.quantity,
        reason=command.reason,
        reference_document_type=document.type.value if document else None,
        reference_document_number=document.number if document else None,
        returned_by=actor.user,
    )
    session.add(returned)
    receipt.returned_quantity += command.quantity
    session.flush()
    view = return_view(returned, receipt.unit)
    emit(
        session,
        "receiving.returned_to_supplier",
        str(receipt.id),
        returned_payload(view, receipt),
    )
    return view

"""A receipt whose inbound workflow cannot go on: marked failed, which frees its quantity on the
order line, and reopened when the workflow retries the failed step, which holds it again."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.receiving.domain import roles
from services.receiving.domain.purchase_orders import LineTolerance, over_receipt_refusal
from services.receiving.domain.receipts import ReceiptStatus, failure_refusal, reopen_refusal
from services.receiving.models import Receipt
from services.receiving.queries.purchase_orders import find_purchase_order
from services.receiving.queries.receipts import find_receipt, receipt_view
from services.receiving.schemas.receipts import MarkReceiptFailed, ReceiptView, ReopenReceipt


def mark_receipt_failed(
    uow: UnitOfWork, *, request_id: str, command: MarkReceiptFailed, actor: Principal
) -> ReceiptView:
    """Called by the inbound workflow when a step is refused for good or given up."""
    roles.TABLE.require(actor, "mark_receipt_failed")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.mark_receipt_failed",
        request=command,
        result_type=ReceiptView,
        execute=lambda session: _mark_receipt_failed(session, command, actor),
    )


def reopen_receipt(
    uow: UnitOfWork, *, request_id: str, command: ReopenReceipt, actor: Principal
) -> ReceiptView:
    """Called by the inbound workflow when a supervisor retries the failed step."""
    roles.TABLE.require(actor, "reopen_receipt")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.reopen_receipt",
        request=command,
        result_type=ReceiptView,
        execute=lambda session: _reopen_receipt(session, command),
    )


def _locked(session: Session, receipt_id: uuid.UUID) -> Receipt:
    """The receipt, locked after its order, in the order receipts lock them: the order's lock
    serialises what its lines hold."""
    number = find_receipt(session, receipt_id).purchase_order.number
    find_purchase_order(session, number, for_update=True)
    return find_receipt(session, receipt_id, for_update=True)


def _mark_receipt_failed(
    session: Session, command: MarkReceiptFailed, actor: Principal
) -> ReceiptView:
    receipt = _locked(session, command.receipt_id)
    refuse_if(failure_refusal(ReceiptStatus(receipt.status)))
    receipt.status = ReceiptStatus.FAILED.value
    receipt.failed_step = command.step
    receipt.failure_reason = command.reason
    receipt.failed_by = actor.user
    receipt.failed_at = datetime.now(UTC)
    # A failed receipt no longer counts against what the line may still receive.
    receipt.line.received_quantity -= receipt.line_quantity
    session.flush()
    view = receipt_view(receipt)
    emit(session, "receiving.receipt_failed", str(receipt.id), _payload(view))
    return view


def _reopen_receipt(session: Session, command: ReopenReceipt) -> ReceiptView:
    receipt = _locked(session, command.receipt_id)
    refuse_if(reopen_refusal(ReceiptStatus(receipt.status)))
    line = receipt.line
    tolerance = LineTolerance(
        line.quantity, line.over_tolerance_percent, line.under_tolerance_percent, line.unit
    )
    refuse_if(over_receipt_refusal(tolerance, line.received_quantity, receipt.line_quantity))
    line.received_quantity += receipt.line_quantity
    receipt.status = ReceiptStatus.RECORDED.value
    receipt.failed_step = receipt.failure_reason = receipt.failed_by = None
    receipt.failed_at = None
    session.flush()
    view = receipt_view(receipt)
    emit(session, "receiving.receipt_reopened", str(receipt.id), _payload(view))
    return view


def _payload(view: ReceiptView) -> dict[str, object]:
    return {
        "receipt_id": str(view.id),
        "purchase_order_number": view.purchase_order_number,
        "line_number": view.line_number,
        "status": view.status.value,
        "line_quantity": view.line_quantity,
        "line_unit": view.line_unit,
        "failure": view.failure.model_dump(mode="json") if view.failure else None,
    }

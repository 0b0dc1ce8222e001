"""RecordReceipt: goods arrive at the dock against a purchase order line.

The receipt is validated at the point of receipt, its lot and TLC are kept or assigned, the
line's received quantity grows, and the order closes itself once every line is received within
tolerance. The stock it brings is in quarantine: receiving never makes stock available. Expired
or too short-dated goods are refused, unless accepted only for return to the supplier: their
stock is then rejected. The receipt id is the business key the inbound workflow will run under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import InvalidState, NotFound
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.receiving import warehouse
from services.receiving.domain import roles
from services.receiving.domain.gs1_labels import ScannedLabel, parse_scan
from services.receiving.domain.label_merge import ReceivedGoods, goods_received
from services.receiving.domain.purchase_orders import (
    LineTolerance,
    PurchaseOrderStatus,
    order_fulfilled,
    over_receipt_refusal,
    receiving_refusal,
)
from services.receiving.domain.receipts import (
    LotAttributes,
    ReceiptStatus,
    ReceivingRequirements,
    ReferenceDocumentType,
    dates_refusal,
    missing_attributes_refusal,
    received_on_refusal,
)
from services.receiving.domain.shelf_life import required_with_shelf_life, shelf_life_refusal
from services.receiving.domain.units import convert
from services.receiving.domain.warehouse_facts import receiving_location_refusal
from services.receiving.models import (
    LotCodeRule,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceivedLot,
    SupplierItem,
)
from services.receiving.queries.lot_codes import default_rule
from services.receiving.queries.purchase_orders import find_purchase_order, purchase_order_view
from services.receiving.queries.receipts import receipt_view
from services.receiving.queries.suppliers import shelf_life_minimum, supplier_location
from services.receiving.schemas.receipts import ReceiptView, RecordReceipt
from services.receiving.service.lots import LotRequest, lot_for_receipt
from services.receiving.service.receipt_events import receipt_recorded_payload


def record_receipt(
    uow: UnitOfWork, *, request_id: str, command: RecordReceipt, actor: Principal
) -> ReceiptView:
    roles.TABLE.require(actor, "record_receipt")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.record_receipt",
        request=command,
        result_type=ReceiptView,
        execute=lambda session: _record_receipt(session, command, actor),
    )


@dataclass(frozen=True)
class CheckedReceipt:
    """A receipt request that passed every rule at the point of receipt."""

    label: ScannedLabel | None
    goods: ReceivedGoods
    line_quantity: Decimal
    received_on: date
    # The site's day now, in the time zone of the rule that dates its lot codes.
    today: date
    rule: LotCodeRule


def _record_receipt(session: Session, command: RecordReceipt, actor: Principal) -> ReceiptView:
    # Asked before the order is locked, and only for a new request: a replay needs no warehouse.
    location = command.receiving_location
    place = warehouse.place(location)
    refuse_if(receiving_location_refusal(location, place))
    # The order's row lock serialises its receipts, so cumulative tolerance and closing hold.
    order = find_purchase_order(session, command.purchase_order_number, for_update=True)
    refuse_if(receiving_location_refusal(location, place, order.ship_to_site))
    line = _line(order, command.line_number)
    refuse_if(receiving_refusal(PurchaseOrderStatus(order.status)))
    approval = _approval(session, order, line)
    checked = _checked(session, command, line, approval)
    lot = lot_for_receipt(
        session,
        LotRequest(
            supplier=order.supplier,
            item_code=line.item_code,
            attributes=checked.goods.attributes,
            received_on=checked.received_on,
            receiving_location=command.receiving_location,
            tlc_source_reference=command.tlc_source_reference,
            rule=checked.rule,
        ),
        actor,
    )
    # Judged by the lot's dates, also those a receipt of a lot known before did not repeat.
    dates = LotAttributes(
        expiry_date=checked.goods.attributes.expiry_date or lot.expiry_date,
        production_date=checked.goods.attributes.production_date or lot.production_date,
    )
    refuse_if(
        shelf_life_refusal(
            dates,
            checked.today,
            shelf_life_minimum(approval),
            accepted_for_return=command.accept_for_return is not None,
        )
    )
    receipt = _receipt(command, checked, order, line, approval, lot, actor)
    session.add(receipt)
    line.received_quantity += checked.line_quantity
    closed = _close_if_fulfilled(order)
    session.flush()
    view = receipt_view(receipt)
    emit(
        session,
        "receiving.receipt_recorded",
        str(receipt.id),
        receipt_recorded_payload(view, receipt),
    )
    if closed:
        order_view = purchase_order_view(order).model_dump(mode="json")
        emit(session, "receiving.purchase_order_closed", order.number, order_view)
    return view


def _checked(
    session: Session, command: RecordReceipt, line: PurchaseOrderLine, approval: SupplierItem
) -> CheckedReceipt:
    label = parse_scan(command.scan) if command.scan else None
    goods = goods_received(
        _typed(command),
        label,
        approved_gtin=approval.gtin,
        item_code=line.item_code,
        line_unit=line.unit,
    )
    assert goods.quantity is not None and goods.unit is not None
    line_quantity = convert(goods.quantity, goods.unit, line.unit)
    refuse_if(over_receipt_refusal(_tolerance(line), line.received_quantity, line_quantity))
    required = required_with_shelf_life(_requirements(approval), shelf_life_minimum(approval))
    refuse_if(missing_attributes_refusal(required, goods.attributes))
    rule = approval.lot_code_rule or default_rule(session)
    # "Today" is the site's day, in the time zone of the rule that dates its lot codes.
    today = datetime.now(ZoneInfo(rule.time_zone)).date()
    received_on = command.received_on or today
    refuse_if(received_on_refusal(received_on, today))
    refuse_if(dates_refusal(goods.attributes, received_on))
    return CheckedReceipt(label, goods, line_quantity, received_on, today, rule)


def _receipt(
    command: RecordReceipt,
    checked: CheckedReceipt,
    order: PurchaseOrder,
    line: PurchaseOrderLine,
    approval: SupplierItem,
    lot: ReceivedLot,
    actor: Principal,
) -> Receipt:
    label, given = checked.label, checked.goods.attributes
    document = command.reference_document
    return Receipt(
        purchase_order=order,
        line=line,
        supplier=order.supplier,
        lot=lot,
        status=ReceiptStatus.RECORDED.value,
        quantity=checked.goods.quantity,
        unit=checked.goods.unit,
        line_quantity=checked.line_quantity,
        supplier_lot=given.supplier_lot,
        # A lot received before keeps its dates; a receipt that did not repeat them inherits them.
        expiry_date=given.expiry_date or lot.expiry_date,
        production_date=given.production_date or lot.production_date,
        serial_number=label.serial_number if label else None,
        sscc=label.sscc if label else None,
        gtin=(label.gtin if label else None) or approval.gtin,
        certificate_of_analysis=given.certificate_of_analysis,
        receiving_location=command.receiving_location,
        previous_source_location=(
            command.previous_source_location or supplier_location(order.supplier)
        ),
        reference_document_type=(
            document.type if document else ReferenceDocumentType.PURCHASE_ORDER
        ).value,
        reference_document_number=document.number if document else order.number,
        product_description=approval.description or line.item_code,
        scan=command.scan,
        received_on=checked.received_on,
        recorded_by=actor.user,
        returned_quantity=Decimal(0),
        accepted_for_return_reason=(
            command.accept_for_return.reason if command.accept_for_return else None
        ),
    )


def _typed(command: RecordReceipt) -> ReceivedGoods:
    return ReceivedGoods(
        quantity=command.quantity,
        unit=command.unit,
        attributes=LotAttributes(
            supplier_lot=command.supplier_lot,
            expiry_date=command.expiry_date,
            production_date=command.production_date,
            certificate_of_analysis=command.certificate_of_analysis,
        ),
    )


def _line(order: PurchaseOrder, line_number: int) -> PurchaseOrderLine:
    line = next((line for line in order.lines if line.line_number == line_number), None)
    if line is None:
        raise NotFound(
            f"purchase order {order.number} has no line {line_number}",
            code="purchase_order_line_not_found",
        )
    return line


def _approval(session: Session, order: PurchaseOrder, line: PurchaseOrderLine) -> SupplierItem:
    approval = session.scalar(
        select(SupplierItem).where(
            SupplierItem.supplier_id == order.supplier_id,
            SupplierItem.item_code == line.item_code,
        )
    )
    if approval is None:
        raise InvalidState(
            f"supplier {order.supplier.code} is no longer approved to deliver {line.item_code}",
            code="item_not_approved_for_supplier",
            item_codes=[line.item_code],
        )
    return approval


def _requirements(approval: SupplierItem) -> ReceivingRequirements:
    return ReceivingRequirements(
        supplier_lot=approval.requires_supplier_lot,
        expiry_date=approval.requires_expiry_date,
        production_date=approval.requires_production_date,
        certificate_of_analysis=approval.requires_certificate_of_analysis,
    )


def _tolerance(line: PurchaseOrderLine) -> LineTolerance:
    return LineTolerance(
        line.quantity, line.over_tolerance_percent, line.under_tolerance_percent, line.unit
    )


def _close_if_fulfilled(order: PurchaseOrder) -> bool:
    if not order_fulfilled((_tolerance(line), line.received_quantity) for line in order.lines):
        return False
    order.status = PurchaseOrderStatus.CLOSED.value
    order.closed_at = func.now()
    return True

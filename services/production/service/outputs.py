"""Output of an order: its lot received in the warehouse (registered there the first time, in
QUARANTINE when quality inspects the item before release, else AVAILABLE), by-products as lots
of their own linked to every input consumed so far, all in one production transaction after
the warehouse accepted the stock."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if
from lotflow.units import convert_physically, physically_convertible
from services.production import floor_peers
from services.production.domain.operations import order_refusal
from services.production.domain.orders import output_lot_code
from services.production.domain.roles import TABLE
from services.production.domain.wip import by_product_quantity, output_refusal, shown
from services.production.models import (
    Bom,
    BomOutput,
    Consumption,
    GenealogyLink,
    OrderOutput,
    ProductionOrder,
)
from services.production.queries.outputs import output_view
from services.production.schemas.outputs import ProduceOutput, ProduceOutputResult
from services.production.service.operations import locked_order, record_history
from services.production.settings import production_settings

PRIMARY = "primary"


def produce_output(
    uow: UnitOfWork, *, request_id: str, command: ProduceOutput, actor: Principal
) -> ProduceOutputResult:
    TABLE.require(actor, "produce_output")

    def execute(session: Session) -> ProduceOutputResult:
        order = locked_order(session, command.order_number)
        refuse_if(order_refusal(order.status, order.blocked, order.number))
        quantity = in_unit(command.quantity, command.uom, order.uom, order.item_code)
        last_good = order.operations[-1].good_quantity if order.operations else Decimal(0)
        refuse_if(output_refusal(produced(session, order), quantity, last_good))
        now = session.scalar(select(func.now()))
        today = now.date()
        outputs = [
            _receive(
                session,
                order,
                order.item_code,
                order.output_lot_code,
                quantity,
                order.uom,
                PRIMARY,
                f"{request_id}:output",
                today,
                actor,
            )
        ]
        bom = session.get(Bom, order.bom_id) if order.bom_id else None
        for extra in _extra_outputs(session, order):
            amount = by_product_quantity(quantity, bom.output_quantity, extra.quantity_per)
            if amount <= 0:
                continue
            lot_code = _extra_lot_code(session, order, extra, today)
            outputs.append(
                _receive(
                    session,
                    order,
                    extra.item_code,
                    lot_code,
                    amount,
                    extra.uom,
                    extra.kind,
                    f"{request_id}:{extra.kind}:{extra.item_code}",
                    today,
                    actor,
                )
            )
            link_inputs(session, order, lot_code, extra.item_code)
        session.flush()
        views = [output_view(row) for row in outputs]
        inputs = order_inputs(session, order)
        for view in views:
            payload = {
                **view.model_dump(mode="json"),
                "order_number": order.number,
                "site_code": order.site_code,
                "reference_document": order.number,
                "inputs": inputs,
            }
            emit(session, "production.output_produced", order.number, payload)
            record_history(session, order, "output_produced", payload, actor)
        return ProduceOutputResult(order_number=order.number, outputs=views)

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.produce_output",
        request=command,
        result_type=ProduceOutputResult,
        execute=execute,
    )


def produced(session: Session, order: ProductionOrder) -> Decimal:
    """Primary output declared so far, in the order's unit."""
    return session.scalar(
        select(func.coalesce(func.sum(OrderOutput.quantity), 0)).where(
            OrderOutput.order_id == order.id, OrderOutput.kind == PRIMARY
        )
    )


def in_unit(quantity: Decimal, uom: str, to_uom: str, item_code: str) -> Decimal:
    if uom == to_uom:
        return quantity
    facts = floor_peers.item(item_code)
    to_base = facts.factors.get(uom, Decimal(1) if uom == facts.base_uom else None)
    from_base = facts.factors.get(to_uom, Decimal(1) if to_uom == facts.base_uom else None)
    if to_base is not None and from_base is not None:
        return quantity * to_base / from_base
    if physically_convertible(uom, to_uom):
        converted = convert_physically(quantity, uom, to_uom)
        if converted is not None:
            return converted
    raise invalid(
        "unit_not_convertible", f"{uom} cannot be converted to {to_uom}", uom=uom, to_uom=to_uom
    )


def _receive(
    session: Session,
    order: ProductionOrder,
    item_code: str,
    lot_code: str,
    quantity: Decimal,
    uom: str,
    kind: str,
    warehouse_request_id: str,
    today: date,
    actor: Principal,
) -> OrderOutput:
    facts = floor_peers.item(item_code)
    expiry = today + timedelta(days=facts.shelf_life_days) if facts.shelf_life_days else None
    inspected = floor_peers.final_inspection_required(item_code, lot_code)
    status = "QUARANTINE" if inspected else "AVAILABLE"
    floor_peers.receive_output(
        actor,
        warehouse_request_id,
        lot_code=lot_code,
        item_code=item_code,
        location_code=order.output_location_code,
        quantity=quantity,
        uom=uom,
        status=status,
        order_number=order.number,
        production_date=today,
        expiry_date=expiry,
    )
    row = OrderOutput(
        order_id=order.id,
        lot_code=lot_code,
        item_code=item_code,
        quantity=quantity,
        uom=uom,
        kind=kind,
        location_code=order.output_location_code,
        status=status,
        production_date=today,
        expiry_date=expiry,
        produced_by=actor.user,
        produced_at=session.scalar(select(func.now())),
    )
    session.add(row)
    return row


def _extra_outputs(session: Session, order: ProductionOrder) -> list[BomOutput]:
    if order.bom_id is None:
        return []
    return list(
        session.scalars(
            select(BomOutput).where(BomOutput.bom_id == order.bom_id).order_by(BomOutput.item_code)
        )
    )


def _extra_lot_code(session: Session, order: ProductionOrder, extra: BomOutput, day: date) -> str:
    """A by- or co-product keeps one lot per order: the one it got, by the order's lot rule,
    on the order's first output."""
    earlier = session.scalar(
        select(OrderOutput.lot_code).where(
            OrderOutput.order_id == order.id, OrderOutput.item_code == extra.item_code
        )
    )
    if earlier:
        return earlier
    seq = session.scalar(text("SELECT nextval('production_lot_seq')"))
    return output_lot_code(production_settings().lot_rule, extra.item_code, day, seq)


def link_inputs(session: Session, order: ProductionOrder, lot_code: str, item_code: str) -> None:
    """Links from every input the order consumed that is not linked to `lot_code` yet."""
    linked = select(GenealogyLink.consumption_id).where(
        GenealogyLink.output_lot_code == lot_code, GenealogyLink.consumption_id.is_not(None)
    )
    rows = session.scalars(
        select(Consumption).where(Consumption.order_id == order.id, Consumption.id.not_in(linked))
    ).all()
    for consumption in rows:
        session.add(
            GenealogyLink(
                input_lot_code=consumption.lot_code,
                input_item_code=consumption.item_code,
                output_lot_code=lot_code,
                output_item_code=item_code,
                quantity=consumption.quantity,
                uom=consumption.uom,
                order_id=order.id,
                order_number=order.number,
                operation_seq=consumption.operation_seq,
                consumption_id=consumption.id,
                linked_at=consumption.consumed_at,
            )
        )


def order_inputs(session: Session, order: ProductionOrder) -> list[dict]:
    """The input lots consumed by the order so far, with their totals."""
    rows = session.execute(
        select(
            Consumption.lot_code,
            Consumption.item_code,
            Consumption.uom,
            func.sum(Consumption.quantity),
        )
        .where(Consumption.order_id == order.id)
        .group_by(Consumption.lot_code, Consumption.item_code, Consumption.uom)
        .order_by(Consumption.item_code, Consumption.lot_code)
    )
    return [
        {"lot_code": lot, "item_code": item, "quantity": shown(quantity), "uom": uom}
        for lot, item, uom, quantity in rows
    ]

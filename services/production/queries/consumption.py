"""Views of what an order consumed."""

from __future__ import annotations

from services.production.models import Consumption, ProductionOrder
from services.production.schemas.consumption import ConsumptionView


def consumption_view(consumption: Consumption, order: ProductionOrder) -> ConsumptionView:
    return ConsumptionView(
        id=consumption.id,
        order_number=order.number,
        operation_seq=consumption.operation_seq,
        line_no=consumption.order_material_line_no,
        lot_code=consumption.lot_code,
        item_code=consumption.item_code,
        quantity=consumption.quantity,
        uom=consumption.uom,
        method=consumption.method,
        standard_quantity=consumption.standard_quantity,
        variance_quantity=consumption.variance_quantity,
        variance_reason=consumption.variance_reason,
        warehouse_movement_id=consumption.warehouse_movement_id,
        output_lot_code=order.output_lot_code or "",
        consumed_by=consumption.consumed_by,
        consumed_at=consumption.consumed_at,
    )

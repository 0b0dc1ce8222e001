"""The output lot as inbound's inspection steps take a lot: the order number where a receipt's
id would be (the tasks' business key and the inspection's reference), the output location where
the dock would be (the stock is settled there). Pure."""

from __future__ import annotations

from workflows.inbound.contracts import ReceivedLot
from workflows.production_order.contracts import ProducedOutput


def output_as_lot(order_number: str, output: ProducedOutput) -> ReceivedLot:
    return ReceivedLot(
        receipt_id=order_number,
        lot_code=output.lot_code,
        item_code=output.item_code,
        supplier_code="",
        quantity=output.quantity,
        unit=output.uom,
        dock=output.location_code,
        movement_id="",
    )

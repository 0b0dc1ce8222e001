"""The production floor over real gRPC, on top of production_world: an operator's calls at
operations, issues, backflushes, output and completion, and small orders built in one line.

    floor = Production(grpc_channel(production), token("olga", *OPERATOR_ROLES))
    order = released_order(wh, engineer, planner, plant, bread, [component(1, flour, ...)])
    start(floor, order.number, 10)
    report(floor, order.number, 10, good="8", scrap="2", reason=reason)
"""

from __future__ import annotations

from decimal import Decimal

from tests.integration.production_world import (
    Plant,
    Production,
    create_order,
    define_bom,
    define_routing,
    operation,
    release_order,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import unique


def released_order(
    engineer: Production,
    planner: Production,
    plant: Plant,
    item_code: str,
    components: list[dict],
    *,
    quantity: str = "10",
    operations: list[dict] | None = None,
    outputs: list[dict] | None = None,
    uom: str = "H87",
    output_quantity: str = "1",
):
    """An order of `quantity` of the item, its BOM and routing (by default one operation at the
    plant's first work center) defined, released and staged."""
    define_bom(
        engineer,
        item_code,
        components,
        outputs=outputs,
        output_uom=uom,
        output_quantity=output_quantity,
    )
    define_routing(engineer, item_code, operations or [operation(10, plant.work_centers[0])])
    order = create_order(planner, plant, item_code, quantity, uom=uom)
    return release_order(planner, order.number)


def scrap_reason(engineer: Production, work_center_code: str, code: str = "") -> str:
    code = code or unique("SCR")
    engineer.call(
        "DefineScrapReason",
        work_center_code=work_center_code,
        reason_code=code,
        description="scrap",
        category="material",
    )
    return code


def start(floor: Production, order_number: str, seq: int):
    return floor.call("RecordOperationStart", order_number=order_number, operation_seq=seq)


def report(
    floor: Production,
    order_number: str,
    seq: int,
    *,
    good: str = "",
    scrap: str = "",
    reason: str = "",
    rework: str = "",
    rework_to: int | None = None,
):
    fields = {"good": good, "scrap": scrap, "scrap_reason_code": reason, "rework": rework}
    if rework_to is not None:
        fields["rework_to_seq"] = rework_to
    return floor.call(
        "RecordOperationReport", order_number=order_number, operation_seq=seq, **fields
    )


def complete(floor: Production, order_number: str, seq: int):
    return floor.call("RecordOperationCompletion", order_number=order_number, operation_seq=seq)


def run_operation(floor: Production, order_number: str, seq: int, good: str) -> None:
    """Start, report all good and complete one operation."""
    start(floor, order_number, seq)
    report(floor, order_number, seq, good=good)
    complete(floor, order_number, seq)


def issue(floor: Production, order_number: str, seq: int, lot: str, quantity: str, uom: str, **kw):
    return floor.call(
        "IssueMaterial",
        order_number=order_number,
        operation_seq=seq,
        lot_code=lot,
        quantity=quantity,
        uom=uom,
        **kw,
    )


def produce(floor: Production, order_number: str, quantity: str, uom: str = "H87"):
    return floor.call("ProduceOutput", order_number=order_number, quantity=quantity, uom=uom)


def positions(floor: Production, order_number: str) -> dict[int, dict[str, Decimal]]:
    """GetWip of the order: per operation seq, its quantities."""
    page = floor.call("GetWip", order_number=order_number)
    return {
        p.seq: {
            name: Decimal(getattr(p, name))
            for name in ("queued", "in_process", "good", "scrap", "rework_out", "rework_in")
        }
        for p in page.positions
    }


def quantities(wh: Warehouse, lot: str) -> dict[tuple[str, str], int]:
    return wh.on_hand(lot)

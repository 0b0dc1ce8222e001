"""A production world over real gRPC, for every production test to build on: a site with
line-side locations, work centers, items with unit conversions, lots with stock, a BOM and a
routing, and orders created and released.

    wh = Warehouse(grpc_channel(warehouse), token("admin"))
    prod = Production(grpc_channel(production), token("pia", *PLANNER_ROLES))
    plant = build_plant(wh, prod, work_centers=2)
    flour = make_material(wh, "KGM", conversions={"BG": "25"})
    lot = stock_lot(wh, plant, flour, "100", expiry_date="2031-01-01")
    bread = make_material(wh, "H87")
    define_bom(prod, bread, [component(1, flour, "0.5", "KGM", operation_seq=10)])
    define_routing(prod, bread, [operation(10, plant.work_centers[0])])
    order = create_order(prod, plant, bread, "100")
    released = release_order(prod, order.number)

The functions keep their signatures: other parts' tests use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import grpc
from google.protobuf import message_factory

from protos.production.v1 import orders_pb2
from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from services.production.domain.orders import line_side_location
from tests.property.warehouse_world import Warehouse, build_site, make_lot
from tests.transport import Refusal, auth, error_code, unique

_SERVICE = pb.DESCRIPTOR.services_by_name["ProductionService"]

ENGINEER_ROLES = ("production_engineer",)
# A planner runs orders in production and, to stage them, reserves (planner) and moves stock
# line-side (warehouse_clerk) in the warehouse.
PLANNER_ROLES = ("production_planner", "planner", "warehouse_clerk")
# Floor staff: production's operator role is the warehouse's production role too.
OPERATOR_ROLES = ("production",)
DAY = "2026-01-01"
DUE = "2030-06-01"


class Production:
    """Calls `ProductionService` methods by name: `prod.call("GetOrder", ref=...)`."""

    def __init__(self, channel: grpc.Channel, bearer: str) -> None:
        self.stub = pb_grpc.ProductionServiceStub(channel)
        self.bearer = bearer
        self.metadata = auth(bearer)

    def call(self, method: str, **fields):
        request_type = message_factory.GetMessageClass(_SERVICE.methods_by_name[method].input_type)
        if "request_id" in request_type.DESCRIPTOR.fields_by_name and "request_id" not in fields:
            fields["request_id"] = unique("req")
        return getattr(self.stub, method)(request_type(**fields), metadata=self.metadata)

    def refusal(self, method: str, **fields) -> Refusal:
        """The status and stable code of a call that must fail."""
        try:
            self.call(method, **fields)
        except grpc.RpcError as error:
            return error.code(), error_code(error)
        raise AssertionError(f"{method} succeeded but should have been refused")

    def as_(self, bearer: str) -> Production:
        """The same client calling as someone else."""
        other = Production.__new__(Production)
        other.stub, other.bearer, other.metadata = self.stub, bearer, auth(bearer)
        return other


@dataclass
class Plant:
    site_code: str
    storage_bins: list[str]
    output_location_code: str
    quarantine_bin: str
    work_centers: list[str]
    # Work center code -> its line-side bin (LS-<work center>).
    line_sides: dict[str, str] = field(default_factory=dict)


def build_plant(wh: Warehouse, prod: Production, *, work_centers: int = 2) -> Plant:
    """A site with storage bins, a line-side zone holding one LS-<work center> bin per work
    center, and the work centers registered in production (as an admin of `wh`'s caller)."""
    site = build_site(wh, bins=3)
    zone = unique("ZLS")
    wh.call(
        "RegisterLocation",
        code=zone,
        name="line side",
        level="zone",
        kind="line_side",
        parent_code=site.warehouse,
    )
    codes, line_sides = [], {}
    for _ in range(work_centers):
        code = unique("WC")
        prod.as_(wh.bearer).call(
            "RegisterWorkCenter", code=code, name=code, site_code=site.code, kind="line"
        )
        bin_code = line_side_location(code)
        wh.call("RegisterLocation", code=bin_code, name=bin_code, level="bin", parent_code=zone)
        codes.append(code)
        line_sides[code] = bin_code
    return Plant(
        site_code=site.code,
        storage_bins=site.bins[:2],
        output_location_code=site.bins[2],
        quarantine_bin=site.quarantine_bin,
        work_centers=codes,
        line_sides=line_sides,
    )


def make_material(
    wh: Warehouse,
    base_uom: str = "KGM",
    *,
    conversions: dict[str, str] | None = None,
    shelf_life_days: int | None = None,
    prefix: str = "MAT",
) -> str:
    """An item (lot controlled) with pack conversions {uom: base units in one}."""
    code = unique(prefix)
    extra = {"shelf_life_days": shelf_life_days} if shelf_life_days else {}
    wh.call(
        "RegisterItem",
        code=code,
        description=f"item {code}",
        base_uom=base_uom,
        lot_controlled=True,
        conversions=[{"uom": u, "factor": f} for u, f in (conversions or {}).items()],
        **extra,
    )
    return code


def stock_lot(
    wh: Warehouse,
    plant: Plant,
    item_code: str,
    quantity: str,
    *,
    uom: str | None = None,
    expiry_date: str = "",
    bin_code: str | None = None,
) -> str:
    """A new lot of the item with `quantity` AVAILABLE in a storage bin of the plant."""
    lot = make_lot(wh, item_code, expiry_date=expiry_date)
    item = wh.call("GetItem", ref=item_code)
    wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=bin_code or plant.storage_bins[0],
        quantity=quantity,
        uom=uom or item.base_uom,
        status="AVAILABLE",
        reference_number=unique("PO"),
    )
    return lot


def component(
    line_no: int,
    item_code: str,
    quantity_per: str,
    uom: str,
    *,
    operation_seq: int = 10,
    scrap_factor: str = "0",
    issue_policy: str = "manual",
    alternates: list[dict] | None = None,
) -> dict:
    return {
        "line_no": line_no,
        "item_code": item_code,
        "quantity_per": quantity_per,
        "uom": uom,
        "operation_seq": operation_seq,
        "scrap_factor": scrap_factor,
        "issue_policy": issue_policy,
        "alternates": alternates or [],
    }


def alternate(item_code: str, ratio: str, *, valid_from: str = DAY, priority: int = 1) -> dict:
    return {"item_code": item_code, "ratio": ratio, "valid_from": valid_from, "priority": priority}


def operation(
    seq: int, work_center_code: str, *, reworkable: bool = False, rework_to_seq: int | None = None
) -> dict:
    fields = {
        "seq": seq,
        "code": f"OP{seq}",
        "work_center_code": work_center_code,
        "setup_minutes": "5",
        "run_minutes_per_unit": "0.5",
        "reworkable": reworkable,
    }
    if rework_to_seq is not None:
        fields["rework_to_seq"] = rework_to_seq
    return fields


def define_bom(
    prod: Production,
    item_code: str,
    components: list[dict],
    *,
    output_quantity: str = "1",
    output_uom: str = "H87",
    outputs: list[dict] | None = None,
    valid_from: str = DAY,
    bearer: str | None = None,
) -> orders_pb2.Bom:
    """A BOM of the item (as an engineer when `bearer` is given, else as `prod`'s caller)."""
    caller = prod.as_(bearer) if bearer else prod
    return caller.call(
        "DefineBom",
        item_code=item_code,
        valid_from=valid_from,
        output_quantity=output_quantity,
        output_uom=output_uom,
        components=components,
        outputs=outputs or [],
    )


def define_routing(
    prod: Production,
    item_code: str,
    operations: list[dict],
    *,
    valid_from: str = DAY,
    bearer: str | None = None,
) -> orders_pb2.Routing:
    caller = prod.as_(bearer) if bearer else prod
    return caller.call(
        "DefineRouting", item_code=item_code, valid_from=valid_from, operations=operations
    )


def create_order(
    prod: Production,
    plant: Plant,
    item_code: str,
    quantity: str,
    *,
    uom: str = "H87",
    due_date: str = DUE,
    number: str = "",
) -> orders_pb2.Order:
    return prod.call(
        "CreateOrder",
        number=number,
        item_code=item_code,
        quantity=quantity,
        uom=uom,
        due_date=due_date,
        site_code=plant.site_code,
        output_location_code=plant.output_location_code,
    )


def release_order(prod: Production, order_number: str, **fields) -> orders_pb2.Order:
    return prod.call("ReleaseOrder", order_number=order_number, **fields)


def material(order: orders_pb2.Order, line_no: int) -> orders_pb2.OrderMaterial:
    return next(m for m in order.materials if m.line_no == line_no)


def history_kinds(order: orders_pb2.Order) -> list[str]:
    return [entry.kind for entry in order.history]

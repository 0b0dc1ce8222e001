"""The gRPC side of the production benchmark: a plant, items, lots, released orders with their
input lots staged line-side, then clients issuing material, and one long order end to end."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import grpc
from google.protobuf import message_factory

from bench.warehouse_load import Measurement, run_clients
from lotflow.auth import issue_token
from lotflow.errors import ERROR_CODE_METADATA_KEY
from protos.production.v1 import production_pb2, production_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from services.production.domain.orders import line_side_location

DUE = "2030-06-01"


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


class Client:
    """Calls a service's methods by name with a fresh request id: `wh.call("GetItem", ...)`."""

    def __init__(self, target: str, module, stub, service: str) -> None:
        self.channel = grpc.insecure_channel(target)
        self.stub = stub(self.channel)
        self.service = module.DESCRIPTOR.services_by_name[service]
        self.metadata = (("authorization", f"Bearer {issue_token('bench', ['admin'])}"),)

    def call(self, method: str, **fields):
        request_type = message_factory.GetMessageClass(
            self.service.methods_by_name[method].input_type
        )
        if "request_id" in request_type.DESCRIPTOR.fields_by_name:
            fields.setdefault("request_id", uuid.uuid4().hex)
        return getattr(self.stub, method)(request_type(**fields), metadata=self.metadata)


def warehouse(target: str) -> Client:
    return Client(
        target, warehouse_pb2, warehouse_pb2_grpc.WarehouseServiceStub, "WarehouseService"
    )


def production(target: str) -> Client:
    return Client(
        target, production_pb2, production_pb2_grpc.ProductionServiceStub, "ProductionService"
    )


@dataclass
class Plant:
    site: str
    storage: str
    output_bin: str
    work_centers: list[str]


@dataclass
class StagedOrder:
    number: str
    # (operation seq, lot code) of every staged input lot.
    lots: list[tuple[int, str]] = field(default_factory=list)


def build_plant(wh: Client, prod: Client, work_centers: int) -> Plant:
    site, house = unique("S"), unique("W")
    storage, line_side = unique("ZS"), unique("ZL")
    wh.call("RegisterLocation", code=site, name=site, level="site")
    wh.call("RegisterLocation", code=house, name=house, level="warehouse", parent_code=site)
    for zone, kind in ((storage, "storage"), (line_side, "line_side")):
        wh.call(
            "RegisterLocation", code=zone, name=zone, level="zone", kind=kind, parent_code=house
        )
    bins = [unique("B") for _ in range(2)]
    for code in bins:
        wh.call("RegisterLocation", code=code, name=code, level="bin", parent_code=storage)
    centers = []
    for _ in range(work_centers):
        code = unique("WC")
        prod.call("RegisterWorkCenter", code=code, name=code, site_code=site, kind="line")
        bin_code = line_side_location(code)
        wh.call(
            "RegisterLocation", code=bin_code, name=bin_code, level="bin", parent_code=line_side
        )
        centers.append(code)
    return Plant(site, bins[0], bins[1], centers)


def item(wh: Client, base_uom: str) -> str:
    code = unique("I")
    wh.call("RegisterItem", code=code, description=code, base_uom=base_uom, lot_controlled=True)
    return code


def stock(wh: Client, plant: Plant, item_code: str, lots: int, each: str) -> None:
    """`lots` lots of the item, `each` KGM apiece, expiring one day apart (FEFO order)."""
    for number in range(lots):
        lot = unique("L")
        wh.call(
            "RegisterLot",
            lot_code=lot,
            item_code=item_code,
            origin="received",
            expiry_date=f"2031-{1 + number // 28 % 12:02d}-{1 + number % 28:02d}",
        )
        wh.call(
            "ReceiveStock",
            lot_code=lot,
            location_code=plant.storage,
            quantity=each,
            uom="KGM",
            status="AVAILABLE",
            reference_number="PO-BENCH",
        )


def define_product(
    wh: Client,
    prod: Client,
    plant: Plant,
    components: list[tuple[str, str, int]],
    operations: int,
) -> str:
    """An output item whose BOM has `components` [(item, KGM per unit, operation seq)] and
    whose routing has `operations` operations (10, 20, ...) over the plant's work centers."""
    output = unique("P")
    wh.call("RegisterItem", code=output, description=output, base_uom="H87", lot_controlled=True)
    prod.call(
        "DefineBom",
        item_code=output,
        valid_from="2026-01-01",
        output_quantity="1",
        output_uom="H87",
        components=[
            {
                "line_no": n + 1,
                "item_code": code,
                "quantity_per": per,
                "uom": "KGM",
                "operation_seq": seq,
                "scrap_factor": "0",
                "issue_policy": "manual",
            }
            for n, (code, per, seq) in enumerate(components)
        ],
    )
    centers = plant.work_centers
    prod.call(
        "DefineRouting",
        item_code=output,
        valid_from="2026-01-01",
        operations=[
            {
                "seq": 10 * (n + 1),
                "code": f"OP{n + 1}",
                "work_center_code": centers[n % len(centers)],
                "setup_minutes": "1",
                "run_minutes_per_unit": "0.1",
            }
            for n in range(operations)
        ],
    )
    return output


def create_order(prod: Client, plant: Plant, output: str, quantity: str) -> str:
    return prod.call(
        "CreateOrder",
        item_code=output,
        quantity=quantity,
        uom="H87",
        due_date=DUE,
        site_code=plant.site,
        output_location_code=plant.output_bin,
    ).number


def release(wh: Client, prod: Client, number: str) -> StagedOrder:
    """Release the order (which stages its materials) and list the lots staged line-side."""
    order = prod.call("ReleaseOrder", order_number=number)
    if order.blocked:
        raise RuntimeError(f"order {number} released short: {order.blocked_reason}")
    staged = StagedOrder(number)
    for line in order.materials:
        reservation = wh.call("GetReservation", reservation_id=line.reservation_id)
        staged.lots += [(line.operation_seq, a.lot_code) for a in reservation.allocations]
    return staged


def grpc_issues(
    target: str, orders: list[StagedOrder], clients: int, seconds: float, quantity: str
) -> Measurement:
    """IssueMaterial of `quantity` KGM from `clients` threads: client k works on order
    k % len(orders) and takes that order's staged lots round robin."""

    def client(number: int, ready: Callable, running: Callable) -> tuple[int, int, int]:
        prod = production(target)
        order = orders[number % len(orders)]
        sharing = max(1, clients // len(orders))
        mine = order.lots[number // len(orders) % sharing :: sharing] or order.lots
        done = refused = failed = n = 0
        ready()
        while running():
            seq, lot = mine[n % len(mine)]
            try:
                prod.call(
                    "IssueMaterial",
                    order_number=order.number,
                    operation_seq=seq,
                    lot_code=lot,
                    quantity=quantity,
                    uom="KGM",
                )
                done += 1
            except grpc.RpcError as error:
                code = dict(error.trailing_metadata() or ()).get(ERROR_CODE_METADATA_KEY)
                refused += code is not None
                failed += code is None
            n += 1
        prod.channel.close()
        return done, refused, failed

    return run_clients(clients, seconds, client)


def order_end_to_end(
    wh: Client, prod: Client, plant: Plant, operations: int, lots: int, components: int
) -> tuple[dict[str, float], StagedOrder]:
    """An order of `operations` operations consuming `lots` input lots (whole lots, `components`
    items), from release to completion over the direct RPCs; seconds taken by phase."""
    per_item = lots // components
    parts = []
    for k in range(components):
        code = item(wh, "KGM")
        stock(wh, plant, code, per_item, "1")
        parts.append((code, "1", 10 * (1 + k * operations // components)))
    quantity = str(per_item)
    output = define_product(wh, prod, plant, parts, operations)
    number = create_order(prod, plant, output, quantity)
    phases = dict.fromkeys(("release", "operations", "issues", "output and completion"), 0.0)

    def timed(phase: str, call: Callable, *args, **fields):
        began = time.perf_counter()
        result = call(*args, **fields)
        phases[phase] += time.perf_counter() - began
        return result

    staged = timed("release", release, wh, prod, number)
    by_operation: dict[int, list[str]] = {}
    for seq, lot in staged.lots:
        by_operation.setdefault(seq, []).append(lot)
    for n in range(operations):
        seq = 10 * (n + 1)
        at = {"order_number": number, "operation_seq": seq}
        timed("operations", prod.call, "RecordOperationStart", **at)
        for lot in by_operation.get(seq, []):
            timed("issues", prod.call, "IssueMaterial", lot_code=lot, quantity="1", uom="KGM", **at)
        timed("operations", prod.call, "RecordOperationReport", good=quantity, **at)
        timed("operations", prod.call, "RecordOperationCompletion", **at)
    finish = "output and completion"
    timed(finish, prod.call, "ProduceOutput", order_number=number, quantity=quantity, uom="H87")
    timed(finish, prod.call, "CompleteOrder", order_number=number)
    return phases, staged

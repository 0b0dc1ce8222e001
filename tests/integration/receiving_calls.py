"""Calls the receiving integration tests share: suppliers approved for items, purchase orders,
receipts posted over REST, and what an order has received so far.

Set-up goes over gRPC with a new request id per call, as the tests' own callers would.
"""

from __future__ import annotations

import uuid

import grpc
import httpx

from lotflow.auth import issue_token
from lotflow.service_host import RunningService
from lotflow.settings import get_settings
from protos.receiving.v1 import receiving_pb2 as pb
from tests.property.warehouse_world import Warehouse
from tests.transport import auth, new_request_id, rest_client, unique

# Dock bins of one site, registered once per session (receiving receives only at docks).
DOCKS = tuple(f"DOCK-{number}" for number in range(1, 8))


def register_docks(wh: Warehouse) -> tuple[str, ...]:
    site, house, zone = unique("SITE"), unique("WH"), unique("ZDOCK")
    wh.call("RegisterLocation", code=site, name=site, level="site")
    wh.call("RegisterLocation", code=house, name=house, level="warehouse", parent_code=site)
    wh.call("RegisterLocation", code=zone, name=zone, level="zone", kind="dock", parent_code=house)
    for dock in DOCKS:
        wh.call("RegisterLocation", code=dock, name=dock, level="bin", parent_code=zone)
    return DOCKS


def known_items(*items: str) -> None:
    """Register the items in the running warehouse (receiving approves only items it knows);
    an item registered before is fine."""
    with grpc.insecure_channel(get_settings().grpc_target("warehouse")) as channel:
        wh = Warehouse(channel, issue_token("tester", ["admin"]))
        for item in items:
            try:
                wh.call("RegisterItem", code=item, description=item, base_uom="KGM")
            except grpc.RpcError as error:
                if error.code() != grpc.StatusCode.ALREADY_EXISTS:
                    raise


DUE = "2026-03-31"


def check_digit(body: str) -> str:
    """GS1 mod-10: weights 3 and 1 from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def new_gln() -> str:
    body = f"400638{uuid.uuid4().int % 10**6:06d}"
    return body + check_digit(body)


def create_supplier(stub, admin: str, *, name: str = "Mill", country: str = "DE", **fields) -> str:
    """A new supplier (`fields` as CreateSupplierRequest takes them); returns its code."""
    code = unique("SUP")
    stub.CreateSupplier(
        pb.CreateSupplierRequest(
            request_id=new_request_id(), code=code, name=name, country=country, **fields
        ),
        metadata=auth(admin),
    )
    return code


def approve_item(stub, admin: str, supplier: str, item: str, **fields) -> None:
    """Approve the supplier for an item (`fields` as ApproveSupplierItemRequest takes them)."""
    known_items(item)
    stub.ApproveSupplierItem(
        pb.ApproveSupplierItemRequest(
            request_id=new_request_id(), supplier_code=supplier, item_code=item, **fields
        ),
        metadata=auth(admin),
    )


def approved_supplier(stub, admin: str, *items: str) -> str:
    """A new supplier approved for the items; returns its code."""
    code = create_supplier(stub, admin)
    for item in items:
        approve_item(stub, admin, code, item)
    return code


def define_lot_code_rule(stub, buyer: str, pattern: str, **fields) -> str:
    """A fresh lot-code rule (its sequences start at 1); returns its name."""
    name = unique("RULE")
    stub.DefineLotCodeRule(
        pb.DefineLotCodeRuleRequest(
            request_id=new_request_id(), name=name, pattern=pattern, **fields
        ),
        metadata=auth(buyer),
    )
    return name


def lot_code_rule(rule: str) -> dict:
    """ApproveSupplierItem fields that make a lot-code rule assign the item's lot codes."""
    return {"receiving_requirements": pb.ReceivingRequirements(lot_code_rule=rule)}


def order_line(
    line_number: int, item: str, quantity: str, unit: str, *, due_date: str = DUE, **fields
) -> pb.NewPurchaseOrderLine:
    return pb.NewPurchaseOrderLine(
        line_number=line_number,
        item_code=item,
        quantity=quantity,
        unit=unit,
        due_date=due_date,
        **fields,
    )


def create_order(stub, buyer: str, supplier: str, *lines: pb.NewPurchaseOrderLine) -> str:
    """A new open purchase order of the supplier; returns its number."""
    number = unique("PO")
    stub.CreatePurchaseOrder(
        pb.CreatePurchaseOrderRequest(
            request_id=new_request_id(), number=number, supplier_code=supplier, lines=list(lines)
        ),
        metadata=auth(buyer),
    )
    return number


def post_receipt(
    receiving: RunningService, bearer: str, body: dict, key: str | None = None
) -> httpx.Response:
    with rest_client(receiving, bearer) as client:
        return client.post(
            "/v1/receipts", json=body, headers={"Idempotency-Key": key or new_request_id()}
        )


def received_quantities(receiving: RunningService, bearer: str, order: dict) -> list[str]:
    """What each line of the order (its "number") has received so far, read over REST."""
    with rest_client(receiving, bearer) as client:
        read = client.get(f"/v1/purchase-orders/{order['number']}").json()
    return [line["received_quantity"] for line in read["lines"]]


# -- purchase orders over REST ------------------------------------------------------------------


def line(number: int = 1, **changes) -> dict:
    return {
        "line_number": number,
        "item_code": "FLOUR",
        "quantity": "1200.5",
        "unit": "KGM",
        "over_tolerance_percent": "5",
        "under_tolerance_percent": "2.5",
        "due_date": DUE,
    } | changes


def order_body(supplier: str, *lines: dict, number: str | None = None) -> dict:
    return {
        "number": number or unique("PO"),
        "supplier_code": supplier,
        "lines": list(lines or [line()]),
    }


def create(receiving: RunningService, bearer: str, body: dict, key: str) -> httpx.Response:
    with rest_client(receiving, bearer) as client:
        return client.post("/v1/purchase-orders", json=body, headers={"Idempotency-Key": key})

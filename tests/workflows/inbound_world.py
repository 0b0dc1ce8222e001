"""What the inbound workflow tests set up and read: a site with a dock and storage bins, an item
with a putaway rule, an approved supplier with an open order, inspection plans, receipts; and
people acting on their tasks through the inbox over REST.

Set-up calls the services over gRPC as an admin, with a new request id per call.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import grpc
import httpx

from lotflow.grpc_client import bearer
from lotflow.service_host import RunningService
from protos.quality.v1 import quality_pb2, quality_pb2_grpc
from protos.receiving.v1 import receiving_pb2, receiving_pb2_grpc
from protos.warehouse.v1 import warehouse_pb2, warehouse_pb2_grpc
from tests.transport import new_request_id, rest_client, unique

T = TypeVar("T")

INSPECTORS, APPROVERS, SUPERVISORS = "quality_inspector", "quality_approver", "quality_supervisor"


@dataclass
class Stubs:
    receiving: receiving_pb2_grpc.ReceivingServiceStub
    warehouse: warehouse_pb2_grpc.WarehouseServiceStub
    quality: quality_pb2_grpc.QualityServiceStub
    admin: str
    channels: list[grpc.Channel] = field(default_factory=list)

    @classmethod
    def at(cls, targets: Callable[[str], str], admin: str) -> Stubs:
        """Stubs of the services listening where `targets` (service name -> host:port) says."""
        channels = [
            grpc.insecure_channel(targets(service))
            for service in ("receiving", "warehouse", "quality")
        ]
        return cls(
            receiving_pb2_grpc.ReceivingServiceStub(channels[0]),
            warehouse_pb2_grpc.WarehouseServiceStub(channels[1]),
            quality_pb2_grpc.QualityServiceStub(channels[2]),
            admin,
            channels,
        )

    def call(self, method: Any, request: Any) -> Any:
        return method(request, metadata=bearer(self.admin))


@dataclass(frozen=True)
class Site:
    dock: str
    storage_bins: tuple[str, ...]


def build_site(stubs: Stubs) -> Site:
    wh = stubs.warehouse

    def location(code: str, level: str, parent: str = "", kind: str = "") -> str:
        stubs.call(
            wh.RegisterLocation,
            warehouse_pb2.RegisterLocationRequest(
                request_id=new_request_id(),
                code=code,
                name=code,
                level=level,
                parent_code=parent,
                kind=kind,
            ),
        )
        return code

    site = location(unique("SITE"), "site")
    house = location(unique("WH"), "warehouse", site)
    dock_zone = location(unique("ZDOCK"), "zone", house, "dock")
    storage = location(unique("ZSTO"), "zone", house, "storage")
    dock = location(unique("DOCK"), "bin", dock_zone)
    bins = tuple(location(unique("BIN"), "bin", storage) for _ in range(2))
    stubs.call(
        wh.RegisterPutawayRule,
        warehouse_pb2.RegisterPutawayRuleRequest(
            request_id=new_request_id(), zone_code=storage, stock_status="AVAILABLE"
        ),
    )
    return Site(dock=dock, storage_bins=bins)


@dataclass(frozen=True)
class Goods:
    item: str
    supplier: str
    order: str
    plan_id: str = ""  # the inspection plan, when the goods are inspected


def new_goods(
    stubs: Stubs,
    *,
    inspected: bool,
    skip_lot_after: int = 0,
    supplier_lot_codes: bool = False,
    gtin: str = "",
    item_master: Callable[[str], AbstractContextManager] | None = None,
) -> Goods:
    """A new item (KGM) from a new approved supplier with an open order of 1000 KGM, and, when
    `inspected`, an inspection plan: moisture at most 15 %, foreign matter pass/fail. With
    `supplier_lot_codes` the supplier's lot codes are kept as the traceability lot codes
    (otherwise receiving assigns them). A `gtin` is the item's, so receipts can be scanned.
    The item is registered in this warehouse, unless an `item_master(item)` is given: receiving
    then approves the supplier while it knows the item from there instead."""
    item = unique("FLOUR")
    if item_master is None:
        register_item(stubs, item, gtin)
    supplier = unique("SUP")
    stubs.call(
        stubs.receiving.CreateSupplier,
        receiving_pb2.CreateSupplierRequest(
            request_id=new_request_id(),
            code=supplier,
            name="Mill",
            country="DE",
            assigns_traceability_lot_codes=supplier_lot_codes,
        ),
    )
    with item_master(item) if item_master else contextlib.nullcontext():
        stubs.call(
            stubs.receiving.ApproveSupplierItem,
            receiving_pb2.ApproveSupplierItemRequest(
                request_id=new_request_id(),
                supplier_code=supplier,
                item_code=item,
                description="Wheat flour 25 kg bag",
                gtin=gtin,
            ),
        )
    order = unique("PO")
    stubs.call(
        stubs.receiving.CreatePurchaseOrder,
        receiving_pb2.CreatePurchaseOrderRequest(
            request_id=new_request_id(),
            number=order,
            supplier_code=supplier,
            lines=[
                receiving_pb2.NewPurchaseOrderLine(
                    line_number=1,
                    item_code=item,
                    quantity="1000",
                    unit="KGM",
                    over_tolerance_percent="10",
                    due_date="2026-12-31",
                )
            ],
        ),
    )
    plan_id = ""
    if inspected:
        plan_id = stubs.call(
            stubs.quality.DefineInspectionPlan,
            quality_pb2.DefineInspectionPlanRequest(
                request_id=new_request_id(),
                item_code=item,
                sample_size=5,
                characteristics=[
                    quality_pb2.Characteristic(
                        name="moisture", kind="numeric", upper_limit="15.0", unit="P1"
                    ),
                    quality_pb2.Characteristic(name="foreign matter", kind="attribute"),
                ],
                skip_lot_after=skip_lot_after,
            ),
        ).id
    return Goods(item=item, supplier=supplier, order=order, plan_id=plan_id)


def register_item(stubs: Stubs, item: str, gtin: str = "") -> None:
    """The item in the warehouse's item master, counted in KGM."""
    stubs.call(
        stubs.warehouse.RegisterItem,
        warehouse_pb2.RegisterItemRequest(
            request_id=new_request_id(),
            code=item,
            description="Wheat flour",
            base_uom="KGM",
            gtin=gtin,
        ),
    )


def record_receipt(
    stubs: Stubs,
    goods: Goods,
    site: Site,
    quantity: str = "100",
    supplier_lot: str = "",
    scan: str = "",
) -> str:
    """A receipt of `quantity` KGM at the site's dock, of a new supplier lot unless one is
    given (it becomes the traceability lot code); returns its id. With a GS1 `scan`, the
    quantity and lot (and what else it carries) come from the scan."""
    receipt = stubs.call(
        stubs.receiving.RecordReceipt,
        receiving_pb2.RecordReceiptRequest(
            request_id=new_request_id(),
            purchase_order_number=goods.order,
            line_number=1,
            quantity="" if scan else quantity,
            unit="" if scan else "KGM",
            supplier_lot=supplier_lot or ("" if scan else unique("L")[:20]),
            scan=scan,
            receiving_location=site.dock,
        ),
    )
    return receipt.id


def balances(stubs: Stubs, lot_code: str, item: str) -> dict[tuple[str, str], Decimal]:
    """(location, status) -> quantity of the lot, nonzero balances only."""
    page = stubs.call(
        stubs.warehouse.ListOnHand,
        warehouse_pb2.ListOnHandRequest(item_code=item, lot_code=lot_code, page_size=500),
    )
    return {
        (b.location_code, b.status): Decimal(b.quantity)
        for b in page.balances
        if Decimal(b.quantity)
    }


def movements(stubs: Stubs, lot_code: str, item: str) -> list[warehouse_pb2.Movement]:
    page = stubs.call(
        stubs.warehouse.ListLotMovements,
        warehouse_pb2.ListLotMovementsRequest(lot_code=lot_code, item_code=item, page_size=500),
    )
    return list(page.movements)


def receipt_of(stubs: Stubs, receipt_id: str) -> receiving_pb2.Receipt:
    return stubs.call(
        stubs.receiving.GetReceipt, receiving_pb2.GetReceiptRequest(receipt_id=receipt_id)
    )


def inspection_of(stubs: Stubs, inspection_id: str) -> quality_pb2.Inspection:
    return stubs.call(
        stubs.quality.GetInspection, quality_pb2.GetInspectionRequest(inspection_id=inspection_id)
    )


# -- people at the inbox ---------------------------------------------------------------------


def person(inbox: RunningService, token: Callable[..., str], user: str, *roles: str):
    return rest_client(inbox, token(user, *roles))


def eventually(probe: Callable[[], T | None], *, timeout: float = 30.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {probe}")
        time.sleep(0.1)


def open_task(
    person_client: httpx.Client, receipt_id: str, element_id: str, *, other_than: str = ""
) -> dict[str, Any]:
    """The active task of the receipt's workflow at this BPMN element, once the inbox shows it;
    `other_than` a task id: the one opened again after that task's completion was refused."""

    def probe() -> dict[str, Any] | None:
        response = person_client.get("/v1/tasks", params={"business_key": receipt_id})
        assert response.status_code == 200, response.text
        return next(
            (
                t
                for t in response.json()["tasks"]
                if t["element_id"] == element_id and t["id"] != other_than
            ),
            None,
        )

    return eventually(probe)


def complete(
    person_client: httpx.Client,
    task_id: str,
    outcome: str,
    *,
    reason: str | None = None,
    **variables: Any,
) -> httpx.Response:
    body: dict[str, Any] = {"outcome": outcome, "variables": variables}
    if reason is not None:
        body["reason"] = reason
    return person_client.post(
        f"/v1/tasks/{task_id}/complete",
        json=body,
        headers={"Idempotency-Key": f"test-{uuid.uuid4()}"},
    )


GOOD_RESULTS = [
    {"characteristic": "moisture", "value": "12.4"},
    {"characteristic": "foreign matter", "passed": True},
]
BAD_RESULTS = [
    {"characteristic": "moisture", "value": "17.9"},
    {"characteristic": "foreign matter", "passed": True},
]

"""A small client for the warehouse over real gRPC, a fresh site to test in, and helpers for
its events and for clients racing each other.

Shared by the warehouse integration, concurrency and property tests: every call goes through
the real server (auth, interceptors, PostgreSQL), with a new request id unless one is given.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal

import grpc

from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from tests import transport
from tests.transport import Refusal, auth, error_code, grpc_channel, payload, unique

_SERVICE = pb.DESCRIPTOR.services_by_name["WarehouseService"]


class Warehouse:
    """Calls `WarehouseService` methods by name: `wh.call("IssueStock", lot_code=...)`."""

    def __init__(self, channel: grpc.Channel, bearer: str) -> None:
        self.stub = pb_grpc.WarehouseServiceStub(channel)
        self.bearer = bearer
        self.metadata = auth(bearer)

    def call(self, method: str, **fields):
        request_type = getattr(pb, _SERVICE.methods_by_name[method].input_type.name)
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

    def free(self, lot_code: str, location_code: str, status: str = "AVAILABLE") -> Decimal:
        page = self.call("ListOnHand", lot_code=lot_code, location_code=location_code)
        return sum(
            (Decimal(b.available_to_promise) for b in page.balances if b.status == status),
            Decimal(0),
        )

    def on_hand(self, lot_code: str) -> dict[tuple[str, str], Decimal]:
        page = self.call("ListOnHand", lot_code=lot_code, page_size=500)
        return {(b.location_code, b.status): Decimal(b.quantity) for b in page.balances}

    def ledger_is_exact(self) -> bool:
        check = self.call("CheckLedger")
        return not check.discrepancies


@dataclass
class Site:
    code: str
    warehouse: str
    storage_zone: str
    quarantine_zone: str
    bins: list[str]
    quarantine_bin: str
    dock: str


def build_site(wh: Warehouse, *, time_zone: str = "UTC", bins: int = 3) -> Site:
    """A site with a warehouse, a dock, a quarantine zone and a storage zone of `bins` bins."""
    site = unique("SITE")
    wh.call("RegisterLocation", code=site, name=site, level="site", time_zone=time_zone)
    house = unique("WH")
    wh.call("RegisterLocation", code=house, name=house, level="warehouse", parent_code=site)
    zones = {}
    for kind in ("dock", "quarantine", "storage"):
        zones[kind] = unique(f"Z{kind[:3].upper()}")
        wh.call(
            "RegisterLocation",
            code=zones[kind],
            name=kind,
            level="zone",
            kind=kind,
            parent_code=house,
        )
    dock, quarantine_bin = unique("DOCK"), unique("QBIN")
    wh.call("RegisterLocation", code=dock, name="dock", level="bin", parent_code=zones["dock"])
    wh.call(
        "RegisterLocation",
        code=quarantine_bin,
        name="q",
        level="bin",
        parent_code=zones["quarantine"],
    )
    storage_bins = []
    for _ in range(bins):
        code = unique("BIN")
        wh.call("RegisterLocation", code=code, name=code, level="bin", parent_code=zones["storage"])
        storage_bins.append(code)
    return Site(
        site, house, zones["storage"], zones["quarantine"], storage_bins, quarantine_bin, dock
    )


def make_item(wh: Warehouse, base_uom: str = "H87", **fields) -> str:
    code = unique("ITEM")
    wh.call("RegisterItem", code=code, description=f"item {code}", base_uom=base_uom, **fields)
    return code


def make_lot(
    wh: Warehouse,
    item_code: str,
    *,
    expiry_date: str = "",
    production_date: str = "",
    origin: str = "received",
) -> str:
    code = unique("LOT")
    wh.call(
        "RegisterLot",
        lot_code=code,
        item_code=item_code,
        origin=origin,
        expiry_date=expiry_date,
        production_date=production_date,
        tlc_source="Supplier Farm, Salinas CA",
    )
    return code


def stock_available(wh: Warehouse, lot: str, bin_code: str, quantity: str, uom: str = "H87"):
    """Receive straight into AVAILABLE (as if inspected), reference a PO."""
    return wh.call(
        "ReceiveStock",
        lot_code=lot,
        location_code=bin_code,
        quantity=quantity,
        uom=uom,
        status="AVAILABLE",
        reference_number=unique("PO"),
    )


def events_about(wh: Warehouse, subject: str, at_least: int) -> list[dict]:
    """The payloads of the feed's events about `subject`, each with its event type."""
    events = transport.events_about(wh.stub, subject, wh.bearer, at_least=at_least)
    return [{**payload(e), "event_type": e.event_type} for e in events]


def clients(warehouse, token, count: int) -> list[Warehouse]:
    return [Warehouse(grpc_channel(warehouse), token(f"client{n}")) for n in range(count)]


def run_together(count: int, work) -> None:
    start_line = threading.Barrier(count)
    errors: list[BaseException] = []

    def run(number: int) -> None:
        start_line.wait()
        try:
            work(number)
        except BaseException as error:  # noqa: BLE001 - reported by the test thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]

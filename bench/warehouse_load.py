"""The gRPC side of the warehouse benchmark: set up stock, then drive clients for a while."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import grpc

from lotflow.auth import issue_token
from lotflow.errors import ERROR_CODE_METADATA_KEY
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc

_SERVICE = pb.DESCRIPTOR.services_by_name["WarehouseService"]
# Movements per PostMovements call in the batched scenario.
BATCH = 50
# Enough for every scenario never to run dry: it measures movements, not refusals.
PLENTY = "1000000000"


@dataclass
class Measurement:
    done: int = 0
    refused: int = 0
    failed: int = 0
    elapsed: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed else 0.0

    def add(self, done: int, refused: int, failed: int) -> None:
        with self.lock:
            self.done += done
            self.refused += refused
            self.failed += failed


@dataclass
class World:
    site: str
    bins: tuple[str, str]
    # Per client: the lots it moves in the across-items scenario.
    lots_by_client: list[list[str]]
    hot_lot: str
    scarce_lot: str


def _stub(target: str) -> tuple[pb_grpc.WarehouseServiceStub, tuple]:
    bearer = issue_token("bench", ["admin"])
    channel = grpc.insecure_channel(target)
    return pb_grpc.WarehouseServiceStub(channel), (("authorization", f"Bearer {bearer}"),)


def _rid() -> str:
    return uuid.uuid4().hex


def _call(stub, md, method: str, **fields):
    """Call a WarehouseService method with a fresh request id."""
    request_type = getattr(pb, _SERVICE.methods_by_name[method].input_type.name)
    return getattr(stub, method)(request_type(request_id=_rid(), **fields), metadata=md)


def prepare_stock(target: str, *, items: int, clients: int) -> World:
    stub, md = _stub(target)
    tag = uuid.uuid4().hex[:6]
    site, house, zone = f"S{tag}", f"W{tag}", f"Z{tag}"
    _call(stub, md, "RegisterLocation", code=site, name=site, level="site")
    _call(stub, md, "RegisterLocation", code=house, name=house, level="warehouse", parent_code=site)
    _call(
        stub,
        md,
        "RegisterLocation",
        code=zone,
        name=zone,
        level="zone",
        kind="storage",
        parent_code=house,
    )
    bins = (f"A{tag}", f"B{tag}")
    for code in bins:
        _call(stub, md, "RegisterLocation", code=code, name=code, level="bin", parent_code=zone)

    def lot_with_stock(item: str, quantity: str) -> str:
        lot = f"L{uuid.uuid4().hex[:10]}"
        _call(stub, md, "RegisterLot", lot_code=lot, item_code=item, origin="received")
        _call(
            stub,
            md,
            "ReceiveStock",
            lot_code=lot,
            location_code=bins[0],
            quantity=quantity,
            uom="H87",
            status="AVAILABLE",
            reference_number="PO-BENCH",
        )
        return lot

    lots = []
    for number in range(items):
        item = f"I{tag}{number}"
        _call(stub, md, "RegisterItem", code=item, description=item, base_uom="H87")
        lots.append(lot_with_stock(item, PLENTY))
    hot_item = f"H{tag}"
    _call(stub, md, "RegisterItem", code=hot_item, description=hot_item, base_uom="H87")
    return World(
        site=site,
        bins=bins,
        lots_by_client=[lots[n::clients] or lots[:1] for n in range(clients)],
        hot_lot=lot_with_stock(hot_item, PLENTY),
        scarce_lot=lot_with_stock(hot_item, "10"),
    )


def run_clients(clients: int, seconds: float, client: Callable) -> Measurement:
    """Run `client(number, ready, running)` on `clients` threads: each sets itself up, calls
    `ready()` to wait for the others, works while `running()` and returns (done, refused,
    failed). The clock runs from the moment all are ready."""
    measurement = Measurement()
    start_line = threading.Barrier(clients + 1)
    deadline = [0.0]

    def running() -> bool:
        return time.perf_counter() < deadline[0]

    def thread(number: int) -> None:
        measurement.add(*client(number, start_line.wait, running))

    threads = [threading.Thread(target=thread, args=(n,)) for n in range(clients)]
    for each in threads:
        each.start()
    deadline[0] = time.perf_counter() + seconds
    started = time.perf_counter()
    start_line.wait()
    for each in threads:
        each.join()
    measurement.elapsed = time.perf_counter() - started
    return measurement


def _drive(target: str, clients: int, seconds: float, work: Callable) -> Measurement:
    """Run `work(stub, md, client, n)` in a loop on every client until time is up."""

    def client(number: int, ready: Callable, running: Callable) -> tuple[int, int, int]:
        stub, md = _stub(target)
        done = refused = failed = n = 0
        ready()
        while running():
            try:
                done += work(stub, md, number, n) or 1
            except grpc.RpcError as error:
                code = dict(error.trailing_metadata() or ()).get(ERROR_CODE_METADATA_KEY)
                if code == "insufficient_stock":
                    refused += 1
                else:
                    failed += 1
            except RuntimeError:  # a batch with refused entries
                failed += 1
            n += 1
        return done, refused, failed

    return run_clients(clients, seconds, client)


def grpc_across_items(target: str, world: World, clients: int, seconds: float) -> Measurement:
    def transfer(stub, md, client: int, n: int) -> None:
        lots = world.lots_by_client[client]
        lot = lots[n % len(lots)]
        # Out and back: each lot's stock stays put on average, every call is a real move.
        source, target_bin = world.bins if (n // len(lots)) % 2 == 0 else world.bins[::-1]
        _call(
            stub,
            md,
            "TransferStock",
            lot_code=lot,
            from_location_code=source,
            to_location_code=target_bin,
            quantity="1",
            uom="H87",
        )

    return _drive(target, clients, seconds, transfer)


def grpc_batched(target: str, world: World, clients: int, seconds: float) -> Measurement:
    """The across-items work, BATCH transfers per PostMovements call (each its own request)."""

    def transfers(stub, md, client: int, n: int) -> int:
        lots = world.lots_by_client[client]
        request = pb.PostMovementsRequest()
        for k in range(BATCH):
            step = n * BATCH + k
            lot = lots[step % len(lots)]
            source, target_bin = world.bins if (step // len(lots)) % 2 == 0 else world.bins[::-1]
            request.movements.add().transfer.CopyFrom(
                pb.TransferStockRequest(
                    request_id=_rid(),
                    lot_code=lot,
                    from_location_code=source,
                    to_location_code=target_bin,
                    quantity="1",
                    uom="H87",
                )
            )
        results = stub.PostMovements(request, metadata=md).results
        failed = [r.error_code for r in results if r.error_code]
        if failed:
            raise RuntimeError(f"batched transfers refused: {failed[:3]}")
        return len(results)

    return _drive(target, clients, seconds, transfers)


def grpc_hot_lot(target: str, world: World, clients: int, seconds: float) -> Measurement:
    def issue(stub, md, _client: int, _n: int) -> None:
        _call(
            stub,
            md,
            "IssueStock",
            lot_code=world.hot_lot,
            location_code=world.bins[0],
            quantity="1",
            uom="H87",
            reference_number="WO-BENCH",
        )

    return _drive(target, clients, seconds, issue)


def grpc_goodput(target: str, world: World, clients: int) -> tuple[int, int, int]:
    """Clients ask for 1-2 units until the 10 units are gone: units delivered, refusals, errors."""
    delivered, refused, failed = [0], [0], [0]
    lock = threading.Lock()
    start_line = threading.Barrier(clients)

    def client(number: int) -> None:
        stub, md = _stub(target)
        start_line.wait()
        want = 1 + number % 2
        while want:
            try:
                _call(
                    stub,
                    md,
                    "IssueStock",
                    lot_code=world.scarce_lot,
                    location_code=world.bins[0],
                    quantity=str(want),
                    uom="H87",
                    reference_number="WO-GOODPUT",
                )
                with lock:
                    delivered[0] += want
            except grpc.RpcError as error:
                code = dict(error.trailing_metadata() or ()).get(ERROR_CODE_METADATA_KEY)
                with lock:
                    if code == "insufficient_stock":
                        refused[0] += 1
                    else:
                        failed[0] += 1
                want -= 1  # two did not fit: one might; one did not: nothing left

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return delivered[0], refused[0], failed[0]

"""Reserved stock staged to line-side: moved with its reservation, issued there against it,
the unused rest moved back and released; over real gRPC and REST, the books exact throughout."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import grpc
import pytest

from tests.property.warehouse_world import (
    Site,
    Warehouse,
    build_site,
    clients,
    make_item,
    make_lot,
    run_together,
    stock_available,
)
from tests.transport import error_code, grpc_channel, ok, post, refusal, unique

pytestmark = pytest.mark.integration


def day(offset: int) -> str:
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


@pytest.fixture(scope="module")
def floor(warehouse, token) -> Warehouse:
    """A production operator: reserves, stages, issues and releases."""
    return Warehouse(grpc_channel(warehouse), token("pia", "production"))


def line_side_bin(wh: Warehouse, site: Site) -> str:
    zone, code = unique("ZLS"), unique("LS")
    wh.call(
        "RegisterLocation",
        code=zone,
        name="line side",
        level="zone",
        kind="line_side",
        parent_code=site.warehouse,
    )
    wh.call("RegisterLocation", code=code, name=code, level="bin", parent_code=zone)
    return code


def reserve(wh: Warehouse, item: str, site: Site, quantity: str, order: str | None = None):
    return wh.call(
        "ReserveStock",
        order_ref=order or unique("MO"),
        item_code=item,
        site_code=site.code,
        quantity=quantity,
        uom="H87",
        need_date=day(1),
    )


def stage(wh: Warehouse, reservation, lot: str, source: str, target: str, quantity: str, **more):
    return wh.call(
        "TransferStock",
        lot_code=lot,
        from_location_code=source,
        to_location_code=target,
        quantity=quantity,
        uom="H87",
        reservation_id=reservation.id,
        reference_type="ORDER",
        reference_number=reservation.order_ref,
        **more,
    )


def allocations(wh: Warehouse, reservation_id: str) -> set[tuple[str, str, str, str]]:
    view = wh.call("GetReservation", reservation_id=reservation_id)
    return {(a.lot_code, a.location_code, a.allocated, a.remaining) for a in view.allocations}


def reserved(wh: Warehouse, lot: str, location: str) -> Decimal:
    page = wh.call("ListOnHand", lot_code=lot, location_code=location)
    return sum((Decimal(b.reserved) for b in page.balances), Decimal(0))


def test_staged_stock_stays_reserved_at_line_side_and_is_issued_there(wh, floor):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh)
    first, second = make_lot(wh, item, expiry_date=day(20)), make_lot(wh, item, expiry_date=day(40))
    stock_available(wh, first, site.bins[0], "5")
    stock_available(wh, second, site.bins[1], "5")
    reservation = reserve(floor, item, site, "8")
    assert {(a.lot_code, a.remaining) for a in reservation.allocations} == {
        (first, "5"),
        (second, "3"),
    }

    moved = stage(floor, reservation, first, site.bins[0], line, "5")
    stage(floor, reservation, second, site.bins[1], line, "3")

    assert (moved.type, moved.from_location_code, moved.to_location_code) == (
        "transfer",
        site.bins[0],
        line,
    )
    assert moved.reservation_id == reservation.id
    # The allocations moved with the stock; the one that moved whole kept its identity.
    assert allocations(floor, reservation.id) == {
        (first, line, "5", "5"),
        (second, line, "3", "3"),
    }
    whole = next(a for a in reservation.allocations if a.lot_code == first)
    staged = floor.call("GetReservation", reservation_id=reservation.id).allocations
    assert whole.id in {a.id for a in staged}
    # Free stock at the source is untouched; the staged stock is reserved, not free, at line-side.
    assert wh.free(second, site.bins[1]) == 2
    assert (wh.free(first, line), wh.free(second, line)) == (0, 0)
    assert (reserved(wh, first, line), reserved(wh, second, line)) == (5, 3)
    assert wh.on_hand(first) == {(line, "AVAILABLE"): 5}
    taken = wh.refusal(
        "IssueStock",
        lot_code=first,
        location_code=line,
        quantity="1",
        uom="H87",
        reference_number="ANOTHER-ORDER",
    )
    assert taken == (grpc.StatusCode.FAILED_PRECONDITION, "insufficient_stock")

    floor.call(
        "IssueStock",
        lot_code=first,
        location_code=line,
        quantity="4",
        uom="H87",
        reference_number=reservation.order_ref,
        reservation_id=reservation.id,
    )
    # Nothing of the reservation is left at the source to draw on.
    assert (
        floor.refusal(
            "IssueStock",
            lot_code=second,
            location_code=site.bins[1],
            quantity="1",
            uom="H87",
            reference_number=reservation.order_ref,
            reservation_id=reservation.id,
        )[1]
        == "reservation_exceeded"
    )
    assert allocations(floor, reservation.id) == {
        (first, line, "5", "1"),
        (second, line, "3", "3"),
    }
    assert wh.on_hand(first) == {(line, "AVAILABLE"): 1}
    assert wh.ledger_is_exact()


def test_a_staging_replayed_with_its_request_id_moves_once(wh, floor):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "6")
    reservation = reserve(floor, item, site, "4")
    key = unique("stage")
    first = stage(floor, reservation, lot, site.bins[0], line, "4", request_id=key)
    again = stage(floor, reservation, lot, site.bins[0], line, "4", request_id=key)
    assert again.id == first.id
    assert wh.on_hand(lot) == {(site.bins[0], "AVAILABLE"): 2, (line, "AVAILABLE"): 4}
    assert allocations(floor, reservation.id) == {(lot, line, "4", "4")}
    assert wh.ledger_is_exact()


def test_a_part_staged_splits_the_allocation_and_the_rest_joins_it(wh, floor):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "7")
    reservation = reserve(floor, item, site, "5")

    stage(floor, reservation, lot, site.bins[0], line, "3")
    assert allocations(floor, reservation.id) == {
        (lot, site.bins[0], "2", "2"),
        (lot, line, "3", "3"),
    }
    assert wh.free(lot, site.bins[0]) == 2
    stage(floor, reservation, lot, site.bins[0], line, "2")
    assert allocations(floor, reservation.id) == {(lot, line, "5", "5")}
    assert (wh.free(lot, site.bins[0]), reserved(wh, lot, line)) == (2, 5)
    assert wh.ledger_is_exact()


def test_unused_staged_stock_goes_back_and_only_the_remainder_is_released_over_rest(
    warehouse, wh, token
):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh, base_uom="KGM")  # weighed: parts of a unit
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "10", uom="KGM")
    operator = token("pia", "production")
    order = unique("MO")
    reservation = ok(
        post(
            warehouse,
            operator,
            "/v1/reservations",
            {
                "order_ref": order,
                "item_code": item,
                "site_code": site.code,
                "quantity": "6",
                "uom": "KGM",
                "need_date": day(1),
            },
        ),
        201,
    )
    move = {"lot_code": lot, "uom": "KGM", "reservation_id": reservation["id"]}
    staged = ok(
        post(
            warehouse,
            operator,
            "/v1/stock/transfers",
            move | {"from_location_code": site.bins[0], "to_location_code": line, "quantity": "6"},
        ),
        201,
    )
    assert staged["reservation_id"] == reservation["id"]
    ok(
        post(
            warehouse,
            operator,
            "/v1/stock/issues",
            {
                "lot_code": lot,
                "location_code": line,
                "quantity": "2.5",
                "uom": "KGM",
                "reference_number": order,
                "reservation_id": reservation["id"],
            },
        ),
        201,
    )
    # The unused 3.5 go back to stock, still reserved, then the reservation is released.
    ok(
        post(
            warehouse,
            operator,
            "/v1/stock/transfers",
            move
            | {"from_location_code": line, "to_location_code": site.bins[1], "quantity": "3.5"},
        ),
        201,
    )
    assert wh.free(lot, site.bins[1]) == 0
    released = ok(
        post(
            warehouse,
            operator,
            "/v1/reservation-releases",
            {"reservation_id": reservation["id"], "reason": "order completed"},
        )
    )
    assert released["released_by"] == "pia" and released["released_at"]
    assert {
        (a["location_code"], Decimal(a["allocated"]), Decimal(a["remaining"]))
        for a in released["allocations"]
    } == {(line, Decimal("2.5"), 0), (site.bins[1], Decimal("3.5"), 0)}
    # Issued stock stays issued; only the remainder became free again.
    assert wh.on_hand(lot) == {
        (site.bins[0], "AVAILABLE"): 4,
        (site.bins[1], "AVAILABLE"): Decimal("3.5"),
    }
    assert (wh.free(lot, site.bins[0]), wh.free(lot, site.bins[1])) == (4, Decimal("3.5"))
    again = post(
        warehouse, operator, "/v1/reservation-releases", {"reservation_id": reservation["id"]}
    )
    assert refusal(again) == (409, "reservation_released")
    late = post(
        warehouse,
        operator,
        "/v1/stock/transfers",
        move | {"from_location_code": site.bins[1], "to_location_code": line, "quantity": "1"},
    )
    assert refusal(late) == (409, "reservation_released")
    assert wh.ledger_is_exact()


def test_a_reserved_transfer_is_refused_with_a_stable_code_and_moves_nothing(wh, floor):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item, other_item = make_item(wh), make_item(wh)
    lot, spare, foreign = make_lot(wh, item), make_lot(wh, item), make_lot(wh, other_item)
    stock_available(wh, lot, site.bins[0], "5")
    stock_available(wh, foreign, site.bins[0], "5")
    reservation = reserve(floor, item, site, "4")
    stock_available(wh, spare, site.bins[0], "5")  # arrived after reserving: not allocated
    before = {code: wh.on_hand(code) for code in (lot, spare, foreign)}

    def refused(lot_code: str, source: str, quantity: str, reservation_id: str, **more):
        return floor.refusal(
            "TransferStock",
            lot_code=lot_code,
            from_location_code=source,
            to_location_code=line,
            quantity=quantity,
            uom="H87",
            reservation_id=reservation_id,
            **more,
        )

    failed, precondition = grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.FAILED_PRECONDITION
    assert refused(lot, site.bins[0], "1", str(uuid.uuid4())) == (
        grpc.StatusCode.NOT_FOUND,
        "reservation_not_found",
    )
    assert refused(foreign, site.bins[0], "1", reservation.id) == (
        failed,
        "reservation_of_another_item",
    )
    assert refused(spare, site.bins[0], "1", reservation.id) == (precondition, "lot_not_allocated")
    assert refused(lot, site.bins[1], "1", reservation.id) == (precondition, "lot_not_allocated")
    assert refused(lot, site.bins[0], "5", reservation.id) == (
        precondition,
        "exceeds_allocation",
    )
    assert refused(lot, site.bins[0], "1", reservation.id, status="QUARANTINE")[0] == failed
    floor.call("ReleaseReservation", reservation_id=reservation.id)
    assert refused(lot, site.bins[0], "1", reservation.id) == (
        precondition,
        "reservation_released",
    )
    assert {code: wh.on_hand(code) for code in (lot, spare, foreign)} == before
    assert wh.ledger_is_exact()


def test_a_hold_on_a_staged_lot_takes_its_reservation_at_line_side(warehouse, wh, floor, token):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "5")
    reservation = reserve(floor, item, site, "5")
    stage(floor, reservation, lot, site.bins[0], line, "5")
    quality = Warehouse(grpc_channel(warehouse), token("quinn", "quality"))
    quality.call("HoldLot", lot_code=lot, hold_ref=unique("HOLD"), reason="suspect")
    assert wh.on_hand(lot) == {(line, "HOLD"): 5}
    assert allocations(floor, reservation.id) == {(lot, line, "5", "0")}
    assert (
        floor.refusal(
            "IssueStock",
            lot_code=lot,
            location_code=line,
            quantity="1",
            uom="H87",
            reference_number=reservation.order_ref,
            reservation_id=reservation.id,
        )[1]
        == "reservation_exceeded"
    )
    back = floor.refusal(
        "TransferStock",
        lot_code=lot,
        from_location_code=line,
        to_location_code=site.bins[0],
        quantity="1",
        uom="H87",
        reservation_id=reservation.id,
    )
    assert back == (grpc.StatusCode.FAILED_PRECONDITION, "exceeds_allocation")
    assert wh.ledger_is_exact()


def test_staging_racing_back_and_forth_and_a_release_leaves_the_books_exact(
    warehouse, wh, floor, token
):
    site = build_site(wh)
    line = line_side_bin(wh, site)
    item = make_item(wh)
    lot = make_lot(wh, item)
    stock_available(wh, lot, site.bins[0], "40")
    reservation = reserve(floor, item, site, "20")
    team = clients(warehouse, token, 4)
    refusals: Counter[str] = Counter()
    lock = threading.Lock()

    def work(number: int) -> None:
        there, back = (site.bins[0], line) if number % 2 == 0 else (line, site.bins[0])
        for step in range(6):
            source, target = (there, back) if step % 2 == 0 else (back, there)
            try:
                if number == 3 and step == 3:
                    team[number].call("ReleaseReservation", reservation_id=reservation.id)
                    continue
                stage(team[number], reservation, lot, source, target, "2")
            except grpc.RpcError as error:
                with lock:
                    refusals[error_code(error)] += 1

    run_together(len(team), work)
    assert set(refusals) <= {"exceeds_allocation", "lot_not_allocated", "reservation_released"}
    # Released: every share, wherever the transfers had moved it, went back to free stock.
    left = floor.call("GetReservation", reservation_id=reservation.id).allocations
    assert all(a.remaining == "0" for a in left)
    assert sum(Decimal(a.allocated) for a in left) == 20
    assert reserved(wh, lot, site.bins[0]) == reserved(wh, lot, line) == 0
    assert sum(wh.on_hand(lot).values()) == 40
    assert wh.ledger_is_exact()

"""The warehouse against a model of one lot's books (Hypothesis stateful, real gRPC).

The model is a plain dict of (bin, status) -> quantity and reserved, the holds and the open
reservations; each rule predicts whether the service accepts the call and what the books look
like after, and the service must agree after every step. The ledger check runs at the end of
every example: each balance equals the sum of its postings.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import grpc
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.property.warehouse_world import Warehouse, build_site, make_item, make_lot
from tests.transport import grpc_channel, unique

pytestmark = pytest.mark.integration

Q, A, H = "QUARANTINE", "AVAILABLE", "HOLD"
quantities = st.integers(min_value=1, max_value=6)


class LotBooks(RuleBasedStateMachine):
    wh: Warehouse  # set by the test
    reservations = Bundle("reservations")

    @initialize()
    def open_books(self) -> None:
        self.site = build_site(self.wh, bins=3)
        self.bins = sorted(self.site.bins)
        self.item = make_item(self.wh)
        self.lot = make_lot(self.wh, self.item)
        self.qty: dict[tuple[str, str], int] = defaultdict(int)
        self.reserved: dict[str, int] = defaultdict(int)  # AVAILABLE only
        self.allocations: dict[str, dict[str, int]] = {}
        self.holds: set[str] = set()

    # ---- helpers
    def free(self, bin_code: str) -> int:
        return self.qty[(bin_code, A)] - self.reserved[bin_code]

    def attempt(self, accepted: bool, method: str, **fields):
        if accepted:
            return self.wh.call(method, **fields)
        status, _code = self.wh.refusal(method, **fields)
        assert status in (grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.INVALID_ARGUMENT)
        return None

    def cancel_all_reservations(self) -> None:
        for allocation in self.allocations.values():
            for bin_code in allocation:
                allocation[bin_code] = 0
        self.reserved.clear()

    # ---- rules
    @rule(bin_index=st.integers(0, 2), quantity=quantities, available=st.booleans())
    def receive(self, bin_index: int, quantity: int, available: bool) -> None:
        bin_code = self.bins[bin_index]
        status = (H if self.holds else A) if available else Q
        self.wh.call(
            "ReceiveStock",
            lot_code=self.lot,
            location_code=bin_code,
            quantity=str(quantity),
            uom="H87",
            status=A if available else Q,
            reference_number="PO",
        )
        self.qty[(bin_code, status)] += quantity

    @rule(bin_index=st.integers(0, 2), quantity=quantities)
    def issue(self, bin_index: int, quantity: int) -> None:
        bin_code = self.bins[bin_index]
        accepted = self.free(bin_code) >= quantity
        self.attempt(
            accepted,
            "IssueStock",
            lot_code=self.lot,
            location_code=bin_code,
            quantity=str(quantity),
            uom="H87",
            reference_number="WO",
        )
        if accepted:
            self.qty[(bin_code, A)] -= quantity

    @rule(
        source=st.integers(0, 2),
        shift=st.integers(1, 2),
        quantity=quantities,
        status=st.sampled_from([A, Q]),
    )
    def transfer(self, source: int, shift: int, quantity: int, status: str) -> None:
        origin, target = self.bins[source], self.bins[(source + shift) % 3]
        free = self.free(origin) if status == A else self.qty[(origin, status)]
        accepted = free >= quantity
        self.attempt(
            accepted,
            "TransferStock",
            lot_code=self.lot,
            from_location_code=origin,
            to_location_code=target,
            quantity=str(quantity),
            uom="H87",
            status=status,
        )
        if accepted:
            self.qty[(origin, status)] -= quantity
            self.qty[(target, status)] += quantity

    @rule(bin_index=st.integers(0, 2), quantity=quantities)
    def scrap_quarantined(self, bin_index: int, quantity: int) -> None:
        bin_code = self.bins[bin_index]
        accepted = self.qty[(bin_code, Q)] >= quantity
        self.attempt(
            accepted,
            "ScrapStock",
            lot_code=self.lot,
            location_code=bin_code,
            status=Q,
            quantity=str(quantity),
            uom="H87",
            reason_code="DAMAGED",
        )
        if accepted:
            self.qty[(bin_code, Q)] -= quantity

    @rule()
    def release(self) -> None:
        self.wh.call(
            "DecideLot",
            lot_code=self.lot,
            decision="release",
            reference_type="INSPECTION",
            reference_number="INS-1",
        )
        target = H if self.holds else A
        for bin_code in self.bins:
            self.qty[(bin_code, target)] += self.qty.pop((bin_code, Q), 0)

    @rule(ref=st.sampled_from(["QH-1", "RECALL-2"]))
    def hold(self, ref: str) -> None:
        self.wh.call("HoldLot", lot_code=self.lot, hold_ref=ref, reason="model")
        if not self.holds:
            self.cancel_all_reservations()
            for bin_code in self.bins:
                self.qty[(bin_code, H)] += self.qty.pop((bin_code, A), 0)
        self.holds.add(ref)

    @rule(ref=st.sampled_from(["QH-1", "RECALL-2"]))
    def lift(self, ref: str) -> None:
        if ref not in self.holds:
            return
        self.wh.call("LiftHold", lot_code=self.lot, hold_ref=ref, reason="model")
        self.holds.discard(ref)
        if not self.holds:
            for bin_code in self.bins:
                self.qty[(bin_code, A)] += self.qty.pop((bin_code, H), 0)

    @rule(target=reservations, quantity=quantities)
    def reserve(self, quantity: int):
        accepted = sum(max(self.free(b), 0) for b in self.bins) >= quantity
        made = self.attempt(
            accepted,
            "ReserveStock",
            order_ref=unique("SO"),
            item_code=self.item,
            site_code=self.site.code,
            quantity=str(quantity),
            uom="H87",
            need_date="2030-01-01",
        )
        if made is None:
            return "refused"
        allocation, remaining = {}, quantity
        for bin_code in self.bins:  # one lot: FEFO ties break by location code
            take = min(self.free(bin_code), remaining)
            if take > 0:
                allocation[bin_code] = take
                self.reserved[bin_code] += take
                remaining -= take
        assert {a.location_code: int(a.allocated) for a in made.allocations} == allocation
        self.allocations[made.id] = allocation
        return made.id

    @rule(reservation=reservations)
    def issue_reserved(self, reservation: str) -> None:
        held = self.allocations.get(reservation, {})
        bin_code = next((b for b, q in held.items() if q > 0), None)
        if bin_code is None:
            return
        self.wh.call(
            "IssueStock",
            lot_code=self.lot,
            location_code=bin_code,
            quantity="1",
            uom="H87",
            reference_number="SO",
            reservation_id=reservation,
        )
        held[bin_code] -= 1
        self.reserved[bin_code] -= 1
        self.qty[(bin_code, A)] -= 1

    @rule(reservation=consumes(reservations))
    def release_reservation(self, reservation: str) -> None:
        if reservation not in self.allocations:
            return
        self.wh.call("ReleaseReservation", reservation_id=reservation)
        for bin_code, quantity in self.allocations.pop(reservation).items():
            self.reserved[bin_code] -= quantity

    # ---- the service must agree with the model after every step
    @invariant()
    def books_agree(self) -> None:
        if not hasattr(self, "lot"):
            return
        balances = self.wh.call("ListOnHand", lot_code=self.lot, page_size=500).balances
        actual = {(b.location_code, b.status): Decimal(b.quantity) for b in balances}
        expected = {key: Decimal(q) for key, q in self.qty.items() if q}
        assert actual == expected
        reserved = {b.location_code: int(Decimal(b.reserved)) for b in balances if b.status == A}
        assert {k: v for k, v in reserved.items() if v} == {
            k: v for k, v in self.reserved.items() if v
        }

    def teardown(self) -> None:
        if hasattr(self, "lot"):
            assert self.wh.ledger_is_exact()


def test_the_service_keeps_the_books_the_model_keeps(start_service, token):
    LotBooks.wh = Warehouse(grpc_channel(start_service("warehouse")), token("model"))
    run_state_machine_as_test(
        LotBooks,
        settings=settings(
            max_examples=12,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )

"""Calls the quality integration tests share: a plan, an inspection taken through its steps
over REST, nonconformances, holds, and the lot's events.

Quality holds and decides only lots the warehouse knows: a test that does either makes its lot
with `known_lot` first."""

from __future__ import annotations

from lotflow.service_host import RunningService
from protos.quality.v1 import quality_pb2 as pb
from tests import transport
from tests.integration.warehouse_lots import known_lot
from tests.transport import auth, ok, payload, post

MOISTURE = {"name": "moisture", "kind": "numeric", "upper_limit": "14.5", "unit": "P1"}
TEMPERATURE = {
    "name": "temperature",
    "kind": "numeric",
    "lower_limit": "-18",
    "upper_limit": "-15",
    "unit": "CEL",
}
SMELL = {"name": "smell", "kind": "attribute"}
# On the limits (inclusive), so every characteristic passes.
PASSING = [
    {"characteristic": "moisture", "value": "14.5"},
    {"characteristic": "temperature", "value": "-18"},
    {"characteristic": "smell", "passed": True},
]
FAILING = [*PASSING[:2], {"characteristic": "smell", "passed": False}]


def define_plan(
    quality: RunningService,
    bearer: str,
    item: str,
    *,
    supplier: str | None = None,
    skip_lot_after: int = 0,
    characteristics: list[dict] | None = None,
    **more: object,
) -> dict:
    body = {
        "item_code": item,
        "supplier_code": supplier,
        "sample_size": 5,
        "skip_lot_after": skip_lot_after,
        "characteristics": characteristics or [MOISTURE, TEMPERATURE, SMELL],
        **more,
    }
    return ok(post(quality, bearer, "/v1/inspection-plans", body), 201)


def opening(lot: str, item: str, supplier: str | None = "MILL", **changes) -> dict:
    return {
        "lot_code": lot,
        "item_code": item,
        "supplier_code": supplier,
        "receipt_reference": f"RCV-{lot}",
        "quantity": "100",
        "unit": "KGM",
    } | changes


def open_inspection(quality: RunningService, bearer: str, body: dict) -> dict:
    return ok(post(quality, bearer, "/v1/inspections", body), 201)


def record(quality: RunningService, bearer: str, inspection_id: str, results: list[dict]):
    return post(quality, bearer, f"/v1/inspections/{inspection_id}/results", {"results": results})


def complete(quality: RunningService, bearer: str, inspection_id: str, body: dict | None = None):
    return post(quality, bearer, f"/v1/inspections/{inspection_id}/complete", body)


def decide(quality: RunningService, bearer: str, inspection_id: str, body: dict, key=None):
    return post(quality, bearer, f"/v1/inspections/{inspection_id}/decision", body, key)


def completed_inspection(
    quality: RunningService,
    inspector: str,
    lot: str,
    item: str,
    supplier: str | None = "MILL",
    results: list[dict] = PASSING,
    **opening_changes,
) -> dict:
    """An inspection opened, recorded and completed by `inspector`."""
    inspection = open_inspection(
        quality, inspector, opening(lot, item, supplier, **opening_changes)
    )
    ok(record(quality, inspector, inspection["id"], results))
    return ok(complete(quality, inspector, inspection["id"]))


# An NCR of 4 bags (ncr_report) split over three dispositions.
SPLIT = [
    {"disposition": "rework", "quantity": "2"},
    {"disposition": "scrap", "quantity": "1.5"},
    {"disposition": "return_to_supplier", "quantity": "0.5"},
]


def ncr_report(lot: str, item: str, **changes) -> dict:
    return {
        "lot_code": lot,
        "item_code": item,
        "supplier_code": "MILL",
        "description": "four bags torn on arrival",
        "quantity": "4",
        "unit": "BG",
        "severity": "minor",
    } | changes


def open_ncr(quality: RunningService, bearer: str, body: dict) -> dict:
    return ok(post(quality, bearer, "/v1/nonconformances", body), 201)


def disposition(quality, bearer, ncr_id, lines, reason="repack two, scrap two", key=None):
    body = {"dispositions": lines, "reason": reason}
    return post(quality, bearer, f"/v1/nonconformances/{ncr_id}/disposition", body, key)


def close_ncr(quality: RunningService, bearer: str, ncr_id: str, reason="done as decided"):
    return post(quality, bearer, f"/v1/nonconformances/{ncr_id}/close", {"reason": reason})


def end_of_events(quality: RunningService, bearer: str, lot: str) -> str:
    """Place a hold on the lot as its last event; a feed read `until` the returned type then
    sees every earlier event of the lot, so a refusal that wrongly emitted one shows."""
    hold = {"lot_code": known_lot(lot), "reason": "end of test", "source": "inspection"}
    ok(post(quality, bearer, "/v1/holds", hold), 201)
    return "quality.hold_placed"


def events_about(
    stub, subject: str, bearer: str, *, until: str, count: int = 1
) -> list[tuple[str, dict]]:
    """(type, payload) of the feed's events about a subject, in feed order, read once `count`
    events of type `until` show (see `tests.transport.events_about`)."""
    events = transport.events_about(stub, subject, bearer, at_least=count, of_type=until)
    return [(event.event_type, payload(event)) for event in events]


def place_hold(
    stub, bearer: str, key: str, lot: str, source: str = "inspection", reference: str = ""
) -> pb.Hold:
    request = pb.PlaceHoldRequest(
        request_id=key,
        lot_code=lot,
        reason="moisture above limit",
        source=source,
        source_reference=reference,
    )
    return stub.PlaceHold(request, metadata=auth(bearer))


def release_hold(
    stub, bearer: str, key: str, hold_id: str, reason: str = "retest passed"
) -> pb.Hold:
    request = pb.ReleaseHoldRequest(request_id=key, hold_id=hold_id, reason=reason)
    return stub.ReleaseHold(request, metadata=auth(bearer))

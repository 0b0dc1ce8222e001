"""Calls the quality integration tests share: auth, refusals, a plan, an inspection taken
through its steps over REST, and the event feed."""

from __future__ import annotations

import json
import time
import uuid

import grpc
import httpx
import pytest

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.service_host import RunningService
from protos.common.v1 import common_pb2
from tests.conftest import rest_client

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


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def auth(bearer: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {bearer}"),)


def grpc_refusal(call, request, bearer: str) -> tuple[grpc.StatusCode, str]:
    """Make a call that must fail; return its status and the stable lotflow error code."""
    with pytest.raises(grpc.RpcError) as failure:
        call(request, metadata=auth(bearer))
    trailing = dict(failure.value.trailing_metadata() or ())
    return failure.value.code(), trailing.get(ERROR_CODE_METADATA_KEY)


def refusal(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json().get("code")


def post(
    quality: RunningService, bearer: str, path: str, body: dict | None, key: str | None = None
) -> httpx.Response:
    with rest_client(quality, bearer) as client:
        return client.post(
            path, json=body, headers={"Idempotency-Key": key or f"test-{uuid.uuid4()}"}
        )


def get(quality: RunningService, bearer: str, path: str, **params) -> httpx.Response:
    with rest_client(quality, bearer) as client:
        return client.get(path, params=params)


def ok(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


def define_plan(
    quality: RunningService,
    bearer: str,
    item: str,
    *,
    supplier: str | None = None,
    skip_lot_after: int = 0,
    characteristics: list[dict] | None = None,
) -> dict:
    body = {
        "item_code": item,
        "supplier_code": supplier,
        "sample_size": 5,
        "skip_lot_after": skip_lot_after,
        "characteristics": characteristics or [MOISTURE, TEMPERATURE, SMELL],
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
    hold = {"lot_code": lot, "reason": "end of test", "source": "inspection"}
    ok(post(quality, bearer, "/v1/holds", hold), 201)
    return "quality.hold_placed"


def events_about(
    stub, subject: str, bearer: str, *, until: str, count: int = 1
) -> list[tuple[str, dict]]:
    """(type, payload) of the events about a subject, in feed order, read once `count` events
    of type `until` are visible.

    The feed shows a transaction only once no older one is running anywhere on the server, so
    a just-committed event may take a moment to appear. Events of transactions that ended before
    the last `until` event's transaction began have older ids, so they are visible by then."""
    deadline = time.monotonic() + 30
    while True:
        found, after = [], ""
        while True:
            reply = stub.ListEvents(
                common_pb2.ListEventsRequest(after=after, limit=1000), metadata=auth(bearer)
            )
            found += [
                (e.event_type, json.loads(e.payload_json))
                for e in reply.events
                if e.subject == subject
            ]
            if len(reply.events) < 1000:
                break
            after = reply.next_cursor
        seen = sum(1 for kind, _ in found if kind == until)
        if seen >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.1)

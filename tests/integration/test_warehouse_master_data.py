"""Warehouse master data over both transports: registration, idempotency, errors."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from tests.property.warehouse_world import build_site
from tests.transport import auth, error_code, grpc_channel, grpc_failure, rest_client, unique

pytestmark = pytest.mark.integration


def test_register_item_over_rest_then_read_it_over_grpc(warehouse, token, request_id):
    code = unique("ITEM")
    with rest_client(warehouse, token("ana", "warehouse_admin")) as client:
        created = client.post(
            "/v1/items",
            json={
                "code": code,
                "gtin": "4006381333931",
                "description": "Flour",
                "base_uom": "KGM",
                "shelf_life_days": 180,
            },
            headers={"Idempotency-Key": request_id()},
        )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["gtin"] == "04006381333931"
    assert body["created_by"] == "ana"
    stub = pb_grpc.WarehouseServiceStub(grpc_channel(warehouse))
    item = stub.GetItem(pb.GetItemRequest(ref=code), metadata=auth(token()))
    assert item.id == body["id"]
    assert item.description == "Flour"
    assert item.shelf_life_days == 180


def all_at_once(count: int, call) -> list[str]:
    """Make `call` from `count` threads at the same moment: "ok" or each refusal's stable code."""
    start = threading.Barrier(count)

    def attempt(_n: int) -> str:
        start.wait()
        try:
            call()
        except grpc.RpcError as error:
            return error_code(error) or error.code().name
        return "ok"

    with ThreadPoolExecutor(count) as pool:
        return sorted(pool.map(attempt, range(count)))


def test_racing_registrations_of_one_code_create_it_once_and_refuse_the_rest_by_name(wh):
    site, item, lot = unique("SITE"), unique("ITEM"), unique("LOT")
    register = {
        "item_exists": lambda: wh.call(
            "RegisterItem", code=item, description="Salt", base_uom="KGM"
        ),
        "location_exists": lambda: wh.call(
            "RegisterLocation", code=site, name=site, level="site", time_zone="UTC"
        ),
        "lot_exists": lambda: wh.call(
            "RegisterLot", lot_code=lot, item_code=item, origin="received"
        ),
    }
    for code, call in register.items():
        assert all_at_once(4, call) == [code] * 3 + ["ok"]
        assert grpc_failure(call) == (grpc.StatusCode.ALREADY_EXISTS, code)


def test_a_location_is_read_by_code_with_its_kind_and_site(warehouse, wh, token):
    site = build_site(wh)
    read = wh.call("GetLocation", code=site.dock)
    assert (read.code, read.level, read.kind, read.site_code) == (
        site.dock,
        "bin",
        "dock",
        site.code,
    )
    assert wh.refusal("GetLocation", code="DOCK-NOWHERE") == (
        grpc.StatusCode.NOT_FOUND,
        "location_not_found",
    )
    with rest_client(warehouse, token("ana", "warehouse_clerk")) as client:
        over_rest = client.get(f"/v1/locations/{site.bins[0]}")
        missing = client.get("/v1/locations/DOCK-NOWHERE")
    assert (over_rest.json()["kind"], over_rest.json()["site_code"]) == ("storage", site.code)
    assert (missing.status_code, missing.json()["code"]) == (404, "location_not_found")

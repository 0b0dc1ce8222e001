"""Warehouse master data over both transports: registration, idempotency, errors."""

from __future__ import annotations

import uuid

import pytest

from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from tests.conftest import grpc_channel, rest_client

pytestmark = pytest.mark.integration


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="module")
def warehouse(start_service):
    return start_service("warehouse")


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
    item = stub.GetItem(
        pb.GetItemRequest(ref=code), metadata=(("authorization", f"Bearer {token()}"),)
    )
    assert item.id == body["id"]
    assert item.description == "Flour"
    assert item.shelf_life_days == 180

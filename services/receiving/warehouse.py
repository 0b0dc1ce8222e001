"""Receiving's questions to the warehouse, asked at the door over gRPC (lotflow.peers)."""

from __future__ import annotations

from lotflow.peers import Peer
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub
from services.receiving.domain.warehouse_facts import PlaceFacts

_warehouse = Peer("warehouse", WarehouseServiceStub, caller="lotflow-receiving")


def place(code: str) -> PlaceFacts | None:
    found = _warehouse.find("GetLocation", pb.GetLocationRequest(code=code))
    if found is None:
        return None
    return PlaceFacts(found.code, found.level, found.kind, found.site_code)


def item_known(item_code: str) -> bool:
    return _warehouse.find("GetItem", pb.GetItemRequest(ref=item_code)) is not None

"""Recall's questions to the warehouse, asked at the door over gRPC (lotflow.peers)."""

from __future__ import annotations

from lotflow.errors import Invalid
from lotflow.peers import Peer
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub

_warehouse = Peer("warehouse", WarehouseServiceStub, caller="lotflow-recall")


def lot_known(lot_code: str, item_code: str | None) -> bool:
    """Whether the warehouse has the lot: of that item, or (item_code None) of any item."""
    request = pb.GetLotRequest(lot_code=lot_code, item_code=item_code or "")
    try:
        return _warehouse.find("GetLot", request) is not None
    except Invalid as error:
        # Several items use this lot code: it exists, and the scope recalls it for all of them.
        if error.code == "lot_ambiguous":
            return True
        raise

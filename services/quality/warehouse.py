"""Quality's questions to the warehouse, asked at the door over gRPC (lotflow.peers)."""

from __future__ import annotations

from lotflow.errors import Invalid
from lotflow.peers import Peer
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1.warehouse_pb2_grpc import WarehouseServiceStub

_warehouse = Peer("warehouse", WarehouseServiceStub, caller="lotflow-quality")


def lot_known(lot_code: str, item_code: str | None = None) -> bool:
    request = pb.GetLotRequest(lot_code=lot_code, item_code=item_code or "")
    try:
        return _warehouse.find("GetLot", request) is not None
    except Invalid as error:
        # Several items use this lot code: it exists, whichever item is meant.
        if error.code == "lot_ambiguous":
            return True
        raise

"""Lots the running warehouse knows, for the tests of services that refuse at the door a lot
it does not know: quality's holds and lot decisions, recall's scope."""

from __future__ import annotations

import grpc

from lotflow.auth import issue_token
from lotflow.settings import get_settings
from tests.property.warehouse_world import Warehouse

# The item of a lot whose item a test does not care about (a hold names only the lot).
ANY_ITEM = "GOODS-ANY"


def known_lot(lot_code: str, item_code: str = ANY_ITEM) -> str:
    """`lot_code`, registered in the running warehouse as a lot of `item_code` (the item too,
    if new); one registered before is fine."""
    with grpc.insecure_channel(get_settings().grpc_target("warehouse")) as channel:
        wh = Warehouse(channel, issue_token("tester", ["admin"]))
        _registered(wh, "RegisterItem", code=item_code, description=item_code, base_uom="KGM")
        _registered(wh, "RegisterLot", lot_code=lot_code, item_code=item_code, origin="received")
    return lot_code


def _registered(wh: Warehouse, method: str, **fields) -> None:
    try:
        wh.call(method, **fields)
    except grpc.RpcError as error:
        if error.code() != grpc.StatusCode.ALREADY_EXISTS:
            raise

"""Warehouse gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lotflow.db import Database
from lotflow.errors import Invalid
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from services.warehouse.domain import roles
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.queries import ledger_check, lots, putaway, reservations, stock
from services.warehouse.queries import master_data as master_queries
from services.warehouse.rpc_messages import (
    fields_without_id,
    movement_message,
    validate,
)
from services.warehouse.rpc_messages import (
    page_size as _page_size,
)
from services.warehouse.rpc_messages import (
    status as _status,
)
from services.warehouse.rpc_messages import (
    uuid_field as _uuid,
)
from services.warehouse.schemas import lots as lot_schemas
from services.warehouse.schemas import master_data, movements, orders
from services.warehouse.schemas.batch import PostMovements
from services.warehouse.service import (
    batch,
    lot_status,
    receipts,
    shipments,
    stock_status,
    transfers,
)
from services.warehouse.service import lots as lot_service
from services.warehouse.service import master_data as master_service
from services.warehouse.service import movements as movement_service
from services.warehouse.service import reservations as reservation_service


class WarehouseServicer(EventFeedServicer, pb_grpc.WarehouseServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def _write(self, request, use_case: Callable, command_type, reply_type, **extra: Any):
        result = use_case(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, command_type),
            actor=caller(),
            **extra,
        )
        return encode(result, reply_type)

    def _move(self, request, use_case: Callable, command_type, **extra: Any) -> pb.Movement:
        view = use_case(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, command_type),
            actor=caller(),
            **extra,
        )
        return movement_message(view)

    def _read(self, query: Callable, reply_type, **arguments: Any):
        with self.database.read_session() as session:
            return encode(query(session, **arguments), reply_type)

    # ---- master data
    def RegisterItem(self, request, context):  # noqa: N802
        return self._write(request, master_service.register_item, master_data.RegisterItem, pb.Item)

    def GetItem(self, request, context):  # noqa: N802
        return self._read(master_queries.get_item, pb.Item, ref=request.ref)

    def RegisterLocation(self, request, context):  # noqa: N802
        return self._write(
            request, master_service.register_location, master_data.RegisterLocation, pb.Location
        )

    def ListLocations(self, request, context):  # noqa: N802
        return self._read(
            master_queries.list_locations, pb.ListLocationsResponse,
            parent_code=request.parent_code or None, level=request.level or None,
            kind=request.kind or None, page_size=_page_size(request.page_size),
            page_token=request.page_token,
        )  # fmt: skip

    def RegisterPutawayRule(self, request, context):  # noqa: N802
        return self._write(
            request, master_service.register_putaway_rule, master_data.RegisterPutawayRule,
            pb.PutawayRule,
        )  # fmt: skip

    def SuggestPutaway(self, request, context):  # noqa: N802
        return self._read(
            putaway.suggest_putaway, pb.PutawaySuggestion, lot_code=request.lot_code,
            item_code=request.item_code or None, from_location_code=request.from_location_code,
            status=_status(request.status, StockStatus.QUARANTINE),
        )  # fmt: skip

    # ---- lots
    def RegisterLot(self, request, context):  # noqa: N802
        return self._write(request, lot_service.register_lot, lot_schemas.RegisterLot, pb.Lot)

    def GetLot(self, request, context):  # noqa: N802
        return self._read(
            lots.get_lot, pb.Lot, lot_code=request.lot_code, item_code=request.item_code or None
        )

    def ListLotMovements(self, request, context):  # noqa: N802
        return self._read(
            lots.lot_movements, pb.ListMovementsResponse, lot_code=request.lot_code,
            item_code=request.item_code or None, page_size=_page_size(request.page_size),
            page_token=request.page_token,
        )  # fmt: skip

    # ---- movements
    def ReceiveStock(self, request, context):  # noqa: N802
        return self._move(request, receipts.receive_stock, movements.ReceiveStock)

    def TransferStock(self, request, context):  # noqa: N802
        return self._move(request, movement_service.transfer_stock, movements.TransferStock)

    def ConfirmPutaway(self, request, context):  # noqa: N802
        return self._move(request, movement_service.confirm_putaway, movements.ConfirmPutaway)

    def PutAwayByRule(self, request, context):  # noqa: N802
        return self._move(request, movement_service.put_away_by_rule, movements.PutAwayByRule)

    def IssueStock(self, request, context):  # noqa: N802
        return self._move(request, movement_service.issue_stock, movements.IssueStock)

    def ReturnStock(self, request, context):  # noqa: N802
        return self._move(request, movement_service.return_stock, movements.ReturnStock)

    def ScrapStock(self, request, context):  # noqa: N802
        return self._move(
            request, movement_service.dispose_stock, movements.DisposeStock,
            movement=MovementType.SCRAP,
        )  # fmt: skip

    def ReturnToSupplier(self, request, context):  # noqa: N802
        return self._move(
            request, movement_service.dispose_stock, movements.DisposeStock,
            movement=MovementType.RETURN_TO_SUPPLIER,
        )  # fmt: skip

    def AdjustStock(self, request, context):  # noqa: N802
        return self._move(request, movement_service.adjust_stock, movements.AdjustStock)

    def ChangeStockStatus(self, request, context):  # noqa: N802
        return self._move(request, stock_status.change_stock_status, lot_schemas.ChangeStockStatus)

    def PostMovements(self, request, context):  # noqa: N802
        entries = []
        for entry in request.movements:
            kind = entry.WhichOneof("kind")
            if kind is None:
                raise Invalid("every movement sets one kind", code="invalid_request")
            inner = getattr(entry, kind)
            entries.append({"request_id": inner.request_id, kind: fields_without_id(inner)})
        command = validate(PostMovements, {"movements": entries})
        results = batch.post_movements(self.database.unit_of_work, command=command, actor=caller())
        reply = pb.PostMovementsResponse()
        for result in results.results:
            packed = reply.results.add(request_id=result.request_id)
            if result.movement is not None:
                packed.movement.CopyFrom(movement_message(result.movement))
            else:
                packed.error_code = result.error.code
                packed.error_message = result.error.message
                packed.http_status = result.error.http_status
        return reply

    # ---- lot decisions
    def DecideLot(self, request, context):  # noqa: N802
        return self._write(
            request, lot_status.decide_lot, lot_schemas.DecideLot, pb.LotStatusResult
        )

    def HoldLot(self, request, context):  # noqa: N802
        return self._write(request, lot_status.hold_lot, lot_schemas.HoldLot, pb.LotStatusResult)

    def LiftHold(self, request, context):  # noqa: N802
        return self._write(request, lot_status.lift_hold, lot_schemas.LiftHold, pb.LotStatusResult)

    # ---- reservations, transfers, shipments
    def ReserveStock(self, request, context):  # noqa: N802
        return self._write(
            request, reservation_service.reserve_stock, orders.ReserveStock, pb.Reservation
        )

    def ReleaseReservation(self, request, context):  # noqa: N802
        return self._write(
            request, reservation_service.release_reservation, orders.ReleaseReservation,
            pb.Reservation,
        )  # fmt: skip

    def GetReservation(self, request, context):  # noqa: N802
        return self._read(
            reservations.reservation_view, pb.Reservation,
            reservation_id=_uuid(request.reservation_id, "reservation_id"),
        )  # fmt: skip

    def DispatchTransfer(self, request, context):  # noqa: N802
        return self._write(
            request, transfers.dispatch_transfer, orders.DispatchTransfer, pb.Transfer
        )

    def ReceiveTransfer(self, request, context):  # noqa: N802
        return self._write(request, transfers.receive_transfer, orders.ReceiveTransfer, pb.Transfer)

    def ShipStock(self, request, context):  # noqa: N802
        return self._write(request, shipments.ship_stock, orders.ShipStock, pb.Shipment)

    # ---- stock queries
    def ListOnHand(self, request, context):  # noqa: N802
        return self._read(
            stock.on_hand, pb.ListOnHandResponse, item_code=request.item_code or None,
            lot_code=request.lot_code or None, location_code=request.location_code or None,
            status=_status(request.status, StockStatus.AVAILABLE).value if request.status else None,
            page_size=_page_size(request.page_size), page_token=request.page_token,
        )  # fmt: skip

    def ListStockBySite(self, request, context):  # noqa: N802
        return self._read(
            stock.stock_by_site, pb.ListStockBySiteResponse, site_code=request.site_code or None,
            item_code=request.item_code or None, page_size=_page_size(request.page_size),
            page_token=request.page_token,
        )  # fmt: skip

    def CheckLedger(self, request, context):  # noqa: N802
        caller().require(roles.MASTER_DATA, roles.INVENTORY_CONTROLLER)
        return self._read(ledger_check.check_ledger, pb.LedgerCheck)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_WarehouseServiceServicer_to_server(WarehouseServicer(database), server)

"""Warehouse gRPC servicer: each method names the use case or query, the command or query schema
REST uses for the same call, and the reply."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode
from lotflow.servicer import Servicer
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from services.warehouse.domain.stock import MovementType
from services.warehouse.queries import ledger_check, putaway, stock
from services.warehouse.queries import lots as lot_queries
from services.warehouse.queries import master_data as master_data_queries
from services.warehouse.queries import reservations as reservation_queries
from services.warehouse.rpc_messages import movement_message, movement_results_message
from services.warehouse.schemas.batch import PostMovements
from services.warehouse.schemas.lots import (
    ChangeStockStatus,
    DecideLot,
    HoldLot,
    LiftHold,
    LotMovementsQuery,
    LotRef,
    RegisterLot,
)
from services.warehouse.schemas.master_data import (
    LocationQuery,
    RegisterItem,
    RegisterLocation,
    RegisterPutawayRule,
)
from services.warehouse.schemas.movements import (
    AdjustStock,
    ConfirmPutaway,
    DisposeStock,
    IssueStock,
    PutAwayByRule,
    ReceiveStock,
    ReturnStock,
    TransferStock,
)
from services.warehouse.schemas.orders import (
    DispatchTransfer,
    ReceiveTransfer,
    ReleaseReservation,
    ReservationRef,
    ReserveStock,
    ShipStock,
)
from services.warehouse.schemas.stock import OnHandQuery, PutawayQuery, SiteStockQuery
from services.warehouse.service import (
    batch,
    lot_status,
    lots,
    master_data,
    movements,
    receipts,
    reservations,
    shipments,
    stock_status,
    transfers,
)

SCRAP, RETURN_TO_SUPPLIER = MovementType.SCRAP, MovementType.RETURN_TO_SUPPLIER


class WarehouseServicer(Servicer, pb_grpc.WarehouseServiceServicer):
    # ---- master data
    def RegisterItem(self, request, context):  # noqa: N802
        return self.write(request, master_data.register_item, RegisterItem, pb.Item)

    def GetItem(self, request, context):  # noqa: N802
        return self.read(master_data_queries.get_item, pb.Item, request.ref, actor=caller())

    def RegisterLocation(self, request, context):  # noqa: N802
        return self.write(request, master_data.register_location, RegisterLocation, pb.Location)

    def GetLocation(self, request, context):  # noqa: N802
        return self.read(
            master_data_queries.get_location, pb.Location, request.code, actor=caller()
        )

    def ListLocations(self, request, context):  # noqa: N802
        query = self.query(request, LocationQuery)
        return self.read(
            master_data_queries.list_locations,
            pb.ListLocationsResponse,
            actor=caller(),
            **dict(query),
        )

    def RegisterPutawayRule(self, request, context):  # noqa: N802
        return self.write(
            request, master_data.register_putaway_rule, RegisterPutawayRule, pb.PutawayRule
        )

    def SuggestPutaway(self, request, context):  # noqa: N802
        query = self.query(request, PutawayQuery)
        return self.read(
            putaway.putaway_suggestion, pb.PutawaySuggestion, actor=caller(), **dict(query)
        )

    # ---- lots
    def RegisterLot(self, request, context):  # noqa: N802
        return self.write(request, lots.register_lot, RegisterLot, pb.Lot)

    def GetLot(self, request, context):  # noqa: N802
        query = self.query(request, LotRef)
        return self.read(lot_queries.get_lot, pb.Lot, actor=caller(), **dict(query))

    def ListLotMovements(self, request, context):  # noqa: N802
        query = self.query(request, LotMovementsQuery)
        return self.read(
            lot_queries.lot_movements, pb.ListMovementsResponse, actor=caller(), **dict(query)
        )

    # ---- movements
    def ReceiveStock(self, request, context):  # noqa: N802
        return self.write(request, receipts.receive_stock, ReceiveStock, movement_message)

    def TransferStock(self, request, context):  # noqa: N802
        return self.write(request, movements.transfer_stock, TransferStock, movement_message)

    def ConfirmPutaway(self, request, context):  # noqa: N802
        return self.write(request, movements.confirm_putaway, ConfirmPutaway, movement_message)

    def PutAwayByRule(self, request, context):  # noqa: N802
        return self.write(request, movements.put_away_by_rule, PutAwayByRule, movement_message)

    def IssueStock(self, request, context):  # noqa: N802
        return self.write(request, movements.issue_stock, IssueStock, movement_message)

    def ReturnStock(self, request, context):  # noqa: N802
        return self.write(request, movements.return_stock, ReturnStock, movement_message)

    def ScrapStock(self, request, context):  # noqa: N802
        return self.write(
            request, movements.dispose_stock, DisposeStock, movement_message, movement=SCRAP
        )

    def ReturnToSupplier(self, request, context):  # noqa: N802
        return self.write(
            request,
            movements.dispose_stock,
            DisposeStock,
            movement_message,
            movement=RETURN_TO_SUPPLIER,
        )

    def AdjustStock(self, request, context):  # noqa: N802
        return self.write(request, movements.adjust_stock, AdjustStock, movement_message)

    def ChangeStockStatus(self, request, context):  # noqa: N802
        return self.write(
            request, stock_status.change_stock_status, ChangeStockStatus, movement_message
        )

    def PostMovements(self, request, context):  # noqa: N802
        command = decode(request, PostMovements)
        return movement_results_message(
            batch.post_movements(self.database.unit_of_work, command=command, actor=caller())
        )

    # ---- lot decisions
    def DecideLot(self, request, context):  # noqa: N802
        return self.write(request, lot_status.decide_lot, DecideLot, pb.LotStatusResult)

    def HoldLot(self, request, context):  # noqa: N802
        return self.write(request, lot_status.hold_lot, HoldLot, pb.LotStatusResult)

    def LiftHold(self, request, context):  # noqa: N802
        return self.write(request, lot_status.lift_hold, LiftHold, pb.LotStatusResult)

    # ---- reservations, transfers, shipments
    def ReserveStock(self, request, context):  # noqa: N802
        return self.write(request, reservations.reserve_stock, ReserveStock, pb.Reservation)

    def ReleaseReservation(self, request, context):  # noqa: N802
        return self.write(
            request, reservations.release_reservation, ReleaseReservation, pb.Reservation
        )

    def GetReservation(self, request, context):  # noqa: N802
        query = self.query(request, ReservationRef)
        return self.read(
            reservation_queries.get_reservation, pb.Reservation, actor=caller(), **dict(query)
        )

    def DispatchTransfer(self, request, context):  # noqa: N802
        return self.write(request, transfers.dispatch_transfer, DispatchTransfer, pb.Transfer)

    def ReceiveTransfer(self, request, context):  # noqa: N802
        return self.write(request, transfers.receive_transfer, ReceiveTransfer, pb.Transfer)

    def ShipStock(self, request, context):  # noqa: N802
        return self.write(request, shipments.ship_stock, ShipStock, pb.Shipment)

    # ---- stock queries
    def ListOnHand(self, request, context):  # noqa: N802
        query = self.query(request, OnHandQuery)
        return self.read(stock.on_hand, pb.ListOnHandResponse, actor=caller(), **dict(query))

    def ListStockBySite(self, request, context):  # noqa: N802
        query = self.query(request, SiteStockQuery)
        return self.read(
            stock.stock_by_site, pb.ListStockBySiteResponse, actor=caller(), **dict(query)
        )

    def CheckLedger(self, request, context):  # noqa: N802
        return self.read(ledger_check.check_ledger, pb.LedgerCheck, caller())


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_WarehouseServiceServicer_to_server(WarehouseServicer(database), server)

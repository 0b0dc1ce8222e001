"""Receiving gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from services.receiving import queries, service
from services.receiving.schemas import (
    ApproveSupplierItem,
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    CreateSupplier,
    PurchaseOrderQuery,
    SupplierQuery,
)


class ReceivingServicer(EventFeedServicer, pb_grpc.ReceivingServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def CreateSupplier(self, request, context):  # noqa: N802
        supplier = service.create_supplier(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CreateSupplier),
            actor=caller(),
        )
        return encode(supplier, pb.Supplier)

    def GetSupplier(self, request, context):  # noqa: N802
        with self.database.session_factory() as session:
            return encode(queries.get_supplier(session, request.code), pb.Supplier)

    def ListSuppliers(self, request, context):  # noqa: N802
        query = decode(request, SupplierQuery, omit=())
        with self.database.session_factory() as session:
            return encode(queries.list_suppliers(session, query), pb.ListSuppliersResponse)

    def ApproveSupplierItem(self, request, context):  # noqa: N802
        approval = service.approve_supplier_item(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, ApproveSupplierItem),
            actor=caller(),
        )
        return encode(approval, pb.ApprovedItem)

    def CreatePurchaseOrder(self, request, context):  # noqa: N802
        order = service.create_purchase_order(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CreatePurchaseOrder),
            actor=caller(),
        )
        return encode(order, pb.PurchaseOrder)

    def GetPurchaseOrder(self, request, context):  # noqa: N802
        with self.database.session_factory() as session:
            return encode(queries.get_purchase_order(session, request.number), pb.PurchaseOrder)

    def ListPurchaseOrders(self, request, context):  # noqa: N802
        query = decode(request, PurchaseOrderQuery, omit=())
        with self.database.session_factory() as session:
            page = queries.list_purchase_orders(session, query)
        return encode(page, pb.ListPurchaseOrdersResponse)

    def CancelPurchaseOrder(self, request, context):  # noqa: N802
        order = service.cancel_purchase_order(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CancelPurchaseOrder),
            actor=caller(),
        )
        return encode(order, pb.PurchaseOrder)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ReceivingServiceServicer_to_server(ReceivingServicer(database), server)

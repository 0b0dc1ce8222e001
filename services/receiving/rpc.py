"""Receiving gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from services.receiving.queries import lot_codes as rule_queries
from services.receiving.queries import purchase_orders as order_queries
from services.receiving.queries import receipts as receipt_queries
from services.receiving.queries import suppliers as supplier_queries
from services.receiving.schemas.lot_codes import DefineLotCodeRule
from services.receiving.schemas.purchase_orders import (
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderQuery,
)
from services.receiving.schemas.receipts import (
    KdeQuery,
    ReceiptQuery,
    ReceiptRef,
    RecordReceipt,
    RecordReceiptOutcome,
    ReturnToSupplier,
)
from services.receiving.schemas.scans import ParseScan
from services.receiving.schemas.suppliers import (
    ApproveSupplierItem,
    CreateSupplier,
    SetReceivingRequirements,
    SetSupplierTlcAssignment,
    SupplierQuery,
)
from services.receiving.service import (
    lot_code_rules,
    purchase_orders,
    receipt_outcomes,
    receipts,
    scans,
    suppliers,
)


class ReceivingServicer(EventFeedServicer, pb_grpc.ReceivingServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def _write(self, request: Any, use_case: Callable, command_type: type, reply_type: type):
        result = use_case(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, command_type),
            actor=caller(),
        )
        return encode(result, reply_type)

    def _read(self, query: Callable, argument: Any, reply_type: type):
        """Reads need an authenticated caller (the interceptor checked it) but no role."""
        with self.database.read_session() as session:
            return encode(query(session, argument), reply_type)

    def CreateSupplier(self, request, context):  # noqa: N802
        return self._write(request, suppliers.create_supplier, CreateSupplier, pb.Supplier)

    def GetSupplier(self, request, context):  # noqa: N802
        return self._read(supplier_queries.get_supplier, request.code, pb.Supplier)

    def ListSuppliers(self, request, context):  # noqa: N802
        query = decode(request, SupplierQuery, omit=())
        return self._read(supplier_queries.list_suppliers, query, pb.ListSuppliersResponse)

    def ApproveSupplierItem(self, request, context):  # noqa: N802
        return self._write(
            request, suppliers.approve_supplier_item, ApproveSupplierItem, pb.ApprovedItem
        )

    def SetSupplierTlcAssignment(self, request, context):  # noqa: N802
        return self._write(
            request, suppliers.set_supplier_tlc_assignment, SetSupplierTlcAssignment, pb.Supplier
        )

    def SetReceivingRequirements(self, request, context):  # noqa: N802
        return self._write(
            request, suppliers.set_receiving_requirements, SetReceivingRequirements, pb.ApprovedItem
        )

    def DefineLotCodeRule(self, request, context):  # noqa: N802
        return self._write(
            request, lot_code_rules.define_lot_code_rule, DefineLotCodeRule, pb.LotCodeRule
        )

    def ListLotCodeRules(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            return encode(rule_queries.list_rules(session), pb.ListLotCodeRulesResponse)

    def CreatePurchaseOrder(self, request, context):  # noqa: N802
        return self._write(
            request, purchase_orders.create_purchase_order, CreatePurchaseOrder, pb.PurchaseOrder
        )

    def GetPurchaseOrder(self, request, context):  # noqa: N802
        return self._read(order_queries.get_purchase_order, request.number, pb.PurchaseOrder)

    def ListPurchaseOrders(self, request, context):  # noqa: N802
        query = decode(request, PurchaseOrderQuery, omit=())
        return self._read(order_queries.list_purchase_orders, query, pb.ListPurchaseOrdersResponse)

    def CancelPurchaseOrder(self, request, context):  # noqa: N802
        return self._write(
            request, purchase_orders.cancel_purchase_order, CancelPurchaseOrder, pb.PurchaseOrder
        )

    def ParseScan(self, request, context):  # noqa: N802
        return encode(scans.parse_scan(decode(request, ParseScan, omit=())), pb.ScanResult)

    def RecordReceipt(self, request, context):  # noqa: N802
        return self._write(request, receipts.record_receipt, RecordReceipt, pb.Receipt)

    def GetReceipt(self, request, context):  # noqa: N802
        reference = decode(request, ReceiptRef, omit=())
        return self._read(receipt_queries.get_receipt, reference.receipt_id, pb.Receipt)

    def ListReceipts(self, request, context):  # noqa: N802
        query = decode(request, ReceiptQuery, omit=())
        return self._read(receipt_queries.list_receipts, query, pb.ListReceiptsResponse)

    def RecordReceiptOutcome(self, request, context):  # noqa: N802
        return self._write(
            request, receipt_outcomes.record_receipt_outcome, RecordReceiptOutcome, pb.Receipt
        )

    def ReturnToSupplier(self, request, context):  # noqa: N802
        return self._write(
            request, receipt_outcomes.return_to_supplier, ReturnToSupplier, pb.SupplierReturn
        )

    def ListReceivingKdes(self, request, context):  # noqa: N802
        query = decode(request, KdeQuery, omit=())
        return self._read(receipt_queries.list_kdes, query, pb.ListReceivingKdesResponse)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ReceivingServiceServicer_to_server(ReceivingServicer(database), server)

"""Receiving gRPC servicer: the same commands, use cases and queries as the REST routes."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, encode
from lotflow.servicer import Servicer
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
    MarkReceiptFailed,
    ReceiptQuery,
    ReceiptRef,
    RecordReceipt,
    RecordReceiptOutcome,
    ReopenReceipt,
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
    receipt_failures,
    receipt_outcomes,
    receipts,
    scans,
    suppliers,
)


class ReceivingServicer(Servicer, pb_grpc.ReceivingServiceServicer):
    def CreateSupplier(self, request, context):  # noqa: N802
        return self.write(request, suppliers.create_supplier, CreateSupplier, pb.Supplier)

    def GetSupplier(self, request, context):  # noqa: N802
        return self.read(supplier_queries.get_supplier, pb.Supplier, request.code, actor=caller())

    def ListSuppliers(self, request, context):  # noqa: N802
        query = self.query(request, SupplierQuery)
        return self.read(
            supplier_queries.list_suppliers, pb.ListSuppliersResponse, query, actor=caller()
        )

    def ApproveSupplierItem(self, request, context):  # noqa: N802
        return self.write(
            request, suppliers.approve_supplier_item, ApproveSupplierItem, pb.ApprovedItem
        )

    def SetSupplierTlcAssignment(self, request, context):  # noqa: N802
        return self.write(
            request, suppliers.set_supplier_tlc_assignment, SetSupplierTlcAssignment, pb.Supplier
        )

    def SetReceivingRequirements(self, request, context):  # noqa: N802
        return self.write(
            request, suppliers.set_receiving_requirements, SetReceivingRequirements, pb.ApprovedItem
        )

    def DefineLotCodeRule(self, request, context):  # noqa: N802
        return self.write(
            request, lot_code_rules.define_lot_code_rule, DefineLotCodeRule, pb.LotCodeRule
        )

    def ListLotCodeRules(self, request, context):  # noqa: N802
        return self.read(rule_queries.list_rules, pb.ListLotCodeRulesResponse, actor=caller())

    def CreatePurchaseOrder(self, request, context):  # noqa: N802
        return self.write(
            request, purchase_orders.create_purchase_order, CreatePurchaseOrder, pb.PurchaseOrder
        )

    def GetPurchaseOrder(self, request, context):  # noqa: N802
        return self.read(
            order_queries.get_purchase_order, pb.PurchaseOrder, request.number, actor=caller()
        )

    def ListPurchaseOrders(self, request, context):  # noqa: N802
        query = self.query(request, PurchaseOrderQuery)
        return self.read(
            order_queries.list_purchase_orders, pb.ListPurchaseOrdersResponse, query, actor=caller()
        )

    def CancelPurchaseOrder(self, request, context):  # noqa: N802
        return self.write(
            request, purchase_orders.cancel_purchase_order, CancelPurchaseOrder, pb.PurchaseOrder
        )

    def ParseScan(self, request, context):  # noqa: N802
        return encode(scans.parse_scan(self.query(request, ParseScan), caller()), pb.ScanResult)

    def RecordReceipt(self, request, context):  # noqa: N802
        return self.write(request, receipts.record_receipt, RecordReceipt, pb.Receipt)

    def GetReceipt(self, request, context):  # noqa: N802
        reference = self.query(request, ReceiptRef)
        return self.read(
            receipt_queries.get_receipt, pb.Receipt, reference.receipt_id, actor=caller()
        )

    def ListReceipts(self, request, context):  # noqa: N802
        query = self.query(request, ReceiptQuery)
        return self.read(
            receipt_queries.list_receipts, pb.ListReceiptsResponse, query, actor=caller()
        )

    def RecordReceiptOutcome(self, request, context):  # noqa: N802
        return self.write(
            request, receipt_outcomes.record_receipt_outcome, RecordReceiptOutcome, pb.Receipt
        )

    def MarkReceiptFailed(self, request, context):  # noqa: N802
        return self.write(
            request, receipt_failures.mark_receipt_failed, MarkReceiptFailed, pb.Receipt
        )

    def ReopenReceipt(self, request, context):  # noqa: N802
        return self.write(request, receipt_failures.reopen_receipt, ReopenReceipt, pb.Receipt)

    def ReturnToSupplier(self, request, context):  # noqa: N802
        return self.write(
            request, receipt_outcomes.return_to_supplier, ReturnToSupplier, pb.SupplierReturn
        )

    def ListReceivingKdes(self, request, context):  # noqa: N802
        query = self.query(request, KdeQuery)
        return self.read(
            receipt_queries.list_kdes, pb.ListReceivingKdesResponse, query, actor=caller()
        )


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ReceivingServiceServicer_to_server(ReceivingServicer(database), server)

"""Production gRPC servicer: each method one line naming the use case or query, the command
schema REST uses for the same call, and the reply message."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode
from lotflow.servicer import Servicer, pack
from protos.production.v1 import order_updates_pb2 as updates_pb
from protos.production.v1 import orders_pb2 as orders_pb
from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from protos.production.v1 import wip_pb2 as wip_pb
from services.production import workflow_gateway
from services.production.queries import boms as bom_queries
from services.production.queries import genealogy as genealogy_queries
from services.production.queries import orders as order_queries
from services.production.queries import wip as wip_queries
from services.production.queries import work_centers as work_center_queries
from services.production.schemas.boms import (
    BomQuery,
    DefineBom,
    DefineRouting,
    ListBoms,
    RoutingQuery,
)
from services.production.schemas.consumption import Backflush, CompleteOrder, IssueMaterial
from services.production.schemas.genealogy import GetLotGenealogy, GetOrderGenealogy
from services.production.schemas.operations import (
    RecordOperationCompletion,
    RecordOperationReport,
    RecordOperationStart,
)
from services.production.schemas.order_updates import (
    CompleteOperation,
    ReportOperation,
    RequestSubstitution,
    StartOperation,
)
from services.production.schemas.orders import (
    BlockOrder,
    CancelOrder,
    CloseOrder,
    CreateOrder,
    ListOrders,
    ReleaseOrder,
    UnblockOrder,
)
from services.production.schemas.outputs import ProduceOutput
from services.production.schemas.substitutions import (
    CheckSubstitute,
    DecideSubstitution,
    OpenSubstitution,
    RecordSubstitution,
)
from services.production.schemas.wip import GetWip, GetYield, ListWipAging
from services.production.schemas.work_centers import (
    DeactivateScrapReason,
    DefineScrapReason,
    ListWorkCenters,
    RegisterWorkCenter,
)
from services.production.service import (
    boms,
    consumption,
    operations,
    order_states,
    order_updates,
    orders,
    outputs,
    routings,
    substitutions,
    wip,
    work_centers,
)


class ProductionServicer(Servicer, pb_grpc.ProductionServiceServicer):
    def RegisterWorkCenter(self, request, context):  # noqa: N802
        return self.write(
            request, work_centers.register_work_center, RegisterWorkCenter, pb.WorkCenter
        )

    def GetWorkCenter(self, request, context):  # noqa: N802
        return self.read(
            work_center_queries.get_work_center, pb.WorkCenter, request.ref, actor=caller()
        )

    def ListWorkCenters(self, request, context):  # noqa: N802
        query = self.query(request, ListWorkCenters)
        return self.read(
            work_center_queries.list_work_centers, pb.ListWorkCentersResponse, query, actor=caller()
        )

    def DefineScrapReason(self, request, context):  # noqa: N802
        return self.write(
            request, work_centers.define_scrap_reason, DefineScrapReason, pb.ScrapReason
        )

    def DeactivateScrapReason(self, request, context):  # noqa: N802
        return self.write(
            request, work_centers.deactivate_scrap_reason, DeactivateScrapReason, pb.ScrapReason
        )

    # --- BOMs, routings and orders ---

    def DefineBom(self, request, context):  # noqa: N802
        return self.write(request, boms.define_bom, DefineBom, orders_pb.Bom)

    def GetBom(self, request, context):  # noqa: N802
        query = self.query(request, BomQuery)
        return self.read(bom_queries.get_bom, orders_pb.Bom, query, actor=caller())

    def ListBoms(self, request, context):  # noqa: N802
        query = self.query(request, ListBoms)
        return self.read(bom_queries.list_boms, orders_pb.ListBomsResponse, query, actor=caller())

    def DefineRouting(self, request, context):  # noqa: N802
        return self.write(request, routings.define_routing, DefineRouting, orders_pb.Routing)

    def GetRouting(self, request, context):  # noqa: N802
        query = self.query(request, RoutingQuery)
        return self.read(bom_queries.get_routing, orders_pb.Routing, query, actor=caller())

    def CreateOrder(self, request, context):  # noqa: N802
        return self.write(request, orders.create_order, CreateOrder, orders_pb.Order)

    def ReleaseOrder(self, request, context):  # noqa: N802
        return self.write(request, orders.release_order, ReleaseOrder, orders_pb.Order)

    def GetOrder(self, request, context):  # noqa: N802
        return self.read(order_queries.get_order, orders_pb.Order, request.ref, actor=caller())

    def ListOrders(self, request, context):  # noqa: N802
        query = self.query(request, ListOrders)
        return self.read(
            order_queries.list_orders, orders_pb.ListOrdersResponse, query, actor=caller()
        )

    def BlockOrder(self, request, context):  # noqa: N802
        return self.write(request, order_states.block_order, BlockOrder, orders_pb.Order)

    def UnblockOrder(self, request, context):  # noqa: N802
        return self.write(request, order_states.unblock_order, UnblockOrder, orders_pb.Order)

    def CancelOrder(self, request, context):  # noqa: N802
        return self.write(request, order_states.cancel_order, CancelOrder, orders_pb.Order)

    def CloseOrder(self, request, context):  # noqa: N802
        return self.write(request, order_states.close_order, CloseOrder, orders_pb.Order)

    def CheckSubstitute(self, request, context):  # noqa: N802
        query = self.query(request, CheckSubstitute)
        return self.read(
            substitutions.check_substitute, orders_pb.SubstituteCheck, query, actor=caller()
        )

    def OpenSubstitution(self, request, context):  # noqa: N802
        return self.write(
            request, substitutions.open_substitution, OpenSubstitution, orders_pb.Substitution
        )

    def DecideSubstitution(self, request, context):  # noqa: N802
        return self.write(
            request, substitutions.decide_substitution, DecideSubstitution, orders_pb.Substitution
        )

    def RecordSubstitution(self, request, context):  # noqa: N802
        return self.write(
            request, substitutions.record_substitution, RecordSubstitution, orders_pb.Substitution
        )

    # --- end of BOMs, routings and orders ---

    # --- operations, consumption, output, genealogy, WIP ---

    def RecordOperationStart(self, request, context):  # noqa: N802
        return self.write(
            request, operations.record_operation_start, RecordOperationStart, wip_pb.OperationRecord
        )

    def RecordOperationReport(self, request, context):  # noqa: N802
        return self.write(
            request,
            operations.record_operation_report,
            RecordOperationReport,
            wip_pb.OperationRecord,
        )

    def RecordOperationCompletion(self, request, context):  # noqa: N802
        return self.write(
            request,
            operations.record_operation_completion,
            RecordOperationCompletion,
            wip_pb.OperationRecord,
        )

    def IssueMaterial(self, request, context):  # noqa: N802
        return self.write(request, consumption.issue_material, IssueMaterial, wip_pb.Consumption)

    def Backflush(self, request, context):  # noqa: N802
        return self.write(request, consumption.backflush, Backflush, wip_pb.BackflushResponse)

    def ProduceOutput(self, request, context):  # noqa: N802
        return self.write(
            request, outputs.produce_output, ProduceOutput, wip_pb.ProduceOutputResponse
        )

    def CompleteOrder(self, request, context):  # noqa: N802
        return self.write(request, wip.complete_order, CompleteOrder, wip_pb.OrderCompletion)

    def GetWip(self, request, context):  # noqa: N802
        query = self.query(request, GetWip)
        return self.read(wip_queries.get_wip, wip_pb.GetWipResponse, query, actor=caller())

    def ListWipAging(self, request, context):  # noqa: N802
        query = self.query(request, ListWipAging)
        return self.read(
            wip_queries.list_wip_aging, wip_pb.ListWipAgingResponse, query, actor=caller()
        )

    def GetYield(self, request, context):  # noqa: N802
        query = self.query(request, GetYield)
        return self.read(wip_queries.get_yield, wip_pb.YieldReport, query, actor=caller())

    def GetLotGenealogy(self, request, context):  # noqa: N802
        query = self.query(request, GetLotGenealogy)
        return self.read(
            genealogy_queries.get_lot_genealogy, wip_pb.LotGenealogy, query, actor=caller()
        )

    def GetOrderGenealogy(self, request, context):  # noqa: N802
        query = self.query(request, GetOrderGenealogy)
        return self.read(
            genealogy_queries.get_order_genealogy, wip_pb.OrderGenealogy, query, actor=caller()
        )

    # --- end of operations, consumption, output, genealogy, WIP ---

    # --- operator reports through the order's workflow ---

    def StartOperation(self, request, context):  # noqa: N802
        return self.through_workflow(request, order_updates.start_operation, StartOperation)

    def ReportOperation(self, request, context):  # noqa: N802
        return self.through_workflow(request, order_updates.report_operation, ReportOperation)

    def CompleteOperation(self, request, context):  # noqa: N802
        return self.through_workflow(request, order_updates.complete_operation, CompleteOperation)

    def RequestSubstitution(self, request, context):  # noqa: N802
        return self.through_workflow(
            request,
            order_updates.request_substitution,
            RequestSubstitution,
            updates_pb.SubstitutionRequested,
        )

    def through_workflow(self, request, use_case, command_type, reply=updates_pb.OperatorReport):  # noqa: ANN001
        """A use case decided by a workflow: it takes the Temporal gateway, not the database."""
        command = decode(request, command_type)
        result = use_case(
            self.database,
            workflow_gateway.installed(),
            request_id=request.request_id,
            command=command,
            actor=caller(),
        )
        return pack(result, reply)

    # --- end of operator reports ---


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ProductionServiceServicer_to_server(ProductionServicer(database), server)

"""Production gRPC servicer: each method one line naming the use case or query, the command
schema REST uses for the same call, and the reply message."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode
from lotflow.servicer import Servicer, pack
from protos.production.v1 import order_updates_pb2 as updates_pb
from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from services.production import workflow_gateway
from services.production.queries import work_centers as work_center_queries
from services.production.schemas.order_updates import (
    CompleteOperation,
    ReportOperation,
    RequestSubstitution,
    StartOperation,
)
from services.production.schemas.work_centers import (
    DeactivateScrapReason,
    DefineScrapReason,
    ListWorkCenters,
    RegisterWorkCenter,
)
from services.production.service import order_updates, work_centers


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

    # --- end of BOMs, routings and orders ---

    # --- operations, consumption, output, genealogy, WIP ---

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
            workflow_gateway.installed(),
            request_id=request.request_id,
            command=command,
            actor=caller(),
        )
        return pack(result, reply)

    # --- end of operator reports ---


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ProductionServiceServicer_to_server(ProductionServicer(database), server)

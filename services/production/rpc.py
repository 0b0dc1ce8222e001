"""Production gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from services.production import queries, service
from services.production.schemas import (
    DeactivateScrapReason,
    DefineScrapReason,
    ListWorkCenters,
    RegisterWorkCenter,
)


class ProductionServicer(EventFeedServicer, pb_grpc.ProductionServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def RegisterWorkCenter(self, request, context):  # noqa: N802
        work_center = service.register_work_center(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, RegisterWorkCenter),
            actor=caller(),
        )
        return encode(work_center, pb.WorkCenter)

    def GetWorkCenter(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            return encode(queries.get_work_center(session, request.ref), pb.WorkCenter)

    def ListWorkCenters(self, request, context):  # noqa: N802
        query = decode(request, ListWorkCenters, omit=())
        with self.database.read_session() as session:
            return encode(queries.list_work_centers(session, query), pb.ListWorkCentersResponse)

    def DefineScrapReason(self, request, context):  # noqa: N802
        reason = service.define_scrap_reason(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, DefineScrapReason),
            actor=caller(),
        )
        return encode(reason, pb.ScrapReason)

    def DeactivateScrapReason(self, request, context):  # noqa: N802
        reason = service.deactivate_scrap_reason(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, DeactivateScrapReason),
            actor=caller(),
        )
        return encode(reason, pb.ScrapReason)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_ProductionServiceServicer_to_server(ProductionServicer(database), server)

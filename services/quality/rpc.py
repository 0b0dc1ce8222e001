"""Quality gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from services.quality import queries, service
from services.quality.schemas import (
    DefineInspectionPlan,
    HoldQuery,
    InspectionPlanLookup,
    LotLookup,
    PlaceHold,
    ReleaseHold,
)


class QualityServicer(EventFeedServicer, pb_grpc.QualityServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def DefineInspectionPlan(self, request, context):  # noqa: N802
        plan = service.define_inspection_plan(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, DefineInspectionPlan),
            actor=caller(),
        )
        return encode(plan, pb.InspectionPlan)

    def GetInspectionPlan(self, request, context):  # noqa: N802
        lookup = decode(request, InspectionPlanLookup)
        with self.database.session_factory() as session:
            return encode(queries.get_inspection_plan(session, lookup), pb.InspectionPlan)

    def PlaceHold(self, request, context):  # noqa: N802
        hold = service.place_hold(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, PlaceHold),
            actor=caller(),
        )
        return encode(hold, pb.Hold)

    def ReleaseHold(self, request, context):  # noqa: N802
        hold = service.release_hold(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, ReleaseHold),
            actor=caller(),
        )
        return encode(hold, pb.Hold)

    def GetHold(self, request, context):  # noqa: N802
        with self.database.session_factory() as session:
            return encode(queries.get_hold(session, request.hold_id), pb.Hold)

    def ListHolds(self, request, context):  # noqa: N802
        query = decode(request, HoldQuery, omit=())
        with self.database.session_factory() as session:
            return encode(queries.list_holds(session, query), pb.ListHoldsResponse)

    def GetLotQualityStatus(self, request, context):  # noqa: N802
        lookup = decode(request, LotLookup)
        with self.database.session_factory() as session:
            status = queries.lot_quality_status(session, lookup.lot_code)
        return encode(status, pb.LotQualityStatus)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_QualityServiceServicer_to_server(QualityServicer(database), server)

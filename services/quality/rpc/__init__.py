"""Quality gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from services.quality.rpc.holds import HoldMethods
from services.quality.rpc.inspections import InspectionMethods
from services.quality.rpc.nonconformances import NonconformanceMethods
from services.quality.rpc.plans import PlanMethods


class QualityServicer(
    EventFeedServicer,
    PlanMethods,
    HoldMethods,
    InspectionMethods,
    NonconformanceMethods,
    pb_grpc.QualityServiceServicer,
):
    def __init__(self, database: Database) -> None:
        self.database = database


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_QualityServiceServicer_to_server(QualityServicer(database), server)

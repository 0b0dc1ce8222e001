"""Quality gRPC servicer: each method names the use case or query, the command or query schema
REST uses for the same call, and the reply message."""

from __future__ import annotations

import grpc

from lotflow.db import Database
from lotflow.rpc_codec import caller
from lotflow.servicer import Servicer
from protos.quality.v1 import quality_pb2 as pb
from protos.quality.v1 import quality_pb2_grpc as pb_grpc
from services.quality.queries.holds import get_hold, list_holds, lot_quality_status
from services.quality.queries.inspections import get_inspection, list_inspections
from services.quality.queries.nonconformances import get_nonconformance, list_nonconformances
from services.quality.queries.plans import get_inspection_plan
from services.quality.queries.requirement import get_inspection_requirement
from services.quality.schemas.decisions import DecideLot
from services.quality.schemas.holds import HoldQuery, LotLookup, PlaceHold, ReleaseHold
from services.quality.schemas.inspections import (
    CompleteInspection,
    InspectionQuery,
    OpenInspection,
    RecordInspectionResults,
)
from services.quality.schemas.nonconformances import (
    CloseNonconformance,
    DispositionNonconformance,
    NonconformanceQuery,
    OpenNonconformance,
)
from services.quality.schemas.plans import DefineInspectionPlan, InspectionPlanLookup
from services.quality.schemas.requirement import InspectionRequirementLookup
from services.quality.service import (
    decisions,
    holds,
    inspection_steps,
    inspections,
    nonconformance_steps,
    nonconformances,
    plans,
)


class QualityServicer(Servicer, pb_grpc.QualityServiceServicer):
    def DefineInspectionPlan(self, request, context):  # noqa: N802
        return self.write(
            request, plans.define_inspection_plan, DefineInspectionPlan, pb.InspectionPlan
        )

    def GetInspectionPlan(self, request, context):  # noqa: N802
        lookup = self.query(request, InspectionPlanLookup)
        return self.read(get_inspection_plan, pb.InspectionPlan, lookup, actor=caller())

    def PlaceHold(self, request, context):  # noqa: N802
        return self.write(request, holds.place_hold, PlaceHold, pb.Hold)

    def ReleaseHold(self, request, context):  # noqa: N802
        return self.write(request, holds.release_hold, ReleaseHold, pb.Hold)

    def GetHold(self, request, context):  # noqa: N802
        return self.read(get_hold, pb.Hold, request.hold_id, actor=caller())

    def ListHolds(self, request, context):  # noqa: N802
        query = self.query(request, HoldQuery)
        return self.read(list_holds, pb.ListHoldsResponse, query, actor=caller())

    def GetLotQualityStatus(self, request, context):  # noqa: N802
        lookup = self.query(request, LotLookup)
        return self.read(lot_quality_status, pb.LotQualityStatus, lookup, actor=caller())

    def GetInspectionRequirement(self, request, context):  # noqa: N802
        lookup = self.query(request, InspectionRequirementLookup)
        return self.read(
            get_inspection_requirement, pb.InspectionRequirement, lookup, actor=caller()
        )

    def OpenInspection(self, request, context):  # noqa: N802
        return self.write(request, inspections.open_inspection, OpenInspection, pb.Inspection)

    def RecordInspectionResults(self, request, context):  # noqa: N802
        return self.write(
            request,
            inspection_steps.record_inspection_results,
            RecordInspectionResults,
            pb.Inspection,
        )

    def CompleteInspection(self, request, context):  # noqa: N802
        return self.write(
            request, inspection_steps.complete_inspection, CompleteInspection, pb.Inspection
        )

    def DecideLot(self, request, context):  # noqa: N802
        return self.write(request, decisions.decide_lot, DecideLot, pb.Inspection)

    def GetInspection(self, request, context):  # noqa: N802
        return self.read(get_inspection, pb.Inspection, request.inspection_id, actor=caller())

    def ListInspections(self, request, context):  # noqa: N802
        query = self.query(request, InspectionQuery)
        return self.read(list_inspections, pb.ListInspectionsResponse, query, actor=caller())

    def OpenNonconformance(self, request, context):  # noqa: N802
        return self.write(
            request, nonconformances.open_nonconformance, OpenNonconformance, pb.Nonconformance
        )

    def DispositionNonconformance(self, request, context):  # noqa: N802
        return self.write(
            request,
            nonconformance_steps.disposition_nonconformance,
            DispositionNonconformance,
            pb.Nonconformance,
        )

    def CloseNonconformance(self, request, context):  # noqa: N802
        return self.write(
            request,
            nonconformance_steps.close_nonconformance,
            CloseNonconformance,
            pb.Nonconformance,
        )

    def GetNonconformance(self, request, context):  # noqa: N802
        return self.read(
            get_nonconformance, pb.Nonconformance, request.nonconformance_id, actor=caller()
        )

    def ListNonconformances(self, request, context):  # noqa: N802
        query = self.query(request, NonconformanceQuery)
        return self.read(
            list_nonconformances, pb.ListNonconformancesResponse, query, actor=caller()
        )


def add_to_server(server: grpc.Server, database: Database) -> None:
    pb_grpc.add_QualityServiceServicer_to_server(QualityServicer(database), server)

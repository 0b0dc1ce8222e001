"""Inspection plan methods."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode, encode
from protos.quality.v1 import quality_pb2 as pb
from services.quality.queries import plans as queries
from services.quality.schemas.plans import DefineInspectionPlan, InspectionPlanLookup
from services.quality.service import plans as service


class PlanMethods:
    database: Database

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
        with self.database.read_session() as session:
            return encode(queries.get_inspection_plan(session, lookup), pb.InspectionPlan)

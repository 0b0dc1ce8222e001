"""Inspection methods: requirement, opening, results, completion, the lot decision, reads."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode, encode
from protos.quality.v1 import quality_pb2 as pb
from services.quality.queries import inspections as queries
from services.quality.queries.requirement import get_inspection_requirement
from services.quality.schemas.decisions import DecideLot
from services.quality.schemas.inspections import (
    CompleteInspection,
    InspectionQuery,
    OpenInspection,
    RecordInspectionResults,
)
from services.quality.schemas.requirement import InspectionRequirementLookup
from services.quality.service import decisions, inspection_steps, inspections


class InspectionMethods:
    database: Database

    def GetInspectionRequirement(self, request, context):  # noqa: N802
        lookup = decode(request, InspectionRequirementLookup, omit=())
        with self.database.read_session() as session:
            requirement = get_inspection_requirement(session, lookup)
        return encode(requirement, pb.InspectionRequirement)

    def OpenInspection(self, request, context):  # noqa: N802
        inspection = inspections.open_inspection(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, OpenInspection),
            actor=caller(),
        )
        return encode(inspection, pb.Inspection)

    def RecordInspectionResults(self, request, context):  # noqa: N802
        inspection = inspection_steps.record_inspection_results(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, RecordInspectionResults),
            actor=caller(),
        )
        return encode(inspection, pb.Inspection)

    def CompleteInspection(self, request, context):  # noqa: N802
        inspection = inspection_steps.complete_inspection(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CompleteInspection),
            actor=caller(),
        )
        return encode(inspection, pb.Inspection)

    def DecideLot(self, request, context):  # noqa: N802
        inspection = decisions.decide_lot(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, DecideLot),
            actor=caller(),
        )
        return encode(inspection, pb.Inspection)

    def GetInspection(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            return encode(queries.get_inspection(session, request.inspection_id), pb.Inspection)

    def ListInspections(self, request, context):  # noqa: N802
        query = decode(request, InspectionQuery, omit=())
        with self.database.read_session() as session:
            return encode(queries.list_inspections(session, query), pb.ListInspectionsResponse)

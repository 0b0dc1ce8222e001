"""Nonconformance report methods."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode, encode
from protos.quality.v1 import quality_pb2 as pb
from services.quality.queries import nonconformances as queries
from services.quality.schemas.nonconformances import (
    CloseNonconformance,
    DispositionNonconformance,
    NonconformanceQuery,
    OpenNonconformance,
)
from services.quality.service import nonconformance_steps, nonconformances


class NonconformanceMethods:
    database: Database

    def OpenNonconformance(self, request, context):  # noqa: N802
        ncr = nonconformances.open_nonconformance(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, OpenNonconformance),
            actor=caller(),
        )
        return encode(ncr, pb.Nonconformance)

    def DispositionNonconformance(self, request, context):  # noqa: N802
        ncr = nonconformance_steps.disposition_nonconformance(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, DispositionNonconformance),
            actor=caller(),
        )
        return encode(ncr, pb.Nonconformance)

    def CloseNonconformance(self, request, context):  # noqa: N802
        ncr = nonconformance_steps.close_nonconformance(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CloseNonconformance),
            actor=caller(),
        )
        return encode(ncr, pb.Nonconformance)

    def GetNonconformance(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            ncr = queries.get_nonconformance(session, request.nonconformance_id)
        return encode(ncr, pb.Nonconformance)

    def ListNonconformances(self, request, context):  # noqa: N802
        query = decode(request, NonconformanceQuery, omit=())
        with self.database.read_session() as session:
            page = queries.list_nonconformances(session, query)
        return encode(page, pb.ListNonconformancesResponse)

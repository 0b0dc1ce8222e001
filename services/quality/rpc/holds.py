"""Hold methods and a lot's quality status."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller, decode, encode
from protos.quality.v1 import quality_pb2 as pb
from services.quality.queries import holds as queries
from services.quality.schemas.holds import HoldQuery, LotLookup, PlaceHold, ReleaseHold
from services.quality.service import holds as service


class HoldMethods:
    database: Database

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
        with self.database.read_session() as session:
            return encode(queries.get_hold(session, request.hold_id), pb.Hold)

    def ListHolds(self, request, context):  # noqa: N802
        query = decode(request, HoldQuery, omit=())
        with self.database.read_session() as session:
            return encode(queries.list_holds(session, query), pb.ListHoldsResponse)

    def GetLotQualityStatus(self, request, context):  # noqa: N802
        lookup = decode(request, LotLookup)
        with self.database.read_session() as session:
            status = queries.lot_quality_status(session, lookup.lot_code)
        return encode(status, pb.LotQualityStatus)

"""Recall gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.recall.v1 import recall_pb2 as pb
from protos.recall.v1 import recall_pb2_grpc as pb_grpc
from services.recall import queries, service
from services.recall.schemas import CancelRecall, CloseRecall, ListRecalls, OpenRecall


class RecallServicer(EventFeedServicer, pb_grpc.RecallServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def OpenRecall(self, request, context):  # noqa: N802
        recall = service.open_recall(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, OpenRecall),
            actor=caller(),
        )
        return encode(recall, pb.Recall)

    def GetRecall(self, request, context):  # noqa: N802
        with self.database.read_session() as session:
            return encode(queries.get_recall(session, request.ref), pb.Recall)

    def ListRecalls(self, request, context):  # noqa: N802
        query = decode(request, ListRecalls, omit=())
        with self.database.read_session() as session:
            return encode(queries.list_recalls(session, query), pb.ListRecallsResponse)

    def CancelRecall(self, request, context):  # noqa: N802
        recall = service.cancel_recall(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CancelRecall),
            actor=caller(),
        )
        return encode(recall, pb.Recall)

    def CloseRecall(self, request, context):  # noqa: N802
        recall = service.close_recall(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, CloseRecall),
            actor=caller(),
        )
        return encode(recall, pb.Recall)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_RecallServiceServicer_to_server(RecallServicer(database), server)

"""Recall gRPC servicer: each method one line naming the use case or query, the command schema
REST uses for the same call, and the reply message."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.rpc_codec import caller
from lotflow.servicer import Servicer
from protos.recall.v1 import recall_pb2 as pb
from protos.recall.v1 import recall_pb2_grpc as pb_grpc
from services.recall import queries, service
from services.recall.schemas import CancelRecall, CloseRecall, ListRecalls, OpenRecall


class RecallServicer(Servicer, pb_grpc.RecallServiceServicer):
    def OpenRecall(self, request, context):  # noqa: N802
        return self.write(request, service.open_recall, OpenRecall, pb.Recall)

    def GetRecall(self, request, context):  # noqa: N802
        return self.read(queries.get_recall, pb.Recall, request.ref, actor=caller())

    def ListRecalls(self, request, context):  # noqa: N802
        query = self.query(request, ListRecalls)
        return self.read(queries.list_recalls, pb.ListRecallsResponse, query, actor=caller())

    def CancelRecall(self, request, context):  # noqa: N802
        return self.write(request, service.cancel_recall, CancelRecall, pb.Recall)

    def CloseRecall(self, request, context):  # noqa: N802
        return self.write(request, service.close_recall, CloseRecall, pb.Recall)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_RecallServiceServicer_to_server(RecallServicer(database), server)

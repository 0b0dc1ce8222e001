"""Warehouse gRPC servicer: unpack, call the same functions as the REST routes, pack."""

from __future__ import annotations

from lotflow.db import Database
from lotflow.errors import Invalid
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from services.warehouse import queries, service
from services.warehouse.schemas import RegisterItem, RegisterLocation


class WarehouseServicer(EventFeedServicer, pb_grpc.WarehouseServiceServicer):
    def __init__(self, database: Database) -> None:
        self.database = database

    def RegisterItem(self, request, context):  # noqa: N802
        item = service.register_item(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, RegisterItem),
            actor=caller(),
        )
        return encode(item, pb.Item)

    def GetItem(self, request, context):  # noqa: N802
        with self.database.session_factory() as session:
            return encode(queries.get_item(session, request.ref), pb.Item)

    def RegisterLocation(self, request, context):  # noqa: N802
        location = service.register_location(
            self.database.unit_of_work(),
            request_id=request.request_id,
            command=decode(request, RegisterLocation),
            actor=caller(),
        )
        return encode(location, pb.Location)

    def ListLocations(self, request, context):  # noqa: N802
        page_size = request.page_size or 100
        if not 1 <= page_size <= 500:
            raise Invalid("page_size must be between 1 and 500", code="invalid_page_size")
        with self.database.session_factory() as session:
            page = queries.list_locations(
                session,
                parent_code=request.parent_code or None,
                level=request.level or None,
                kind=request.kind or None,
                page_size=page_size,
                page_token=request.page_token,
            )
        return encode(page, pb.ListLocationsResponse)


def add_to_server(server, database: Database) -> None:  # noqa: ANN001 - grpc.Server
    pb_grpc.add_WarehouseServiceServicer_to_server(WarehouseServicer(database), server)

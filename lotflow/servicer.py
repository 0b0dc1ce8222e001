"""The one shape of a service's gRPC servicer: each method is one line that names the use case
or query, the command schema REST uses for the same call, and the reply message.

    class HoldServicer(Servicer, pb_grpc.QualityServiceServicer):
        def PlaceHold(self, request, context):  # noqa: N802
            return self.write(request, holds.place_hold, PlaceHold, pb.Hold)

        def ListHolds(self, request, context):  # noqa: N802
            query = self.query(request, HoldQuery)
            return self.read(queries.list_holds, pb.ListHoldsResponse, query)

        def GetHold(self, request, context):  # noqa: N802
            return self.read(queries.get_hold, pb.Hold, request.hold_id)

Decoding validates exactly like the REST body, so both transports refuse the same input the same
way; role checks and defaults live in the use cases and the schemas, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from google.protobuf.message import Message
from pydantic import BaseModel

from lotflow.db import Database
from lotflow.feed import EventFeedServicer
from lotflow.rpc_codec import caller, decode, encode

M = TypeVar("M", bound=BaseModel)
# A reply message type (packed by the generic codec) or a function packing a result faster.
Reply = type[Message] | Callable[[Any], Message]


def pack(result: Any, reply: Reply) -> Message:
    if isinstance(reply, type) and issubclass(reply, Message):
        return encode(result, reply)
    return reply(result)


class Servicer(EventFeedServicer):
    """Base of every service's servicer; it serves the service's event feed too."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def runs_in(self) -> Any:
        """What a use case takes first: a unit of work of the service's database (the task
        inbox's use cases take its projection and the workflows they update instead)."""
        return self.database.unit_of_work()

    def write(
        self,
        request: Message,
        use_case: Callable[..., Any],
        command_type: type[BaseModel],
        reply: Reply,
        **extra: Any,
    ) -> Message:
        """Run a mutating use case under the request's id, as the caller."""
        result = use_case(
            self.runs_in(),
            request_id=request.request_id,
            command=decode(request, command_type),
            actor=caller(),
            **extra,
        )
        return pack(result, reply)

    def read(
        self, query: Callable[..., Any], reply: Reply, *arguments: Any, **keywords: Any
    ) -> Message:
        """Answer a read from one autocommit session: `query(session, *arguments, **keywords)`."""
        return pack(self.database.read(query, *arguments, **keywords), reply)

    @staticmethod
    def query(request: Message, query_type: type[M]) -> M:
        """A read's parameters, validated like the REST query string."""
        return decode(request, query_type, omit=())

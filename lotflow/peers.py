"""Asking another service about a fact it owns, at the door of a request.

A use case that must not accept what would fail later (a receipt at an unknown dock, a hold on
an unknown lot) asks the owner synchronously over gRPC, as the asking service itself, with a
short deadline. NOT_FOUND is an answer (None): the caller names its own refusal; another
refusal of the question is the owner's error, raised as it sent it. Any other failure is an
outage of the owner, refused as Unavailable (503 with Retry-After, gRPC UNAVAILABLE, code
`<service>_unavailable`): a request is never accepted blind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import grpc
from google.protobuf.message import Message

from lotflow.auth import DELEGATE_ROLE, Principal, roles_held
from lotflow.errors import Unavailable
from lotflow.grpc_client import bearer, on_behalf_of, open_channel, remote_error
from lotflow.roles import AUDITOR_ROLE
from lotflow.service_token import ServiceToken
from lotflow.settings import Settings, get_settings

DOOR_DEADLINE_SECONDS = 2.0
# A change the owner makes for a caller (stock issued to an order) may take longer than a
# question; a write that times out is retried by the caller under the same request id.
WRITE_DEADLINE_SECONDS = 10.0
# How the owner refuses a question it understood; anything else means it could not answer.
ANSWERS = frozenset(
    {
        grpc.StatusCode.INVALID_ARGUMENT,
        grpc.StatusCode.FAILED_PRECONDITION,
        grpc.StatusCode.ALREADY_EXISTS,
        grpc.StatusCode.OUT_OF_RANGE,
    }
)
# A change may also be refused because the person lacks a role there.
ACT_ANSWERS = ANSWERS | {grpc.StatusCode.PERMISSION_DENIED}


class Peer:
    """One service as another sees it: where it listens (LOTFLOW_<SERVICE>_GRPC), one channel
    per address, and the caller's own token."""

    def __init__(
        self,
        service: str,
        stub: Callable[[grpc.Channel], Any],
        *,
        caller: str,
        deadline: float = DOOR_DEADLINE_SECONDS,
        acts_in: tuple[str, ...] = (),
    ) -> None:
        """`acts_in`: the owner's roles in which this peer may change things for a person
        (`act`); a peer without them only asks."""
        self.service = service
        self._stub_type = stub
        self._caller = caller
        self._deadline = deadline
        self._acts_in = acts_in
        self._lock = threading.Lock()
        self._channels: dict[str, tuple[grpc.Channel, Any]] = {}
        self._tokens: dict[int, tuple[Settings, ServiceToken]] = {}

    def find(self, method: str, request: Message) -> Message | None:
        """The owner's answer, or None when it has no such thing."""
        try:
            return self._call(method, request, (), self._deadline, ANSWERS)
        except _NotFound:
            return None

    def act(self, method: str, request: Message, person: Principal) -> Message:
        """The owner's change, made for `person` in the roles of `acts_in` they hold (the
        owner records them as its actor); the owner's refusal is raised as it sent it."""
        acting = on_behalf_of(person.user, roles_held(person.roles, *self._acts_in))
        try:
            return self._call(method, request, acting, WRITE_DEADLINE_SECONDS, ACT_ANSWERS)
        except _NotFound as missing:
            raise missing.error from None

    def _call(
        self, method: str, request: Message, acting: tuple, deadline: float, answers: frozenset
    ) -> Message:
        settings = get_settings()
        target = settings.grpc_target(self.service)
        channel, stub = self._stub(target)
        try:
            return getattr(stub, method)(
                request, metadata=bearer(self._token(settings)()) + acting, timeout=deadline
            )
        except grpc.RpcError as error:
            if error.code() == grpc.StatusCode.NOT_FOUND:
                raise _NotFound(remote_error(error)) from None
            if error.code() in answers:
                raise remote_error(error) from None
            self._drop(target, channel)
            raise Unavailable(
                f"the {self.service} service could not answer in time for this request "
                f"({error.code().name}: {error.details()}); nothing was accepted, try again",
                code=f"{self.service}_unavailable",
            ) from None

    def _stub(self, target: str) -> tuple[grpc.Channel, Any]:
        with self._lock:
            if target not in self._channels:
                channel = open_channel(target)
                self._channels[target] = (channel, self._stub_type(channel))
            return self._channels[target]

    def _drop(self, target: str, channel: grpc.Channel) -> None:
        """Forget a channel that failed, so the next call connects afresh instead of waiting
        out the reconnect backoff it gathered while the owner was down."""
        with self._lock:
            if self._channels.get(target, (None,))[0] is channel:
                del self._channels[target]
        channel.close()

    def _token(self, settings: Settings) -> ServiceToken:
        with self._lock:
            known = self._tokens.get(id(settings))
            if known is None or known[0] is not settings:
                known = self._tokens[id(settings)] = (
                    settings,
                    # Reads as an auditor; changes only for a person, in the roles it acts in.
                    ServiceToken(
                        self._caller,
                        (AUDITOR_ROLE, *((DELEGATE_ROLE, *self._acts_in) if self._acts_in else ())),
                        settings,
                    ),
                )
            return known[1]


class _NotFound(Exception):
    def __init__(self, error: Exception) -> None:
        self.error = error

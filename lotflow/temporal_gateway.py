"""A service's way into Temporal: Updates sent and workflows started from synchronous code,
refusals mapped.

REST routes and gRPC methods run on worker threads; the Temporal client is asyncio. The gateway
owns one event loop on a daemon thread, connects on first use (so a service starts even while
Temporal is still coming up) and runs every call there. Tests inject a connected client with
`TemporalGateway.of(client)`.

A workflow refuses an Update with an ApplicationError whose type is the stable code and whose
first detail is the refusal's kind (lotflow.refusals.RefusalKind), so the caller gets the same
status as for a refusal of the service itself. `subject` names what the Updates act on (a task,
an order) in the codes and messages of the gateway's own failures.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from opentelemetry import context as otel_context
from pydantic import BaseModel
from temporalio.client import (
    Client,
    WorkflowUpdateFailedError,
    WorkflowUpdateRPCTimeoutOrCancelledError,
)
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode

from lotflow.errors import Forbidden, Invalid, InvalidState, LotflowError, NotFound, Unavailable
from lotflow.refusals import RefusalKind
from lotflow.temporal_client import connect_client

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")

# How long one Update may take, validation to the recorded projection, before the caller is
# told to retry (with the same request id, which makes the retry safe).
UPDATE_WAIT = timedelta(seconds=20)

_REFUSALS: dict[str, type[LotflowError]] = {
    RefusalKind.NOT_FOUND.value: NotFound,
    RefusalKind.INVALID.value: Invalid,
    RefusalKind.INVALID_STATE.value: InvalidState,
    RefusalKind.FORBIDDEN.value: Forbidden,
}


@dataclass(frozen=True)
class UpdateCall:
    """One Update for the run that owns a task (or, run_id empty, the workflow's current run),
    under the caller's request id as its id."""

    workflow_id: str
    run_id: str
    update: str
    request: BaseModel
    update_id: str


class TemporalGateway:
    def __init__(
        self,
        connect: Callable[[], Awaitable[Client]] = connect_client,
        *,
        wait: timedelta = UPDATE_WAIT,
        subject: str = "task",
    ) -> None:
        self._connect = connect
        self._wait = wait
        self._subject = subject
        self._client: Client | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connecting: asyncio.Lock | None = None
        self._started = threading.Lock()

    @classmethod
    def of(
        cls, client: Client, *, wait: timedelta = UPDATE_WAIT, subject: str = "task"
    ) -> TemporalGateway:
        gateway = cls(wait=wait, subject=subject)
        gateway._client = client
        return gateway

    def update(self, call: UpdateCall, result_type: type[M]) -> M:
        """Send one Update with the call's request id as its id and wait for its result."""
        # The caller's trace goes with the call to the loop's thread, so the Update (and the
        # activities it runs) join the REST or gRPC request's trace.
        traced = otel_context.get_current()
        future = asyncio.run_coroutine_threadsafe(
            self._traced(call, result_type, traced), self._running_loop()
        )
        try:
            return future.result(timeout=self._wait.total_seconds() + 5)
        except FutureTimeout:
            future.cancel()
            raise self._timed_out() from None

    def read(self, query: Callable[[Client], Awaitable[T]]) -> T:
        """Run a read of Temporal (visibility, histories), or any other call of the client
        (starting a workflow), on the gateway's loop; an outage is 503 temporal_unavailable."""
        future = asyncio.run_coroutine_threadsafe(self._read(query), self._running_loop())
        try:
            return future.result(timeout=self._wait.total_seconds() + 5)
        except FutureTimeout:
            future.cancel()
            raise Unavailable(
                "Temporal did not answer in time", code="temporal_unavailable"
            ) from None

    async def _read(self, query: Callable[[Client], Awaitable[T]]) -> T:
        client = await self._connected()
        try:
            return await asyncio.wait_for(query(client), timeout=self._wait.total_seconds())
        except (RPCError, TimeoutError) as error:
            raise Unavailable(
                f"Temporal refused the read: {error}", code="temporal_unavailable"
            ) from None

    def close(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._started:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, daemon=True, name=f"{self._subject}-temporal"
                ).start()
                self._loop = loop
            return self._loop

    async def _connected(self) -> Client:
        # Runs only on the gateway's loop: the lock keeps concurrent first calls to one connect.
        self._connecting = self._connecting or asyncio.Lock()
        async with self._connecting:
            if self._client is None:
                try:
                    self._client = await self._connect()
                except Exception as error:  # noqa: BLE001 - any failure to connect is an outage
                    raise Unavailable(
                        f"Temporal is not reachable ({error}); try again",
                        code="temporal_unavailable",
                    ) from None
        return self._client

    async def _traced(
        self, call: UpdateCall, result_type: type[M], traced: otel_context.Context
    ) -> M:
        attached = otel_context.attach(traced)
        try:
            return await self._send(call, result_type)
        finally:
            otel_context.detach(attached)

    async def _send(self, call: UpdateCall, result_type: type[M]) -> M:
        client = await self._connected()
        handle = client.get_workflow_handle(call.workflow_id, run_id=call.run_id or None)
        try:
            return await asyncio.wait_for(
                handle.execute_update(
                    call.update, call.request, id=call.update_id, result_type=result_type
                ),
                timeout=self._wait.total_seconds(),
            )
        except WorkflowUpdateFailedError as failure:
            raise self._refusal(failure.cause) from None
        except RPCError as error:
            raise self._rpc_failure(error, call.workflow_id) from None
        except (TimeoutError, WorkflowUpdateRPCTimeoutOrCancelledError):
            raise self._timed_out() from None

    def _refusal(self, cause: BaseException) -> LotflowError:
        return refusal_of(cause, self._subject)

    def _rpc_failure(self, error: RPCError, workflow_id: str) -> LotflowError:
        if error.status == RPCStatusCode.NOT_FOUND:
            return InvalidState(
                f"the workflow {workflow_id} has finished, so its {self._subject}s can no "
                "longer change",
                code="workflow_finished",
            )
        return Unavailable(
            f"Temporal refused the call: {error.message}", code="temporal_unavailable"
        )

    def _timed_out(self) -> Unavailable:
        return Unavailable(
            f"the {self._subject}'s workflow did not answer in time; retry with the same "
            "request id",
            code=f"{self._subject}_update_timeout",
        )


def refusal_of(cause: BaseException, subject: str = "task") -> LotflowError:
    """A validator's or handler's refusal comes back as ApplicationError(type=code, kind)."""
    if isinstance(cause, ApplicationError) and cause.details:
        kind, *errors = cause.details
        error_type = _REFUSALS.get(str(kind))
        if error_type is not None and cause.type:
            # The fields of a completion that broke its form, as the kernel lists them.
            return error_type(
                cause.message, code=cause.type, **({"errors": errors[0]} if errors else {})
            )
    return LotflowError(
        f"the {subject}'s workflow failed the request: {cause}", code=f"{subject}_update_failed"
    )

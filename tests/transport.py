"""Calling a running service as its clients do: REST and gRPC clients, bearer metadata,
refusals (status and the stable `lotflow-error-code`) and the event feed.

Shared by every test that talks to a real service; what one service's tests set up lives beside
them (tests/integration/<service>_calls.py, tests/property/warehouse_world.py).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import httpx
import pytest
from sqlalchemy import select

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.kernel_schema import outbox_events
from lotflow.service_host import RunningService
from protos.common.v1 import common_pb2

Metadata = tuple[tuple[str, str], ...]
Refusal = tuple[grpc.StatusCode, str | None]

# How long a feed reader waits for the events it expects before it returns what it found.
FEED_DEADLINE_SECONDS = 30


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def new_request_id() -> str:
    return f"test-{uuid.uuid4()}"


def rest_client(service: RunningService, bearer: str | None) -> httpx.Client:
    headers = {"authorization": f"Bearer {bearer}"} if bearer else {}
    return httpx.Client(base_url=service.http_url, headers=headers, timeout=10)


def grpc_channel(service: RunningService) -> grpc.Channel:
    return grpc.insecure_channel(service.grpc_target)


def auth(bearer: str) -> Metadata:
    """The gRPC metadata that carries a bearer token."""
    return (("authorization", f"Bearer {bearer}"),)


def error_code(error: grpc.RpcError) -> str | None:
    """The stable lotflow error code a refused gRPC call carries in its trailers."""
    return dict(error.trailing_metadata() or ()).get(ERROR_CODE_METADATA_KEY)


def grpc_failure(
    call: Callable[..., Any], *args: Any, **kwargs: Any
) -> tuple[grpc.StatusCode, str]:
    """Make a call that must fail; return its status and the stable lotflow error code."""
    with pytest.raises(grpc.RpcError) as caught:
        call(*args, **kwargs)
    return caught.value.code(), error_code(caught.value)


def grpc_refusal(
    call: Callable[..., Any], request: Any, bearer: str
) -> tuple[grpc.StatusCode, str]:
    """`grpc_failure` of `call(request)` made with a bearer token."""
    return grpc_failure(call, request, metadata=auth(bearer))


def post(
    service: RunningService, bearer: str, path: str, body: dict | None, key: str | None = None
) -> httpx.Response:
    """POST `body` to `path` under a request id (a new one unless `key` is given)."""
    with rest_client(service, bearer) as client:
        return client.post(path, json=body, headers={"Idempotency-Key": key or new_request_id()})


def get(service: RunningService, bearer: str, path: str, **params: Any) -> httpx.Response:
    with rest_client(service, bearer) as client:
        return client.get(path, params=params)


def ok(response: httpx.Response, status: int = 200) -> dict:
    """The JSON body of an answer that must have this status."""
    assert response.status_code == status, response.text
    return response.json()


def refusal(response: httpx.Response) -> tuple[int, str]:
    """The status and stable code of a REST answer."""
    return response.status_code, response.json().get("code")


def assert_problem(response: httpx.Response, status: int, code: str) -> None:
    """The answer is an RFC 9457 problem with this status and stable code, and says why."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == code
    assert response.json()["detail"]


def feed(stub: Any, bearer: str, *, page_size: int = 1000) -> Iterator[common_pb2.Event]:
    """Every event a service's gRPC feed shows now, in feed order."""
    after = ""
    while True:
        reply = stub.ListEvents(
            common_pb2.ListEventsRequest(after=after, limit=page_size), metadata=auth(bearer)
        )
        yield from reply.events
        if len(reply.events) < page_size:
            return
        after = reply.next_cursor


def events_about(
    stub: Any,
    subject: str,
    bearer: str,
    *,
    at_least: int = 1,
    of_type: str | None = None,
    deadline_seconds: float = FEED_DEADLINE_SECONDS,
) -> list[common_pb2.Event]:
    """The feed's events about `subject`, in feed order, once `at_least` of them (of type
    `of_type`, if given) show, or whatever shows by the deadline.

    The feed holds an event back while any older transaction on the server is still open (that
    is how it never skips one), so a just-committed event may take a moment to appear. Events of
    transactions that ended before the awaited ones began have older ids, so they show by then.
    """
    deadline = time.monotonic() + deadline_seconds
    while True:
        found = [event for event in feed(stub, bearer) if event.subject == subject]
        awaited = [e for e in found if of_type is None or e.event_type == of_type]
        if len(awaited) >= at_least or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def payload(event: common_pb2.Event) -> dict:
    return json.loads(event.payload_json)


def outbox_about(service: RunningService, subject: str) -> list[tuple[str, dict]]:
    """(type, payload) of every event about `subject` in the service's outbox, read straight
    from its database: what it emitted, whether or not its feed shows it yet."""
    with service.database.engine.connect() as connection:
        rows = connection.execute(
            select(outbox_events.c.event_type, outbox_events.c.payload)
            .where(outbox_events.c.subject == subject)
            .order_by(outbox_events.c.position)
        ).all()
    return [(row.event_type, row.payload) for row in rows]

"""Calling lotflow services over gRPC: channels, bearer metadata and error translation."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import grpc
from opentelemetry.instrumentation.grpc import aio_client_interceptors, client_interceptor
from opentelemetry.instrumentation.grpc.grpcext import intercept_channel

from lotflow.auth import ON_BEHALF_OF, ON_BEHALF_OF_ROLES
from lotflow.errors import ERROR_CODE_METADATA_KEY, LotflowError, from_grpc

Metadata = tuple[tuple[str, str], ...]


def bearer(token: str) -> Metadata:
    return (("authorization", f"Bearer {token}"),)


def on_behalf_of(user: str, roles: tuple[str, ...]) -> Metadata:
    """What a delegate adds to its own bearer token to act for `user` in `roles`."""
    return ((ON_BEHALF_OF, quote(user, safe="")), (ON_BEHALF_OF_ROLES, ",".join(roles)))


def open_channel(target: str) -> grpc.Channel:
    return intercept_channel(grpc.insecure_channel(target), client_interceptor())


def open_aio_channel(target: str) -> grpc.aio.Channel:
    return grpc.aio.insecure_channel(target, interceptors=aio_client_interceptors())


def remote_error(error: grpc.RpcError) -> LotflowError:
    """The LotflowError a service raised, rebuilt from its status and stable code."""
    trailing = dict(error.trailing_metadata() or ()) if hasattr(error, "trailing_metadata") else {}
    return from_grpc(error.code(), error.details() or "", trailing.get(ERROR_CODE_METADATA_KEY))


def call(method: Any, request: Any, *, token: str, timeout: float = 10.0) -> Any:
    try:
        return method(request, metadata=bearer(token), timeout=timeout)
    except grpc.RpcError as error:
        raise remote_error(error) from None


async def call_async(
    method: Any, request: Any, *, token: str, timeout: float = 10.0, acting_for: Metadata = ()
) -> Any:
    try:
        return await method(request, metadata=bearer(token) + acting_for, timeout=timeout)
    except grpc.aio.AioRpcError as error:
        raise remote_error(error) from None

"""Calling lotflow services over gRPC: channels, bearer metadata and error translation."""

from __future__ import annotations

from typing import Any

import grpc
from opentelemetry.instrumentation.grpc import aio_client_interceptors, client_interceptor
from opentelemetry.instrumentation.grpc.grpcext import intercept_channel

from lotflow.errors import ERROR_CODE_METADATA_KEY, LotflowError, from_grpc


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


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


async def call_async(method: Any, request: Any, *, token: str, timeout: float = 10.0) -> Any:
    try:
        return await method(request, metadata=bearer(token), timeout=timeout)
    except grpc.aio.AioRpcError as error:
        raise remote_error(error) from None

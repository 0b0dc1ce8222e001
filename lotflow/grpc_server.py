"""gRPC server assembly: auth and error interceptor, tracing, health, reflection, shutdown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent import futures
from typing import Any

import grpc
from google.protobuf.message import Message
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from opentelemetry.instrumentation.grpc import server_interceptor as tracing_interceptor

from lotflow.auth import current_principal, principal_from_headers
from lotflow.edge import check_grpc_request
from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.failures import as_lotflow_error

log = logging.getLogger("lotflow.grpc")

ANONYMOUS_METHOD_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")
# Methods whose request only names what to read: every string field of theirs is a parameter.
READ_METHOD_PREFIXES = ("Get", "List")


def _abort(context: grpc.ServicerContext, error: BaseException) -> None:
    problem = as_lotflow_error(error)
    context.set_trailing_metadata(((ERROR_CODE_METADATA_KEY, problem.code),))
    context.abort(problem.grpc_status, problem.message)


def _authenticate(context: grpc.ServicerContext) -> Any:
    metadata = dict(context.invocation_metadata())
    return current_principal.set(principal_from_headers(metadata))


def _check(request: Any, read: bool) -> None:
    """Hold a request message to the edge's rule (a client stream's messages are the
    servicer's to check)."""
    if isinstance(request, Message):
        check_grpc_request(request, read=read)


class ServiceInterceptor(grpc.ServerInterceptor):
    """Authenticates every method but health and reflection, and maps errors to status codes."""

    def intercept_service(self, continuation: Callable, details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(details)
        if handler is None or details.method.startswith(ANONYMOUS_METHOD_PREFIXES):
            return handler
        read = details.method.rpartition("/")[2].startswith(READ_METHOD_PREFIXES)
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                self._unary(handler.unary_unary, read),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                self._stream(handler.unary_stream, read),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_unary:
            return grpc.stream_unary_rpc_method_handler(
                self._unary(handler.stream_unary, read),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return grpc.stream_stream_rpc_method_handler(
            self._stream(handler.stream_stream, read),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )

    @staticmethod
    def _unary(behavior: Callable, read: bool) -> Callable:
        def serve(request: Any, context: grpc.ServicerContext) -> Any:
            """`request` is a message, or an iterator of them for client streams."""
            token = None
            try:
                token = _authenticate(context)
                _check(request, read)
                return behavior(request, context)
            except Exception as error:  # noqa: BLE001 - every failure becomes a status
                _abort(context, error)
            finally:
                if token is not None:
                    current_principal.reset(token)

        return serve

    @staticmethod
    def _stream(behavior: Callable, read: bool) -> Callable:
        def serve(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            token = None
            try:
                token = _authenticate(context)
                _check(request, read)
                yield from behavior(request, context)
            except Exception as error:  # noqa: BLE001 - every failure becomes a status
                _abort(context, error)
            finally:
                if token is not None:
                    current_principal.reset(token)

        return serve


def build_server(
    address: str,
    register: list[Callable[[grpc.Server], Any]],
    service_names: list[str],
    *,
    max_workers: int = 32,
) -> tuple[grpc.Server, health.HealthServicer, int]:
    """A started-ready (not yet started) server; returns it, its health servicer and its port."""
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="grpc"),
        interceptors=[tracing_interceptor(), ServiceInterceptor()],
        options=[("grpc.so_reuseport", 0)],
    )
    for add in register:
        add(server)
    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        [*service_names, health.SERVICE_NAME, reflection.SERVICE_NAME], server
    )
    port = server.add_insecure_port(address)
    if port == 0:
        raise RuntimeError(f"could not listen for gRPC on {address}")
    return server, health_servicer, port


def set_serving(health_servicer: health.HealthServicer, service_names: list[str], up: bool) -> None:
    status = (
        health_pb2.HealthCheckResponse.SERVING if up else health_pb2.HealthCheckResponse.NOT_SERVING
    )
    for name in ["", *service_names]:
        health_servicer.set(name, status)

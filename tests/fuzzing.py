"""Hostile input as tests: every REST operation fuzzed from the service's own OpenAPI
(schemathesis) and every gRPC method swept with hostile values in each field, over the real
transports, collecting each answer a server should never give (5xx, INTERNAL, UNKNOWN).

Bounded and seeded: a few examples per operation, so the sweep of every service fits in a
minute or two and a failure found once is found again.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from urllib.parse import quote

import grpc
import httpx
import schemathesis
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import FieldDescriptor, MethodDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from hypothesis import HealthCheck, Phase, given, seed, settings

from lotflow.service_host import RunningService
from tests.transport import auth

EXAMPLES_PER_OPERATION = 4
SEED = 20240611
ONE_MEGABYTE = "x" * (1 << 20)
HOSTILE_STRINGS = ("", "\x00", "a\x00b", "\x1b[31m\n\t", "é/../%00|;'--", ONE_MEGABYTE)
HOSTILE_NUMBERS = (-1, -(2**31), 2**31 - 1)
NEVER = (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN)


def rest_failures(service: RunningService, bearer: str) -> list[str]:
    """Each REST answer of 500 or more to generated requests, as 'METHOD path -> status body'."""
    with httpx.Client(base_url=service.http_url, timeout=30) as client:
        document = client.get("/openapi.json", headers={"authorization": f"Bearer {bearer}"})
        document.raise_for_status()
    schema = schemathesis.openapi.from_dict(document.json())
    headers = {"authorization": f"Bearer {bearer}"}
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @seed(SEED)
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def call(case: schemathesis.Case) -> None:
            response = case.call(base_url=service.http_url, headers=headers, timeout=30)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code} "
                    f"{response.text[:200]}"
                )

        call()
    return failures


def grpc_failures(
    service: RunningService, bearer: str, service_names: tuple[str, ...]
) -> list[str]:
    """Each INTERNAL or UNKNOWN answer of every method of `service_names` to hostile fields."""
    failures: list[str] = []
    with grpc.insecure_channel(
        service.grpc_target, options=[("grpc.max_send_message_length", 8 << 20)]
    ) as channel:
        for name in service_names:
            described = descriptor_pool.Default().FindServiceByName(name)
            for method in described.methods:
                for label, request in hostile_requests(method):
                    status = _status_of(channel, described.full_name, method, request, bearer)
                    if status in NEVER:
                        failures.append(f"{method.name}({label}) -> {status.name}")
    return failures


def hostile_requests(method: MethodDescriptor) -> Iterator[tuple[str, Message]]:
    """The empty request, then one request per field and hostile value (other fields unset)."""
    request_type = GetMessageClass(method.input_type)
    rng = random.Random(f"{SEED}:{method.full_name}")
    yield "empty", request_type()
    for field in method.input_type.fields:
        for value in _hostile_values(field, rng):
            request = request_type()
            try:
                _set(request, field, value)
            except (TypeError, ValueError):
                continue
            yield f"{field.name}={str(value)[:12]!r}", request


def _hostile_values(field: FieldDescriptor, rng: random.Random) -> tuple[object, ...]:
    if field.type == FieldDescriptor.TYPE_STRING:
        noise = "".join(chr(rng.randrange(1, 0x2FF)) for _ in range(rng.randrange(1, 40)))
        return (*HOSTILE_STRINGS, noise)
    if field.type == FieldDescriptor.TYPE_BYTES:
        return (b"", b"\x00" * 16)
    if field.type == FieldDescriptor.TYPE_BOOL:
        return (True,)
    if field.type == FieldDescriptor.TYPE_ENUM:
        return (999,)
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        return ("{message}",)
    if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return (-1.5, float("nan"))
    return (*HOSTILE_NUMBERS, rng.randrange(-(2**31), 2**31))


def _set(request: Message, field: FieldDescriptor, value: object) -> None:
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        if field.message_type.GetOptions().map_entry:
            key = field.message_type.fields_by_name["key"]
            target = getattr(request, field.name)
            target["\x00" if key.type == FieldDescriptor.TYPE_STRING else 1]  # noqa: B018
        elif field.is_repeated:
            getattr(request, field.name).add()
        else:
            getattr(request, field.name).SetInParent()
        return
    if field.is_repeated:
        getattr(request, field.name).extend([value, value])
    else:
        setattr(request, field.name, value)


def _status_of(
    channel: grpc.Channel, service: str, method: MethodDescriptor, request: Message, bearer: str
) -> grpc.StatusCode:
    path = f"/{service}/{method.name}"
    reply_type = GetMessageClass(method.output_type)
    serialize, parse = type(request).SerializeToString, reply_type.FromString
    try:
        if method.server_streaming:
            stream = channel.unary_stream(path, serialize, parse)
            for _ in stream(request, metadata=auth(bearer), timeout=30):
                pass
        elif method.client_streaming:
            channel.stream_unary(path, serialize, parse)(
                iter([request]), metadata=auth(bearer), timeout=30
            )
        else:
            channel.unary_unary(path, serialize, parse)(request, metadata=auth(bearer), timeout=30)
    except grpc.RpcError as error:
        return error.code()
    return grpc.StatusCode.OK


def rest_path_failures(service: RunningService, bearer: str) -> list[str]:
    """Each answer of 500 or more when every path parameter of every operation, then every
    query parameter, is a hostile string."""
    failures: list[str] = []
    headers = {"authorization": f"Bearer {bearer}", "Idempotency-Key": "fuzz"}
    with httpx.Client(base_url=service.http_url, headers=headers, timeout=30) as client:
        document = client.get("/openapi.json").json()
        for template, operations in document["paths"].items():
            for method, operation in operations.items():
                parameters = operation.get("parameters", [])
                for value in ("a\x00b", "\x1b\n", "x" * 5000):
                    path = template
                    for parameter in parameters:
                        if parameter["in"] == "path":
                            path = path.replace(
                                "{" + parameter["name"] + "}", quote(value, safe="")
                            )
                    query = {p["name"]: value for p in parameters if p["in"] == "query"}
                    response = client.request(method, path, params=query, json={})
                    if response.status_code >= 500:
                        failures.append(f"{method.upper()} {path[:60]} -> {response.status_code}")
    return failures

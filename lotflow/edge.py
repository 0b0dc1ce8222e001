"""What a call's parameters must be before any route or method sees them.

The values a call names things by (REST path segments and query parameters, the fields of a
gRPC read) are held to the rule the vocabulary's text and code types keep: one printable line,
bounded. No string anywhere in a gRPC request may hold NUL, which no PostgreSQL text holds.
Free text in bodies is left to the command types, which know each field's own bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from lotflow.errors import Invalid
from lotflow.refusals import quoted
from lotflow.vocabulary import PRINTABLE

# Longer than any code, id, number or page token lotflow hands out.
MAX_PARAMETER_LENGTH = 500
_PRINTABLE = re.compile(PRINTABLE)


def _refused(where: str, value: str) -> Invalid:
    return Invalid(
        f"{where} {quoted(value)} must be one line of printable characters, at most "
        f"{MAX_PARAMETER_LENGTH}",
        code="invalid_parameter",
        field=where,
    )


def check_parameter(where: str, value: str) -> None:
    if len(value) > MAX_PARAMETER_LENGTH or not _PRINTABLE.match(value):
        raise _refused(where, value)


def check_http_parameters(path: str, query_string: bytes) -> None:
    """A REST call's decoded path segments and query parameters (names and values)."""
    for segment in path.split("/"):
        check_parameter("path segment", segment)
    query = query_string.decode("latin-1")
    for name, value in parse_qsl(query, keep_blank_values=True, encoding="utf-8"):
        check_parameter("query parameter name", name)
        check_parameter(name, value)


def check_grpc_request(request: Message, *, read: bool) -> None:
    """No NUL in any string of `request`; a read's own string fields are parameters."""
    for where, value, top_level in _strings(request, ""):
        if read and top_level:
            check_parameter(where, value)
        elif "\x00" in value:
            raise Invalid(f"{where} holds a NUL character", code="invalid_parameter", field=where)


def _strings(message: Message, prefix: str) -> Iterator[tuple[str, str, bool]]:
    for field, value in message.ListFields():
        where = f"{prefix}{field.name}"
        values = value if field.is_repeated else [value]
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            for key, item in value.items():
                yield from _scalars(f"{where}.{key}", [key, item], top_level=False)
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            for item in values:
                yield from _strings(item, f"{where}.")
        elif field.type == FieldDescriptor.TYPE_STRING:
            yield from ((where, item, not prefix) for item in values)


def _scalars(
    where: str, values: list[object], *, top_level: bool
) -> Iterator[tuple[str, str, bool]]:
    for value in values:
        if isinstance(value, str):
            yield where, value, top_level
        elif isinstance(value, Message):
            yield from _strings(value, f"{where}.")

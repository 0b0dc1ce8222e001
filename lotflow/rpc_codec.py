"""Translate between protobuf messages and the Pydantic models the service functions take.

Servicers only translate: `decode` a request into a command (validated exactly like the REST
body, so both transports refuse the same input the same way), call one service function,
`encode` the result.
"""

from __future__ import annotations

from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.message import Message
from pydantic import BaseModel, ValidationError

from lotflow.auth import Principal, current_principal
from lotflow.failures import invalid_request

M = TypeVar("M", bound=BaseModel)
P = TypeVar("P", bound=Message)


def fields_of(message: Message) -> dict[str, Any]:
    """The fields the caller set, by their proto names (unset scalars are absent)."""
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


def decode(message: Message, model: type[M], *, omit: tuple[str, ...] = ("request_id",)) -> M:
    fields = {k: v for k, v in fields_of(message).items() if k not in omit}
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise invalid_request(error.errors(include_url=False)) from None


def encode(result: BaseModel | dict[str, Any], message_type: type[P]) -> P:
    body = (
        result.model_dump(mode="json", exclude_none=True)
        if isinstance(result, BaseModel)
        else result
    )
    return json_format.ParseDict(body, message_type())


def caller() -> Principal:
    """The authenticated caller of the method being served."""
    return current_principal.get()

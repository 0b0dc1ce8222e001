"""What the generic codec does not cover: request checks, batch entries, movement replies.

`rpc_codec.encode` goes through JSON (model_dump, then json_format.ParseDict), which costs more
than the whole database round trip of a movement; a movement's reply is flat, so it is packed
field by field here. Other replies keep the generic codec.
"""

from __future__ import annotations

import uuid

from pydantic import ValidationError

from lotflow.errors import Invalid
from lotflow.failures import invalid_request
from lotflow.rpc_codec import fields_of
from protos.warehouse.v1 import warehouse_pb2 as pb
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.movements import MovementView

_TEXT_FIELDS = (
    "lot_code", "item_code", "uom", "base_uom", "from_location_code", "to_location_code",
    "reason_code", "reference_type", "reference_number", "note", "expiry_override_reason",
    "actor",
)  # fmt: skip
_ID_FIELDS = ("reservation_id", "transfer_id", "shipment_id")
MAX_PAGE = 500


def page_size(value: int) -> int:
    size = value or 100
    if not 1 <= size <= MAX_PAGE:
        raise Invalid(f"page_size must be between 1 and {MAX_PAGE}", code="invalid_page_size")
    return size


def status(value: str, default: StockStatus) -> StockStatus:
    try:
        return StockStatus(value) if value else default
    except ValueError:
        raise Invalid(f"{value!r} is not a stock status", code="invalid_status") from None


def uuid_field(value: str, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Invalid(f"{name} must be a UUID", code="invalid_request") from None


def fields_without_id(message) -> dict:
    return {k: v for k, v in fields_of(message).items() if k != "request_id"}


def validate(model, fields: dict):
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise invalid_request(error.errors(include_url=False)) from None


def movement_message(view: MovementView) -> pb.Movement:
    message = pb.Movement(
        id=str(view.id),
        seq=view.seq or 0,
        type=view.type.value,
        quantity=str(view.quantity),
        base_quantity=str(view.base_quantity),
        from_status=view.from_status.value if view.from_status else "",
        to_status=view.to_status.value if view.to_status else "",
    )
    for name in _TEXT_FIELDS:
        value = getattr(view, name)
        if value:
            setattr(message, name, value)
    for name in _ID_FIELDS:
        value = getattr(view, name)
        if value:
            setattr(message, name, str(value))
    message.occurred_at.FromDatetime(view.occurred_at)
    return message

"""Movement replies packed field by field.

`rpc_codec.encode` goes through JSON (model_dump, then json_format.ParseDict), which costs more
than the whole database round trip of a movement; a movement's reply is flat, so it is packed
field by field here and passed as the `reply` of `Servicer.write`. Other replies keep the
generic codec.
"""

from __future__ import annotations

from protos.warehouse.v1 import warehouse_pb2 as pb
from services.warehouse.schemas.batch import MovementResults
from services.warehouse.schemas.movements import MovementView

_TEXT_FIELDS = (
    "lot_code", "item_code", "uom", "base_uom", "from_location_code", "to_location_code",
    "reason_code", "reference_type", "reference_number", "note", "expiry_override_reason",
    "actor",
)  # fmt: skip
_ID_FIELDS = ("reservation_id", "transfer_id", "shipment_id")


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


def movement_results_message(results: MovementResults) -> pb.PostMovementsResponse:
    """A batch's outcomes: each entry's movement, or why it was refused."""
    reply = pb.PostMovementsResponse()
    for result in results.results:
        packed = reply.results.add(request_id=result.request_id)
        if result.movement is not None:
            packed.movement.CopyFrom(movement_message(result.movement))
        else:
            packed.error_code = result.error.code
            packed.error_message = result.error.message
            packed.http_status = result.error.http_status
    return reply

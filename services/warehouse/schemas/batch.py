"""A batch of independent movements in one call (a scanner gateway, an MES backflush)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from lotflow.vocabulary import Command
from services.warehouse.schemas.movements import (
    AdjustStock,
    DisposeStock,
    IssueStock,
    MovementView,
    ReceiveStock,
    ReturnStock,
    TransferStock,
)

MAX_BATCH = 500
KINDS = ("receive", "transfer", "issue", "return_stock", "scrap", "adjust")


class MovementEntry(Command):
    """One movement with its own request id: exactly one of the kinds is set."""

    request_id: str = Field(min_length=1, max_length=200)
    receive: ReceiveStock | None = None
    transfer: TransferStock | None = None
    issue: IssueStock | None = None
    return_stock: ReturnStock | None = None
    scrap: DisposeStock | None = None
    adjust: AdjustStock | None = None

    @model_validator(mode="before")
    @classmethod
    def _request_id_inside_the_movement(cls, fields: Any) -> Any:
        """Over gRPC each movement is a whole request, so it carries the entry's request id."""
        if not isinstance(fields, dict) or "request_id" in fields:
            return fields
        for kind in KINDS:
            movement = fields.get(kind)
            if isinstance(movement, dict) and "request_id" in movement:
                rest = {name: value for name, value in movement.items() if name != "request_id"}
                return fields | {"request_id": movement["request_id"], kind: rest}
        return fields

    @model_validator(mode="after")
    def _exactly_one(self) -> MovementEntry:
        if sum(getattr(self, kind) is not None for kind in KINDS) != 1:
            raise ValueError(f"set exactly one of {', '.join(KINDS)}")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in KINDS if getattr(self, kind) is not None)


class PostMovements(Command):
    movements: list[MovementEntry] = Field(min_length=1, max_length=MAX_BATCH)


class MovementError(BaseModel):
    code: str
    message: str
    http_status: int


class MovementResult(BaseModel):
    request_id: str
    movement: MovementView | None = None
    error: MovementError | None = None


class MovementResults(BaseModel):
    results: list[MovementResult]

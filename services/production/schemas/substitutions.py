"""Substitution commands and views, shared by REST and gRPC."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, Reason, ShownDecimal, text

LineNo = Field(ge=1, le=100_000)


class CheckSubstitute(Command):
    order_number: Code
    line_no: int = LineNo
    substitute_item_code: Code


class OpenSubstitution(CheckSubstitute):
    reason: Reason
    # The substitution workflow running it, when one does.
    workflow_id: text(200) | None = None


class DecideSubstitution(Command):
    substitution_id: uuid.UUID
    approve: bool = False
    reason: Reason | None = None


class RecordSubstitution(Command):
    substitution_id: uuid.UUID


class SubstituteCheckView(BaseModel):
    order_number: str
    line_no: int
    primary_item_code: str
    substitute_item_code: str
    ratio: ShownDecimal
    quantity_needed: ShownDecimal
    uom: str
    issuable_quantity: ShownDecimal
    sufficient: bool
    priority: int

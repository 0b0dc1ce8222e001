"""Operator reports and substitution requests, which go through the order's workflow: commands
and views shared by REST and gRPC, built from the shared vocabulary."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, QuantityOrZero, Reason, ShownDecimal, Text

OperationSeq = Field(ge=1, le=99_999)


class OperationRef(Command):
    order_number: Code
    operation_seq: int = OperationSeq


class StartOperation(OperationRef):
    pass


class CompleteOperation(OperationRef):
    pass


class OperationReport(Command):
    """The REST body of a report; the order and operation come from the path."""

    good: QuantityOrZero = Decimal(0)
    scrap: QuantityOrZero = Decimal(0)
    scrap_reason_code: Code | None = None
    rework: QuantityOrZero = Decimal(0)
    rework_to_seq: int = Field(default=0, ge=0, le=99_999)
    note: Text | None = None


class ReportOperation(OperationReport, OperationRef):
    pass


class SubstitutionRequest(Command):
    """The REST body; the order comes from the path."""

    line_no: int = Field(ge=1, le=99_999)
    substitute_item_code: Code
    reason: Reason


class RequestSubstitution(SubstitutionRequest):
    order_number: Code


class OperatorReportView(BaseModel):
    order_number: str
    operation_seq: int
    status: str
    available_input: ShownDecimal
    good_quantity: ShownDecimal
    scrap_quantity: ShownDecimal
    rework_out_quantity: ShownDecimal
    reported_by: str


class SubstitutionRequestedView(BaseModel):
    workflow_id: str
    order_number: str
    line_no: int
    substitute_item_code: str
    requested_by: str

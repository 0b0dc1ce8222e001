"""Operator reports and substitution requests: checked for the caller's role here, decided by
the order's workflow (reports) or the substitution workflow (requests), which record them in
production on the caller's behalf. An order production knows is not in work is refused here,
without asking Temporal."""

from __future__ import annotations

from lotflow.auth import Principal
from lotflow.db import Database
from services.production.domain.roles import TABLE
from services.production.queries.order_updates import order_in_work
from services.production.schemas.order_updates import (
    CompleteOperation,
    OperatorReportView,
    ReportOperation,
    RequestSubstitution,
    StartOperation,
    SubstitutionRequestedView,
)
from services.production.workflow_gateway import OrderGateway
from workflows.production_order import contracts as order
from workflows.substitution import contracts as substitution


def _person(actor: Principal) -> substitution.Person:
    return substitution.Person(user=actor.user, roles=tuple(sorted(actor.roles)))


def _answer(report: order.OperatorReport) -> OperatorReportView:
    return OperatorReportView.model_validate(report.model_dump())


def start_operation(
    database: Database,
    gateway: OrderGateway,
    *,
    request_id: str,
    command: StartOperation,
    actor: Principal,
) -> OperatorReportView:
    TABLE.require(actor, "start_operation")
    database.read(order_in_work, command.order_number)
    update = order.StartOperation(
        request_id=request_id, operator=_person(actor), **command.model_dump()
    )
    return _answer(gateway.report(order.START_OPERATION, update))


def report_operation(
    database: Database,
    gateway: OrderGateway,
    *,
    request_id: str,
    command: ReportOperation,
    actor: Principal,
) -> OperatorReportView:
    TABLE.require(actor, "report_operation")
    database.read(order_in_work, command.order_number)
    fields = command.model_dump(exclude_none=True)
    update = order.ReportOperation(request_id=request_id, operator=_person(actor), **fields)
    return _answer(gateway.report(order.REPORT_OPERATION, update))


def complete_operation(
    database: Database,
    gateway: OrderGateway,
    *,
    request_id: str,
    command: CompleteOperation,
    actor: Principal,
) -> OperatorReportView:
    TABLE.require(actor, "complete_operation")
    database.read(order_in_work, command.order_number)
    update = order.CompleteOperation(
        request_id=request_id, operator=_person(actor), **command.model_dump()
    )
    return _answer(gateway.report(order.COMPLETE_OPERATION, update))


def request_substitution(
    database: Database,
    gateway: OrderGateway,
    *,
    request_id: str,
    command: RequestSubstitution,
    actor: Principal,
) -> SubstitutionRequestedView:
    TABLE.require(actor, "request_substitution")
    database.read(order_in_work, command.order_number)
    request = substitution.RequestSubstitution(
        request_id=request_id, requester=_person(actor), **command.model_dump()
    )
    workflow_id = gateway.request_substitution(request)
    return SubstitutionRequestedView(
        workflow_id=workflow_id,
        order_number=command.order_number,
        line_no=command.line_no,
        substitute_item_code=command.substitute_item_code,
        requested_by=actor.user,
    )

"""Lot-code rules: define or redefine one, and make it the default."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from services.receiving.domain import roles
from services.receiving.domain.lot_codes import LotCodePattern
from services.receiving.models import LotCodeRule
from services.receiving.queries.lot_codes import rule_view
from services.receiving.schemas.lot_codes import DefineLotCodeRule, LotCodeRuleView


def define_lot_code_rule(
    uow: UnitOfWork, *, request_id: str, command: DefineLotCodeRule, actor: Principal
) -> LotCodeRuleView:
    roles.TABLE.require(actor, "define_lot_code_rule")
    LotCodePattern.parse(command.pattern).check_length(command.site_prefix)
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.define_lot_code_rule",
        request=command,
        result_type=LotCodeRuleView,
        execute=lambda session: _define_lot_code_rule(session, command, actor),
    )


def _define_lot_code_rule(
    session: Session, command: DefineLotCodeRule, actor: Principal
) -> LotCodeRuleView:
    rule = session.scalar(
        select(LotCodeRule).where(LotCodeRule.name == command.name).with_for_update()
    )
    if command.make_default:
        # One default at a time: the current one steps down in the same transaction.
        session.execute(
            update(LotCodeRule)
            .where(LotCodeRule.is_default, LotCodeRule.name != command.name)
            .values(is_default=False)
        )
    if rule is None:
        rule = LotCodeRule(name=command.name, is_default=command.make_default)
        session.add(rule)
    rule.pattern = command.pattern
    rule.site_prefix = command.site_prefix
    rule.time_zone = command.time_zone
    rule.is_default = rule.is_default or command.make_default
    rule.defined_by = actor.user
    session.flush()
    session.refresh(rule)
    view = rule_view(rule)
    emit(session, "receiving.lot_code_rule_defined", rule.name, view.model_dump(mode="json"))
    return view

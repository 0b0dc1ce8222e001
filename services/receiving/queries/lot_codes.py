"""Views of lot-code rules."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.errors import NotFound
from lotflow.refusals import quoted
from services.receiving.domain import roles
from services.receiving.models import LotCodeRule
from services.receiving.schemas.lot_codes import LotCodeRuleList, LotCodeRuleView


def rule_view(rule: LotCodeRule) -> LotCodeRuleView:
    return LotCodeRuleView(
        name=rule.name,
        pattern=rule.pattern,
        site_prefix=rule.site_prefix,
        time_zone=rule.time_zone,
        is_default=rule.is_default,
        defined_by=rule.defined_by,
        defined_at=rule.defined_at,
    )


def find_rule(session: Session, name: str) -> LotCodeRule:
    rule = session.scalar(select(LotCodeRule).where(LotCodeRule.name == name))
    if rule is None:
        raise NotFound(f"no lot-code rule {quoted(name)}", code="lot_code_rule_not_found")
    return rule


def default_rule(session: Session) -> LotCodeRule:
    rule = session.scalar(select(LotCodeRule).where(LotCodeRule.is_default))
    if rule is None:  # migration 0002 creates one and nothing removes the flag without a successor
        raise NotFound("no default lot-code rule is defined", code="lot_code_rule_not_found")
    return rule


def list_rules(session: Session, *, actor: Principal) -> LotCodeRuleList:
    roles.TABLE.require(actor, "list_lot_code_rules")
    rules = session.scalars(select(LotCodeRule).order_by(LotCodeRule.name)).all()
    return LotCodeRuleList(rules=[rule_view(rule) for rule in rules])

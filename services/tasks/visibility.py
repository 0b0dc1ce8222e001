"""Which tasks a person may read: their groups' tasks, the ones they hold and the ones they
completed. The same rule as `rules.sees`, as SQL; group membership comes from `rules.groups_of`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true
from sqlalchemy.dialects.postgresql import array

from lotflow.auth import Principal
from lotflow.errors import Forbidden
from services.tasks.models import Task
from workflows.tasks.rules import Membership, groups_of


def membership_of(principal: Principal) -> Membership:
    return groups_of(principal.user, principal.roles)


def visible_to(membership: Membership) -> ColumnElement[bool]:
    if membership.every_group:
        return true()
    clauses = [Task.assignee == membership.user, Task.completed_by == membership.user]
    if membership.groups:
        groups = array(sorted(membership.groups), type_=Task.candidate_groups.type.item_type)
        clauses.append(Task.candidate_groups.overlap(groups))
    return or_(*clauses) if clauses else false()


def in_group(membership: Membership, group: str) -> ColumnElement[bool]:
    """Tasks of one group, which must be one of the caller's."""
    if not membership.in_any([group]):
        raise Forbidden(
            f"{membership.user} is not a member of the group {group}", code="not_in_group"
        )
    groups = array([group], type_=Task.candidate_groups.type.item_type)
    return Task.candidate_groups.overlap(groups)

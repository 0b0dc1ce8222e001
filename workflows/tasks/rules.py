"""Who may claim, unclaim and complete a task, and who sees it: pure rules, no I/O.

Groups come from the caller's token roles:
- every role is also a group of the same name (`quality_approver` is a member of the group
  `quality_approver`), and a role `group:<name>` makes its holder a member of group `<name>`
  without granting a role of that name elsewhere, for groups that are not roles (a shift);
- `admin` is a member of every group, so operators see every task; segregation of duties still
  binds an admin, because it is a rule about people, not roles.

The workflow's Update validators and handlers decide with these functions (the workflow is the
source of truth); the inbox uses `groups_of` and `sees` to filter what a person may read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workflows.tasks import forms
from workflows.tasks.contracts import (
    ACTIVE_STATES,
    Actor,
    CompleteTask,
    Outcome,
    TaskSnapshot,
)

ADMIN_ROLE = "admin"  # the kernel's role that holds every role
GROUP_ROLE_PREFIX = "group:"


class RefusalKind(StrEnum):
    NOT_FOUND = "not_found"
    INVALID = "invalid"  # the request's own content breaks a rule (422)
    INVALID_STATE = "invalid_state"  # the task's state does not allow it now (409)
    FORBIDDEN = "forbidden"  # this person may not (403)


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    kind: RefusalKind
    # Variables that break the outcome's form: {"field": ..., "message": ...} each.
    errors: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class Membership:
    user: str
    groups: frozenset[str]
    every_group: bool = False

    def in_any(self, groups: Iterable[str]) -> bool:
        return self.every_group or not self.groups.isdisjoint(groups)


def groups_of(user: str, roles: Iterable[str]) -> Membership:
    roles = frozenset(roles)
    groups = frozenset(role.removeprefix(GROUP_ROLE_PREFIX) for role in roles)
    return Membership(user=user, groups=groups, every_group=ADMIN_ROLE in roles)


def sees(membership: Membership, candidate_groups: Iterable[str], assignee: str | None) -> bool:
    """Whether the inbox shows a task to this person: their group's, or held by them."""
    return membership.in_any(candidate_groups) or assignee == membership.user


def _missing(task_id: str) -> Refusal:
    return Refusal("task_not_found", f"no task {task_id} in this workflow", RefusalKind.NOT_FOUND)


def _not_open(task: TaskSnapshot) -> Refusal | None:
    if task.state in ACTIVE_STATES:
        return None
    return Refusal(
        "task_not_open", f"task {task.task_id} is {task.state.value}", RefusalKind.INVALID_STATE
    )


def _excluded(task: TaskSnapshot, user: str) -> Refusal | None:
    for exclusion in task.excluded:
        if exclusion.user == user:
            return Refusal(
                "segregation_of_duties",
                f"{user} may not act on task {task.task_id}: {exclusion.why}",
                RefusalKind.FORBIDDEN,
            )
    return None


def _held_by_other(task: TaskSnapshot, user: str) -> Refusal | None:
    if task.assignee is not None and task.assignee != user:
        return Refusal(
            "task_claimed",
            f"task {task.task_id} is held by {task.assignee}",
            RefusalKind.INVALID_STATE,
        )
    return None


def _not_candidate(task: TaskSnapshot, actor: Actor) -> Refusal | None:
    membership = groups_of(actor.user, actor.roles)
    if task.assignee == actor.user or membership.in_any(task.candidate_groups):
        return None
    return Refusal(
        "not_a_candidate",
        f"{actor.user} is in none of the groups of task {task.task_id} "
        f"({', '.join(task.candidate_groups)})",
        RefusalKind.FORBIDDEN,
    )


def claim_refusal(task: TaskSnapshot | None, task_id: str, actor: Actor) -> Refusal | None:
    if task is None:
        return _missing(task_id)
    return (
        _not_open(task)
        or _excluded(task, actor.user)
        or _not_candidate(task, actor)
        or _held_by_other(task, actor.user)
    )


def unclaim_refusal(task: TaskSnapshot | None, task_id: str, actor: Actor) -> Refusal | None:
    """The holder gives a task back to its groups; an admin may take it off someone stuck."""
    if task is None:
        return _missing(task_id)
    if (refusal := _not_open(task)) is not None:
        return refusal
    if task.assignee is None:
        return Refusal(
            "task_not_claimed", f"task {task_id} is not claimed", RefusalKind.INVALID_STATE
        )
    if task.assignee != actor.user and ADMIN_ROLE not in actor.roles:
        return Refusal(
            "not_the_claimant", f"task {task_id} is held by {task.assignee}", RefusalKind.FORBIDDEN
        )
    return None


def completion_refusal(task: TaskSnapshot | None, request: CompleteTask) -> Refusal | None:
    """Who first (state, segregation of duties, group, holder), then what they sent."""
    if task is None:
        return _missing(request.task_id)
    return (
        _not_open(task)
        or _excluded(task, request.actor.user)
        or _not_candidate(task, request.actor)
        or _held_by_other(task, request.actor.user)
        or _content_refusal(task, request)
    )


def _content_refusal(task: TaskSnapshot, request: CompleteTask) -> Refusal | None:
    outcome = next((o for o in task.outcomes if o.name == request.outcome), None)
    if outcome is None:
        allowed = ", ".join(o.name for o in task.outcomes)
        return Refusal(
            "outcome_not_allowed",
            f"task {task.task_id} accepts the outcomes {allowed}, not {request.outcome!r}",
            RefusalKind.INVALID,
        )
    if outcome.requires_reason and not (request.reason or "").strip():
        return Refusal(
            "reason_required", f"the outcome {outcome.name} needs a reason", RefusalKind.INVALID
        )
    return _form_refusal(outcome, request.variables)


def _form_refusal(outcome: Outcome, variables: dict[str, Any]) -> Refusal | None:
    """The variables against the outcome's declared form, every broken field named."""
    errors = forms.form_errors(outcome.variables_schema, variables)
    if not errors:
        return None
    missing = all(error.missing for error in errors)
    return Refusal(
        "variables_missing" if missing else "variables_invalid",
        f"the outcome {outcome.name} does not take these variables: "
        + "; ".join(f"{error.field} {error.problem}" for error in errors),
        RefusalKind.INVALID,
        tuple({"field": error.field, "message": error.problem} for error in errors),
    )

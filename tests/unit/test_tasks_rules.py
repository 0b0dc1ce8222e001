"""Who may claim, unclaim, complete and see a human task: the validators' decisions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workflows.tasks import transitions
from workflows.tasks.contracts import (
    RELEASE_REJECT_OR_PARTIAL,
    Actor,
    CompleteTask,
    Exclusion,
    HumanTask,
    TaskSnapshot,
)
from workflows.tasks.rules import (
    RefusalKind,
    claim_refusal,
    completion_refusal,
    groups_of,
    sees,
    unclaim_refusal,
)

pytestmark = pytest.mark.unit

AT = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
APPROVER, INSPECTOR = "quality_approver", "quality_inspector"


def open_task(**changes) -> TaskSnapshot:
    spec = HumanTask(
        name="Release lot",
        element_id="release_lot",
        business_key="LOT-1",
        candidate_groups=(APPROVER,),
        outcomes=RELEASE_REJECT_OR_PARTIAL,
        excluded=(Exclusion(user="ines", why="ines inspected the lot"),),
        **changes,
    )
    event = transitions.opened(
        spec, task_id="t-1", workflow_id="w-1", run_id="r-1", workflow_type="Test", at=AT
    )
    return event.task


def held_by(user: str) -> TaskSnapshot:
    return transitions.claimed(open_task(), user=user, at=AT, request_id="c").task


def actor(user: str, *roles: str) -> Actor:
    return Actor(user=user, roles=roles)


def completing(user: str, *roles: str, outcome="release", reason=None, **variables):
    return CompleteTask(
        task_id="t-1",
        actor=actor(user, *roles),
        outcome=outcome,
        reason=reason,
        variables=variables,
    )


def decided(refusal) -> tuple[str, RefusalKind] | None:  # noqa: ANN001
    return None if refusal is None else (refusal.code, refusal.kind)


def test_each_role_is_a_group_and_group_roles_name_groups_that_are_not_roles():
    membership = groups_of("ann", ["quality_approver", "group:night_shift"])
    assert membership.groups == {"quality_approver", "night_shift"}
    assert membership.in_any(["night_shift"]) and not membership.in_any(["warehouse_clerk"])
    assert not membership.every_group


def test_admin_is_in_every_group_but_a_group_named_admin_is_not_admin():
    assert groups_of("root", ["admin"]).in_any(["anything"])
    assert not groups_of("eve", ["group:admin"]).every_group


def test_a_person_sees_their_groups_tasks_and_what_they_hold():
    ann = groups_of("ann", [APPROVER])
    assert sees(ann, [APPROVER, "quality_manager"], None)
    assert not sees(ann, ["warehouse_clerk"], None)
    assert sees(ann, ["warehouse_clerk"], "ann")
    assert not sees(groups_of("bob", []), [APPROVER], None)


@pytest.mark.parametrize(
    ("task", "who", "expected"),
    [
        (open_task(), actor("ann", APPROVER), None),
        (open_task(), actor("wes", "warehouse_clerk"), ("not_a_candidate", RefusalKind.FORBIDDEN)),
        (open_task(), actor("ines", APPROVER), ("segregation_of_duties", RefusalKind.FORBIDDEN)),
        (open_task(), actor("ines", "admin"), ("segregation_of_duties", RefusalKind.FORBIDDEN)),
        (open_task(), actor("root", "admin"), None),
        (held_by("ann"), actor("bob", APPROVER), ("task_claimed", RefusalKind.INVALID_STATE)),
        (held_by("ann"), actor("ann", APPROVER), None),
        (open_task(assignee="zoe"), actor("zoe", "warehouse_clerk"), None),
        (None, actor("ann", APPROVER), ("task_not_found", RefusalKind.NOT_FOUND)),
    ],
)
def test_claim(task, who, expected):
    assert decided(claim_refusal(task, "t-1", who)) == expected


@pytest.mark.parametrize(
    ("task", "who", "expected"),
    [
        (held_by("ann"), actor("ann", APPROVER), None),
        (held_by("ann"), actor("bob", APPROVER), ("not_the_claimant", RefusalKind.FORBIDDEN)),
        (held_by("ann"), actor("root", "admin"), None),
        (open_task(), actor("ann", APPROVER), ("task_not_claimed", RefusalKind.INVALID_STATE)),
    ],
)
def test_unclaim(task, who, expected):
    assert decided(unclaim_refusal(task, "t-1", who)) == expected


@pytest.mark.parametrize(
    ("task", "request_", "expected"),
    [
        (open_task(), completing("ann", APPROVER), None),
        (held_by("ann"), completing("ann", APPROVER), None),
        (held_by("ann"), completing("bob", APPROVER), ("task_claimed", RefusalKind.INVALID_STATE)),
        (open_task(), completing("wes", INSPECTOR), ("not_a_candidate", RefusalKind.FORBIDDEN)),
        (
            open_task(),
            completing("ines", APPROVER),
            ("segregation_of_duties", RefusalKind.FORBIDDEN),
        ),
        (
            open_task(),
            completing("ann", APPROVER, outcome="approve"),
            ("outcome_not_allowed", RefusalKind.INVALID),
        ),
        (
            open_task(),
            completing("ann", APPROVER, outcome="reject"),
            ("reason_required", RefusalKind.INVALID),
        ),
        (
            open_task(),
            completing("ann", APPROVER, outcome="reject", reason="  "),
            ("reason_required", RefusalKind.INVALID),
        ),
        (open_task(), completing("ann", APPROVER, outcome="reject", reason="wet"), None),
        (
            open_task(),
            completing("ann", APPROVER, outcome="partial", reason="one pallet wet"),
            ("variables_missing", RefusalKind.INVALID),
        ),
        (
            open_task(),
            completing(
                "ann", APPROVER, outcome="partial", reason="one pallet wet", released_quantity=80
            ),
            None,
        ),
        (
            open_task(),
            completing("ann", APPROVER, outcome="partial", reason="wet", released_quantity="8O"),
            ("variables_invalid", RefusalKind.INVALID),
        ),
        (
            open_task(),
            completing("ann", APPROVER, outcome="partial", reason="wet", released_quantity=0),
            ("variables_invalid", RefusalKind.INVALID),
        ),
    ],
)
def test_completion(task, request_, expected):
    assert decided(completion_refusal(task, request_)) == expected


def test_nothing_happens_to_a_finished_task():
    done = transitions.completed(
        open_task(), request=completing("ann", APPROVER), at=AT, request_id="r"
    ).task
    gone = transitions.cancelled(open_task(), at=AT, reason="stopped").task
    for task in (done, gone):
        expected = ("task_not_open", RefusalKind.INVALID_STATE)
        assert decided(completion_refusal(task, completing("ann", APPROVER))) == expected
        assert decided(claim_refusal(task, "t-1", actor("ann", APPROVER))) == expected
        assert decided(unclaim_refusal(task, "t-1", actor("ann", APPROVER))) == expected


def test_a_completion_that_breaks_its_form_is_refused_naming_every_field():
    request_ = completing(
        "ann", APPROVER, outcome="partial", reason="wet", released_quantity=True, note="ok"
    )
    refusal = completion_refusal(open_task(), request_)
    assert refusal is not None
    assert refusal.errors == (
        {"field": "variables.released_quantity", "message": "must be a decimal number"},
    )
    assert "variables.released_quantity must be a decimal number" in refusal.message

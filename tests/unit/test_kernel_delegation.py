"""A delegate acts for a person only in roles the person's own token holds; a group is no role."""

from __future__ import annotations

import pytest

from lotflow.auth import Principal, acting_for, roles_held
from lotflow.errors import Forbidden


def test_a_delegate_acts_only_in_the_roles_the_person_holds():
    assert roles_held(["quality_inspector", "receiver"], "quality_inspector") == (
        "quality_inspector",
    )
    assert roles_held(["group:quality_inspector"], "quality_inspector") == ()
    assert roles_held([], "quality_approver") == ()
    assert roles_held(["admin"], "quality_approver") == ("quality_approver",)


def test_a_group_membership_is_never_relayed_as_a_role():
    worker = Principal("worker", frozenset({"delegate", "group:quality_inspector"}))
    with pytest.raises(Forbidden) as refused:
        acting_for(worker, "gina", "group:quality_inspector")
    assert refused.value.code == "delegation_beyond_roles"

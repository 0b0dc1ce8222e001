"""The task inbox's role table, walked like every other service's (tests/role_walk.py): only the
workflow worker records task events, only operations staff (and auditors) read workflow health.
The inbox itself is gated by candidate groups, not roles (test_task_inbox_*.py)."""

from __future__ import annotations

import pytest

from tests.role_walk import every_use_case, walk

pytestmark = pytest.mark.workflows


@pytest.mark.parametrize(("service", "use_case"), every_use_case("tasks"))
def test_each_inbox_use_case_admits_exactly_the_roles_of_its_table(inbox, token, service, use_case):
    problems = walk(inbox, service, use_case, token)
    assert not problems, "\n".join(problems)

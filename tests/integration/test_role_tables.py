"""Least privilege, walked: every use case of every service's role table, over REST and gRPC,
refuses a caller holding every role but its own (403 / PERMISSION_DENIED, `role_required`), lets
each of its roles through, lets an auditor through a read and refuses one a write.

The calls live in tests/role_walk.py; a table naming a use case the walk does not call, or the
walk calling one the table lacks, fails here, so a new use case cannot skip the walk. The task
inbox's table is walked beside the inbox (tests/tasks/test_task_role_table.py), which needs
Temporal.
"""

from __future__ import annotations

import pytest

from tests.role_walk import CALLS, TABLES, every_use_case, walk

pytestmark = pytest.mark.integration

SERVICES = ("receiving", "quality", "warehouse", "production", "recall")


@pytest.mark.parametrize("service", sorted(TABLES))
def test_the_walk_calls_exactly_the_use_cases_of_each_table(service):
    table = TABLES[service]
    assert set(CALLS[service]) == {*table.writes, *table.reads}


@pytest.mark.parametrize(("service", "use_case"), every_use_case(*SERVICES))
def test_each_use_case_admits_exactly_the_roles_of_its_table(
    start_service, token, service, use_case
):
    problems = walk(start_service(service), service, use_case, token)
    assert not problems, "\n".join(problems)

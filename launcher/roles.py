"""Every role lotflow knows, from the services' role tables: what `lotflow token --help` lists,
so a person minting a token learns the role names from the code that checks them."""

from __future__ import annotations

from collections import defaultdict

from lotflow.auth import ADMIN_ROLE, DELEGATE_ROLE, GROUP_PREFIX
from lotflow.feed import EVENT_READER_ROLE
from lotflow.roles import AUDITOR_ROLE, RoleTable
from services.production.domain.roles import TABLE as PRODUCTION
from services.quality.domain.roles import TABLE as QUALITY
from services.recall.domain import TABLE as RECALL
from services.receiving.domain.roles import TABLE as RECEIVING
from services.tasks.roles import TABLE as TASKS
from services.warehouse.domain.roles import TABLE as WAREHOUSE

TABLES: tuple[RoleTable, ...] = (RECEIVING, QUALITY, WAREHOUSE, PRODUCTION, RECALL, TASKS)

# Roles the kernel gives a meaning of its own, beside the tables.
KERNEL_ROLES: dict[str, str] = {
    ADMIN_ROLE: "holds every role (segregation of duties still applies)",
    AUDITOR_ROLE: "runs every read of every service, changes nothing",
    EVENT_READER_ROLE: "reads every service's event feed",
    DELEGATE_ROLE: "acts for a person, in roles that person's own token held (the worker)",
    f"{GROUP_PREFIX}<name>": "a candidate for a group's human tasks; grants no role",
}


def use_cases_by_role() -> dict[str, dict[str, list[str]]]:
    """role -> service -> the use cases it may run (reads marked), from every table."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for table in TABLES:
        for use_case, roles in table.writes.items():
            for role in roles:
                found[role][table.service].append(use_case)
        for use_case, roles in table.reads.items():
            for role in roles:
                found[role][table.service].append(f"{use_case} (read)")
    return found


def describe_roles() -> str:
    lines = ["roles:"]
    lines += [f"  {role:<22} {meaning}" for role, meaning in KERNEL_ROLES.items()]
    for role, services in sorted(use_cases_by_role().items()):
        lines.append(f"  {role}")
        lines += [f"    {service}: {', '.join(uses)}" for service, uses in services.items()]
    return "\n".join(lines)

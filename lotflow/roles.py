"""Role tables: which roles may run each use case of a service, in one place per service.

Every service declares one `RoleTable` (`services/<svc>/domain/roles.py`) naming, for each use
case that writes and each that reads, the roles that may run it; a use case checks its caller
with `TABLE.require(actor, "<use case>")` and nothing else. The kernel's `admin` holds every
role; `auditor` may run every read and no write. `lotflow token --help` lists the tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

# Reads everything, changes nothing: for auditors and support.
AUDITOR_ROLE = "auditor"


class Actor(Protocol):
    """What a table checks: the kernel's Principal (not imported: domain rules import tables,
    and must not reach the token library)."""

    def require(self, *roles: str) -> None: ...


@dataclass(frozen=True)
class RoleTable:
    service: str
    writes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def roles_for(self, use_case: str) -> tuple[str, ...]:
        """The roles that may run `use_case` (a name the table does not know is a bug)."""
        if use_case in self.writes:
            return self.writes[use_case]
        return (*self.reads[use_case], AUDITOR_ROLE)

    def require(self, actor: Actor, use_case: str) -> None:
        actor.require(*self.roles_for(use_case))

    def roles(self) -> frozenset[str]:
        every = [*self.writes.values(), *self.reads.values()]
        return frozenset(role for roles in every for role in roles) | {AUDITOR_ROLE}

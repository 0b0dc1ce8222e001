"""Does a received lot need inspection? Skip-lot for trusted suppliers.

With a plan whose `skip_lot_after` is N > 0, a lot is skipped when the supplier's last N decided
lots of the item were all accepted; any lot not accepted resets the count to zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class RequirementOutcome(StrEnum):
    NOT_REQUIRED = "not_required"
    SKIPPED = "skipped"
    REQUIRED = "required"


@dataclass(frozen=True)
class Requirement:
    outcome: RequirementOutcome
    # Accepted lots in a row, newest first, up to the first one not accepted.
    consecutive_accepted: int
    reason: str

    @property
    def inspection_required(self) -> bool:
        return self.outcome is RequirementOutcome.REQUIRED


def consecutive_accepted(accepted_newest_first: Iterable[bool]) -> int:
    count = 0
    for accepted in accepted_newest_first:
        if not accepted:
            break
        count += 1
    return count


def inspection_requirement(
    *,
    has_plan: bool,
    skip_lot_after: int,
    supplier_code: str | None,
    accepted_newest_first: Iterable[bool],
) -> Requirement:
    """`accepted_newest_first`: one flag per decided lot of the item from the supplier."""
    if not has_plan:
        return Requirement(
            RequirementOutcome.NOT_REQUIRED, 0, "no inspection plan applies to the item"
        )
    run = consecutive_accepted(accepted_newest_first)
    if skip_lot_after <= 0:
        return Requirement(RequirementOutcome.REQUIRED, run, "the plan never skips lots")
    if supplier_code is None:
        return Requirement(
            RequirementOutcome.REQUIRED, run, "skip-lot applies only to lots from a supplier"
        )
    if run >= skip_lot_after:
        return Requirement(
            RequirementOutcome.SKIPPED,
            run,
            f"the supplier's last {skip_lot_after} lots of the item were all accepted",
        )
    return Requirement(
        RequirementOutcome.REQUIRED,
        run,
        f"{run} of the {skip_lot_after} accepted lots in a row needed to skip inspection",
    )

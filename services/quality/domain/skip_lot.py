"""Does a received lot need inspection? Skip-lot for trusted suppliers.

With a plan whose `skip_lot_after` is N > 0, the supplier qualifies for skip-lot once its last N
decided lots of the item were all accepted; any lot not accepted resets the count to zero. A
qualified supplier's lots are still inspected at the skip-lot frequency, one lot in
`inspect_one_in` (as ANSI/ASQ S1 plans do), so a supplier that slips is caught and loses the
trust: without it, no lot would ever be inspected again to break the run. Which lots are
selected is random in effect but recomputable: a hash of the plan and the lot code.
"""

from __future__ import annotations

import hashlib
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


def selected_for_inspection(plan_key: str, lot_code: str, inspect_one_in: int) -> bool:
    """Whether the skip-lot frequency picks this lot: one lot in `inspect_one_in` on average,
    the same answer every time it is asked."""
    digest = hashlib.sha256(f"{plan_key}\x00{lot_code}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % inspect_one_in == 0


def inspection_requirement(
    *,
    has_plan: bool,
    skip_lot_after: int,
    supplier_code: str | None,
    accepted_newest_first: Iterable[bool],
    lot_code: str | None = None,
    plan_key: str = "",
    inspect_one_in: int = 0,
) -> Requirement:
    """`accepted_newest_first`: one flag per decided lot of the item from the supplier.
    Without a lot code (a general question) a qualified supplier's lot counts as skipped."""
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
    if run < skip_lot_after:
        return Requirement(
            RequirementOutcome.REQUIRED,
            run,
            f"{run} of the {skip_lot_after} accepted lots in a row needed to skip inspection",
        )
    if lot_code is not None and selected_for_inspection(plan_key, lot_code, inspect_one_in):
        return Requirement(
            RequirementOutcome.REQUIRED,
            run,
            f"selected at the skip-lot frequency: one lot in {inspect_one_in} is inspected",
        )
    return Requirement(
        RequirementOutcome.SKIPPED,
        run,
        f"the supplier's last {skip_lot_after} lots of the item were all accepted",
    )

"""Post many independent movements in one call.

Each entry is its own use case call: its own request id (a replay of the batch replays each
entry), its own transaction, its own outcome. A refusal is reported for that entry and the
others go on (a caller lacking the role of any entry's kind is refused the whole call up
front); an unexpected failure stops the batch, and the caller retries it whole with the
same request ids (entries already posted return their first result).
"""

from __future__ import annotations

from collections.abc import Callable

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import LotflowError
from lotflow.failures import as_lotflow_error
from lotflow.refusals import RuleBroken
from services.warehouse.domain import roles
from services.warehouse.domain.stock import MovementType
from services.warehouse.schemas.batch import (
    MovementEntry,
    MovementError,
    MovementResult,
    MovementResults,
    PostMovements,
)
from services.warehouse.service import movements, receipts

_USE_CASES: dict[str, Callable] = {
    "receive": receipts.receive_stock,
    "transfer": movements.transfer_stock,
    "issue": movements.issue_stock,
    "return_stock": movements.return_stock,
    "scrap": movements.dispose_stock,
    "adjust": movements.adjust_stock,
}


def post_movements(
    unit_of_work: Callable[[], UnitOfWork], *, command: PostMovements, actor: Principal
) -> MovementResults:
    # A caller without the role of some kind of entry is refused the whole call, before any.
    for kind in sorted({entry.kind for entry in command.movements}):
        roles.TABLE.require(actor, _USE_CASES[kind].__name__)
    return MovementResults(results=[_post(unit_of_work, e, actor) for e in command.movements])


def _post(unit_of_work: Callable[[], UnitOfWork], entry: MovementEntry, actor: Principal):
    kind = entry.kind
    extra = {"movement": MovementType.SCRAP} if kind == "scrap" else {}
    try:
        view = _USE_CASES[kind](
            unit_of_work(),
            request_id=entry.request_id,
            command=getattr(entry, kind),
            actor=actor,
            **extra,
        )
    except (LotflowError, RuleBroken) as failure:
        error = as_lotflow_error(failure)
        return MovementResult(
            request_id=entry.request_id,
            error=MovementError(
                code=error.code, message=error.message, http_status=error.http_status
            ),
        )
    return MovementResult(request_id=entry.request_id, movement=view)

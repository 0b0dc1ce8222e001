"""The lot decision command and view."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, StrictBool

from lotflow.vocabulary import Command, Reason
from services.quality.domain.decisions import LotDecisionKind
from services.quality.schemas.common import Amount


class LotDecisionBody(Command):
    """REST body of a decision; the inspection comes from the path."""

    decision: LotDecisionKind
    # Only for a partial decision; in the inspection's unit.
    accepted_quantity: Amount | None = None
    rejected_quantity: Amount | None = None
    # Required for reject, partial and a use-as-is deviation.
    reason: Reason | None = None
    # Release a lot whose inspection failed (use-as-is deviation).
    override_failed_result: StrictBool = False


class DecideLot(LotDecisionBody):
    inspection_id: uuid.UUID


class LotDecisionView(BaseModel):
    decision: LotDecisionKind
    accepted_quantity: str
    rejected_quantity: str
    unit: str
    override_failed_result: bool
    reason: str | None = None
    decided_by: str
    decided_at: datetime
    # The nonconformance opened for the rejected quantity.
    nonconformance_id: uuid.UUID | None = None

"""What an audit history entry records: each step taken on an inspection or a nonconformance."""

from enum import StrEnum


class AuditAction(StrEnum):
    OPENED = "opened"
    RESULTS_RECORDED = "results_recorded"
    COMPLETED = "completed"
    LOT_DECIDED = "lot_decided"
    DISPOSITIONED = "dispositioned"
    CLOSED = "closed"

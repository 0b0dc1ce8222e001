"""Quality tables (SQLAlchemy 2 typed models); Alembic reads `Base.metadata`."""

from services.quality.models.audit import AuditEntry
from services.quality.models.base import Base
from services.quality.models.holds import Hold
from services.quality.models.inspections import Inspection, InspectionCheck, LotDecision
from services.quality.models.nonconformances import Nonconformance, NonconformanceDisposition
from services.quality.models.plans import InspectionCharacteristic, InspectionPlan

__all__ = [
    "AuditEntry",
    "Base",
    "Hold",
    "Inspection",
    "InspectionCharacteristic",
    "InspectionCheck",
    "InspectionPlan",
    "LotDecision",
    "Nonconformance",
    "NonconformanceDisposition",
]

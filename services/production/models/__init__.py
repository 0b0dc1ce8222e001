"""Production tables (SQLAlchemy 2 typed models); Alembic reads `Base.metadata`."""

from services.production.models.base import Base
from services.production.models.work_centers import ScrapReason, WorkCenter

__all__ = ["Base", "ScrapReason", "WorkCenter"]

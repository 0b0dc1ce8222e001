"""Production tables (SQLAlchemy 2 typed models); Alembic reads `Base.metadata`."""

from services.production.models.base import Base
from services.production.models.boms import Bom, BomAlternate, BomComponent, BomOutput
from services.production.models.consumption import Consumption
from services.production.models.genealogy import GenealogyLink
from services.production.models.operations import OperationReport
from services.production.models.orders import (
    OrderEvent,
    OrderMaterial,
    OrderOperation,
    ProductionOrder,
    Substitution,
)
from services.production.models.outputs import OrderOutput
from services.production.models.routings import Routing, RoutingOperation
from services.production.models.work_centers import ScrapReason, WorkCenter

__all__ = [
    "Base",
    "Bom",
    "BomAlternate",
    "BomComponent",
    "BomOutput",
    "OrderEvent",
    "OrderMaterial",
    "OrderOperation",
    "ProductionOrder",
    "Routing",
    "RoutingOperation",
    "ScrapReason",
    "Substitution",
    "WorkCenter",
    "OperationReport",
    "Consumption",
    "GenealogyLink",
    "OrderOutput",
]

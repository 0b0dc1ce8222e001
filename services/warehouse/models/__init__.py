"""Warehouse tables (SQLAlchemy 2 typed models); Alembic reads `Base.metadata`."""

from services.warehouse.models.base import Base
from services.warehouse.models.master_data import Item, ItemUnit, Location, PutawayRule
from services.warehouse.models.orders import (
    Allocation,
    Reservation,
    Shipment,
    ShipmentLine,
    Transfer,
)
from services.warehouse.models.stock import Lot, LotHold, Movement, Posting, StockBalance

__all__ = [
    "Allocation",
    "Base",
    "Item",
    "ItemUnit",
    "Location",
    "Lot",
    "LotHold",
    "Movement",
    "Posting",
    "PutawayRule",
    "Reservation",
    "Shipment",
    "ShipmentLine",
    "StockBalance",
    "Transfer",
]

"""Receiving tables (SQLAlchemy 2 typed models); Alembic reads `Base.metadata`."""

from services.receiving.models.base import Base
from services.receiving.models.lot_codes import LotCodeRule, LotCodeSequence, ReceivedLot
from services.receiving.models.purchase_orders import PurchaseOrder, PurchaseOrderLine
from services.receiving.models.receipts import Receipt, SupplierReturn
from services.receiving.models.suppliers import Supplier, SupplierItem

__all__ = [
    "Base",
    "LotCodeRule",
    "LotCodeSequence",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "Receipt",
    "ReceivedLot",
    "Supplier",
    "SupplierItem",
    "SupplierReturn",
]

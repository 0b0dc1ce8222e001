"""What the item introduction process takes, passes between its steps and returns.

The services validate content (GTIN check digit, units, limits); these models only give each
step one typed argument, so fields can be added without breaking running histories.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

WORKFLOW_NAME = "ItemIntroduction"
# Activity names, shared by the workflow (which must not import the activities module) and
# the activities themselves.
REGISTER_ITEM = "item_introduction.register_item"
DEFINE_INSPECTION_PLAN = "item_introduction.define_inspection_plan"


class Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NewItem(Contract):
    code: str
    gtin: str | None = None
    description: str
    base_uom: str  # UN/CEFACT Rec 20 code
    lot_controlled: bool = True
    shelf_life_days: int | None = None
    storage_condition: str | None = None


class Characteristic(Contract):
    name: str
    kind: Literal["numeric", "attribute"]
    lower_limit: Decimal | None = None
    upper_limit: Decimal | None = None
    unit: str | None = None


class InspectionPlanSpec(Contract):
    supplier_code: str | None = None  # None: the plan for every supplier without its own
    sample_size: int
    characteristics: list[Characteristic]
    skip_lot_after: int = 0


class IntroduceItem(Contract):
    item: NewItem
    # None: the item needs no incoming inspection.
    inspection: InspectionPlanSpec | None = None


class DefinePlanStep(Contract):
    item_code: str
    plan: InspectionPlanSpec


class RegisteredItem(Contract):
    id: str
    code: str


class DefinedPlan(Contract):
    id: str
    version: int


class ItemIntroduced(Contract):
    item_id: str
    item_code: str
    plan_id: str | None = None
    plan_version: int | None = None


def workflow_id_for(item_code: str) -> str:
    """One introduction per item code, so starting it twice finds the first run."""
    return f"item-introduction:{item_code}"

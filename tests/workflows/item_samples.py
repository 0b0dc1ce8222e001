"""New items and inspection plans for the item introduction tests, unique per call."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from workflows.item_introduction.contracts import (
    Characteristic,
    InspectionPlanSpec,
    IntroduceItem,
    NewItem,
)


def gtin13() -> str:
    """A random GTIN-13 with a correct GS1 check digit."""
    body = "".join(random.choice("0123456789") for _ in range(12))
    weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - weighted % 10) % 10)


def new_item(**changes: object) -> NewItem:
    fields: dict[str, object] = {
        "code": f"FLOUR-{uuid.uuid4().hex[:10]}",
        "gtin": gtin13(),
        "description": "Wheat flour type 550",
        "base_uom": "KGM",
        "shelf_life_days": 180,
    }
    return NewItem.model_validate(fields | changes)


def flour_plan() -> InspectionPlanSpec:
    return InspectionPlanSpec(
        sample_size=5,
        characteristics=[
            Characteristic(name="moisture", kind="numeric", upper_limit=Decimal("15.0"), unit="P1"),
            Characteristic(name="foreign matter", kind="attribute"),
        ],
        skip_lot_after=0,
    )


def introduction(*, inspected: bool, **item_changes: object) -> IntroduceItem:
    return IntroduceItem(
        item=new_item(**item_changes), inspection=flour_plan() if inspected else None
    )

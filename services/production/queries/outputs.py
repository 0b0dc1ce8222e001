"""Views of what an order produced."""

from __future__ import annotations

from services.production.models import OrderOutput
from services.production.schemas.outputs import OrderOutputView


def output_view(row: OrderOutput) -> OrderOutputView:
    return OrderOutputView.model_validate(
        {f: getattr(row, f) for f in OrderOutputView.model_fields}
    )

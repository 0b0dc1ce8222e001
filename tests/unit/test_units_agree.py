"""Units the services share: a receipt's unit must be one stock is kept in and lots are
inspected in, since the inbound workflow posts and inspects the quantity as received."""

from __future__ import annotations

import pytest

from services.quality.domain.numbers import REC20_QUANTITY_UNITS as QUALITY_QUANTITY_UNITS
from services.receiving.domain.units import REC20_UNITS as RECEIVING_UNITS
from services.warehouse.domain.units import REC20_UNITS as WAREHOUSE_UNITS

pytestmark = pytest.mark.unit


def test_every_unit_a_receipt_may_use_is_one_stock_is_kept_in():
    assert set(RECEIVING_UNITS) <= set(WAREHOUSE_UNITS)


def test_quality_counts_lots_in_exactly_the_units_stock_is_kept_in():
    assert set(QUALITY_QUANTITY_UNITS) == set(WAREHOUSE_UNITS)

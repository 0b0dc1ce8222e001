"""Receiving's rules on what the warehouse says of a receiving location and an item."""

from __future__ import annotations

from lotflow.refusals import RefusalKind
from services.receiving.domain.warehouse_facts import (
    PlaceFacts,
    item_refusal,
    receiving_location_refusal,
    ship_to_site_refusal,
)


def test_a_dock_bin_receives():
    assert receiving_location_refusal("D1", PlaceFacts("D1", "bin", "dock")) is None


def test_an_unknown_location_is_refused_as_invalid():
    refusal = receiving_location_refusal("DOCK-99", None)
    assert (refusal.code, refusal.kind) == ("location_unknown", RefusalKind.INVALID)
    assert refusal.details == {"location_code": "DOCK-99"}


def test_storage_bins_dock_zones_and_sites_are_not_docks():
    for place in (
        PlaceFacts("B1", "bin", "storage"),
        PlaceFacts("Z1", "zone", "dock"),
        PlaceFacts("S1", "site", ""),
    ):
        refusal = receiving_location_refusal(place.code, place)
        assert (refusal.code, refusal.kind) == ("location_not_a_dock", RefusalKind.INVALID)


def test_only_an_unknown_item_is_refused():
    assert item_refusal("FLOUR", known=True) is None
    assert item_refusal("FLOUR", known=False).code == "item_unknown"


def test_an_order_to_a_site_is_received_at_that_sites_docks_only():
    dock = PlaceFacts("DOCK-1", "bin", "dock", "PLANT-A")
    assert receiving_location_refusal("DOCK-1", dock, "PLANT-A") is None
    assert receiving_location_refusal("DOCK-1", dock, None) is None
    refused = receiving_location_refusal("DOCK-1", dock, "PLANT-B")
    assert (refused.code, refused.kind) == ("dock_of_another_site", RefusalKind.INVALID)
    assert refused.details["site_code"] == "PLANT-A"


def test_an_order_is_delivered_to_a_site_the_warehouse_knows():
    assert ship_to_site_refusal("PLANT-A", PlaceFacts("PLANT-A", "site", "")) is None
    assert ship_to_site_refusal("PLANT-A", None).code == "site_unknown"
    assert (
        ship_to_site_refusal("DOCK-1", PlaceFacts("DOCK-1", "bin", "dock")).code == "site_unknown"
    )

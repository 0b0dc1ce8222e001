"""A request id is its caller's, over a real service: another user's identical request is a
request of its own, and each caller's replay returns that caller's first result."""

from __future__ import annotations

import pytest

from tests.property.warehouse_world import Warehouse, build_site, make_item, make_lot
from tests.transport import grpc_channel, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def clerks(warehouse, token) -> tuple[Warehouse, Warehouse]:
    channel = grpc_channel(warehouse)
    return Warehouse(channel, token("ann")), Warehouse(channel, token("bob"))


def test_two_users_sending_one_request_id_each_post_their_own_movement(clerks):
    ann, bob = clerks
    site = build_site(ann)
    lot = make_lot(ann, make_item(ann))
    receipt = {"lot_code": lot, "location_code": site.dock, "quantity": "4", "uom": "H87"}
    rid = unique("shared")
    anns = ann.call("ReceiveStock", request_id=rid, reference_number="PO-1", **receipt)
    bobs = bob.call("ReceiveStock", request_id=rid, reference_number="PO-1", **receipt)
    assert (anns.actor, bobs.actor) == ("ann", "bob")
    assert anns.seq != bobs.seq
    assert ann.call("ReceiveStock", request_id=rid, reference_number="PO-1", **receipt) == anns
    assert bob.call("ReceiveStock", request_id=rid, reference_number="PO-1", **receipt) == bobs
    assert ann.on_hand(lot) == {(site.dock, "QUARANTINE"): 8}


def test_two_users_sending_one_request_id_each_register_their_own_location(clerks):
    ann, bob = clerks
    rid = unique("shared")
    first = ann.call("RegisterLocation", request_id=rid, code=unique("S"), name="A", level="site")
    # Bob's call under Ann's id is his own: new content is no reuse, and his replay is his.
    other = bob.call("RegisterLocation", request_id=rid, code=unique("S"), name="B", level="site")
    assert other.code != first.code
    again = bob.call("RegisterLocation", request_id=rid, code=other.code, name="B", level="site")
    assert again == other

"""Production orders over gRPC: created planned against the BOM and routing valid on the due
date; released with frozen versions, exact requirements in base units, operations from the
routing and an output lot code; bad input refused with stable codes, writing nothing."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_world import (
    ENGINEER_ROLES,
    PLANNER_ROLES,
    Production,
    build_plant,
    component,
    create_order,
    define_bom,
    define_routing,
    history_kinds,
    make_material,
    material,
    operation,
    release_order,
    stock_lot,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import get, grpc_channel, ok, outbox_about, post, unique

pytestmark = pytest.mark.integration

INVALID = grpc.StatusCode.INVALID_ARGUMENT
STATE = grpc.StatusCode.FAILED_PRECONDITION


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    return Warehouse(grpc_channel(warehouse), token("root"))


@pytest.fixture(scope="module")
def engineer(production, token) -> Production:
    return Production(grpc_channel(production), token("erin", *ENGINEER_ROLES))


@pytest.fixture(scope="module")
def planner(production, token) -> Production:
    return Production(grpc_channel(production), token("pia", *PLANNER_ROLES))


@pytest.fixture(scope="module")
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=2)


@pytest.fixture
def bread(wh, engineer, plant):
    """An item made at two operations from flour (in 25 kg bags, 2% scrap) at the first and
    salt (grams per loaf, in a kilogram base) at the second."""
    flour = make_material(wh, "KGM", conversions={"BG": "25"})
    salt = make_material(wh, "KGM")
    item = make_material(wh, "H87", prefix="BREAD")
    define_bom(
        engineer,
        item,
        [
            component(1, flour, "1", "BG", scrap_factor="0.02", operation_seq=10),
            component(2, salt, "30", "GRM", operation_seq=20, issue_policy="backflush_order"),
        ],
        output_quantity="100",
    )
    first, second = plant.work_centers
    define_routing(engineer, item, [operation(10, first), operation(20, second)])
    return {"item": item, "flour": flour, "salt": salt}


def test_release_freezes_versions_computes_materials_and_stages_line_side(
    wh, planner, plant, bread
):
    first, second = plant.work_centers
    # Stock already line-side is reserved where it lies.
    flour_lot = stock_lot(wh, plant, bread["flour"], "100", bin_code=plant.line_sides[first])
    salt_lot = stock_lot(wh, plant, bread["salt"], "5", bin_code=plant.line_sides[second])
    order = create_order(planner, plant, bread["item"], "300")
    assert (order.status, order.number[:3], order.created_by) == ("planned", "MO-", "pia")
    assert not order.materials and not order.operations and not order.output_lot_code

    released = release_order(planner, order.number)
    assert (released.status, released.bom_version, released.routing_version) == ("released", 1, 1)
    assert released.output_lot_code.startswith(bread["item"][:7])
    # 300 / 100 x 1 bag of 25 kg x 1.02 = 76.5 kg; 300 / 100 x 30 g = 0.09 kg
    flour, salt = material(released, 1), material(released, 2)
    assert (flour.item_code, flour.required_quantity, flour.uom) == (bread["flour"], "76.5", "KGM")
    assert (salt.required_quantity, salt.uom, salt.issue_policy) == (
        "0.09",
        "KGM",
        "backflush_order",
    )
    assert (flour.line_side_location_code, salt.line_side_location_code) == (
        plant.line_sides[first],
        plant.line_sides[second],
    )
    assert [(m.status, m.staged_quantity) for m in released.materials] == [
        ("staged", "76.5"),
        ("staged", "0.09"),
    ]
    assert all(m.reservation_id for m in released.materials)
    assert [
        (o.seq, o.work_center_code, o.status, o.received_quantity) for o in released.operations
    ] == [
        (10, first, "queued", "300"),
        (20, second, "queued", "0"),
    ]
    assert not released.blocked
    assert history_kinds(released) == ["created", "released", "staged", "staged"]
    assert wh.free(flour_lot, plant.line_sides[first]) == 100 - 76.5
    assert float(wh.free(salt_lot, plant.line_sides[second])) == pytest.approx(4.91)

    fetched = planner.call("GetOrder", ref=order.number)
    assert fetched.output_lot_code == released.output_lot_code
    assert planner.call("GetOrder", ref=order.id).number == order.number
    # A replay of the release answers the same; another release is refused.
    assert planner.refusal("ReleaseOrder", order_number=order.number) == (
        STATE,
        "order_state_invalid",
    )
    assert wh.free(flour_lot, plant.line_sides[first]) == 100 - 76.5


def test_a_replayed_release_stages_once(wh, planner, plant, bread):
    first = plant.work_centers[0]
    flour_lot = stock_lot(wh, plant, bread["flour"], "50", bin_code=plant.line_sides[first])
    stock_lot(wh, plant, bread["salt"], "1", bin_code=plant.line_sides[plant.work_centers[1]])
    order = create_order(planner, plant, bread["item"], "100")
    once = release_order(planner, order.number, request_id="release-" + order.number)
    again = release_order(planner, order.number, request_id="release-" + order.number)
    assert once == again
    assert wh.free(flour_lot, plant.line_sides[first]) == 50 - 25.5


def test_a_line_that_cannot_be_fully_reserved_blocks_the_order(
    production, wh, planner, plant, bread
):
    first = plant.work_centers[0]
    flour_lot = stock_lot(wh, plant, bread["flour"], "10", bin_code=plant.line_sides[first])
    order = create_order(planner, plant, bread["item"], "100")
    released = release_order(planner, order.number)
    assert (released.status, released.blocked, released.blocked_reason) == (
        "released",
        True,
        "shortage",
    )
    flour, salt = material(released, 1), material(released, 2)
    # What could be reserved stays reserved; the rest is short.
    assert (flour.status, flour.staged_quantity, flour.required_quantity) == ("short", "10", "25.5")
    assert (salt.status, salt.staged_quantity) == ("short", "0")
    assert wh.free(flour_lot, plant.line_sides[first]) == 0
    assert history_kinds(released).count("shortage") == 2
    assert "blocked" in history_kinds(released)
    events = outbox_about(production, order.number)
    shortages = [body for kind, body in events if kind == "production.shortage"]
    assert {(s["line_no"], s["required"], s["reserved"]) for s in shortages} == {
        (1, "25.5", "10"),
        (2, "0.03", "0"),
    }
    assert "production.order_blocked" in [kind for kind, _ in events]


def test_orders_list_by_status_site_and_item(planner, plant, bread):
    numbers = [create_order(planner, plant, bread["item"], "10").number for _ in range(3)]
    page = planner.call("ListOrders", item_code=bread["item"], status="planned", page_size=2)
    assert [o.number for o in page.orders] == sorted(numbers)[:2] and page.next_page_token
    rest = planner.call("ListOrders", item_code=bread["item"], page_token=page.next_page_token)
    assert [o.number for o in rest.orders] == sorted(numbers)[2:]
    assert not planner.call("ListOrders", item_code=bread["item"], status="released").orders


def test_orders_over_rest(production, plant, bread, token):
    bearer = token("pia", *PLANNER_ROLES)
    number = unique("MO")
    body = {
        "number": number,
        "item_code": bread["item"],
        "quantity": "5",
        "uom": "H87",
        "due_date": "2030-01-01",
        "site_code": plant.site_code,
        "output_location_code": plant.output_location_code,
    }
    assert ok(post(production, bearer, "/v1/orders", body), 201)["number"] == number
    assert ok(get(production, bearer, f"/v1/orders/{number}"))["status"] == "planned"
    assert ok(get(production, bearer, "/v1/orders", item_code=bread["item"]))["orders"]


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"item_code": "NOPE"}, INVALID, "item_not_found"),
        ({"uom": "LTR"}, INVALID, "unit_not_convertible"),
        ({"due_date": "2025-01-01"}, STATE, "no_valid_bom"),
        ({"site_code": "NOPE"}, INVALID, "site_not_found"),
        ({"output_location_code": "NOPE"}, INVALID, "location_not_found"),
    ],
)
def test_bad_orders_are_refused(planner, plant, bread, change, status, code):
    number = unique("MO")
    fields = {
        "number": number,
        "item_code": bread["item"],
        "quantity": "5",
        "uom": "H87",
        "due_date": "2030-01-01",
        "site_code": plant.site_code,
        "output_location_code": plant.output_location_code,
        **change,
    }
    assert planner.refusal("CreateOrder", **fields) == (status, code)
    assert planner.refusal("GetOrder", ref=number) == (grpc.StatusCode.NOT_FOUND, "order_not_found")


def test_an_order_without_its_line_side_location_is_not_released(wh, engineer, planner, plant):
    flour, item = make_material(wh, "KGM"), make_material(wh, "H87")
    lonely = unique("WC")
    engineer.as_(wh.bearer).call(
        "RegisterWorkCenter", code=lonely, name="x", site_code=plant.site_code, kind="line"
    )
    define_bom(engineer, item, [component(1, flour, "1", "KGM")])
    define_routing(engineer, item, [operation(10, lonely)])
    lot = stock_lot(wh, plant, flour, "10")
    order = create_order(planner, plant, item, "1")
    refused = planner.refusal("ReleaseOrder", order_number=order.number)
    assert refused == (STATE, "line_side_location_not_found")
    after = planner.call("GetOrder", ref=order.number)
    assert (after.status, list(after.materials), history_kinds(after)) == (
        "planned",
        [],
        ["created"],
    )
    assert wh.free(lot, plant.storage_bins[0]) == 10


def test_releasing_an_unknown_order_is_not_found(planner):
    assert planner.refusal("ReleaseOrder", order_number="MO-NOPE") == (
        grpc.StatusCode.NOT_FOUND,
        "order_not_found",
    )

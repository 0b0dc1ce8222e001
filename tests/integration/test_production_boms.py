"""BOMs and routings over gRPC and REST: versions, validity, alternates and by-products, and
the bad input refused with stable codes, writing nothing."""

from __future__ import annotations

import grpc
import pytest

from tests.integration.production_world import (
    ENGINEER_ROLES,
    Production,
    alternate,
    build_plant,
    component,
    define_bom,
    define_routing,
    make_material,
    operation,
)
from tests.property.warehouse_world import Warehouse
from tests.transport import assert_problem, get, grpc_channel, ok, post, unique

pytestmark = pytest.mark.integration

INVALID = grpc.StatusCode.INVALID_ARGUMENT


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    return Warehouse(grpc_channel(warehouse), token("root"))


@pytest.fixture(scope="module")
def engineer(production, token) -> Production:
    return Production(grpc_channel(production), token("erin", *ENGINEER_ROLES))


@pytest.fixture(scope="module")
def plant(wh, engineer):
    return build_plant(wh, engineer, work_centers=2)


def test_a_bom_keeps_components_alternates_and_by_products(wh, engineer):
    flour = make_material(wh, "KGM", conversions={"BG": "25"})
    rye = make_material(wh, "KGM")
    bran = make_material(wh, "KGM")
    bread = make_material(wh, "H87")
    bom = define_bom(
        engineer,
        bread,
        [
            component(
                1,
                flour,
                "2",
                "BG",
                scrap_factor="0.02",
                issue_policy="backflush_operation",
                alternates=[alternate(rye, "1.25")],
            )
        ],
        output_quantity="100",
        outputs=[
            {
                "item_code": bran,
                "quantity_per": "3",
                "uom": "KGM",
                "kind": "by_product",
                "lot_tracked": True,
            }
        ],
    )
    assert (bom.version, bom.output_quantity, bom.created_by) == (1, "100", "erin")
    line = bom.components[0]
    assert (line.quantity_per, line.uom, line.scrap_factor, line.issue_policy) == (
        "2",
        "BG",
        "0.02",
        "backflush_operation",
    )
    assert [(a.item_code, a.ratio, a.approved_by) for a in line.alternates] == [
        (rye, "1.25", "erin")
    ]
    assert [(o.item_code, o.kind, o.lot_tracked) for o in bom.outputs] == [
        (bran, "by_product", True)
    ]

    second = define_bom(engineer, bread, [component(1, flour, "1", "KGM")], valid_from="2027-01-01")
    assert second.version == 2
    on_day = engineer.call("GetBom", item_code=bread, on_date="2026-06-01")
    assert on_day.version == 1
    assert engineer.call("GetBom", item_code=bread, on_date="2027-06-01").version == 2
    assert engineer.call("GetBom", item_code=bread, version=1).components[0].uom == "BG"
    listed = engineer.call("ListBoms", item_code=bread, page_size=1)
    assert [b.version for b in listed.boms] == [1] and listed.next_page_token
    rest = engineer.call("ListBoms", item_code=bread, page_token=listed.next_page_token)
    assert [b.version for b in rest.boms] == [2]


def test_a_bom_over_rest(production, wh, token):
    bearer = token("erin", *ENGINEER_ROLES)
    salt, soup = make_material(wh, "KGM"), make_material(wh, "LTR")
    body = {
        "item_code": soup,
        "valid_from": "2026-01-01",
        "output_quantity": "10",
        "output_uom": "LTR",
        "components": [
            {
                "line_no": 1,
                "item_code": salt,
                "quantity_per": "250",
                "uom": "GRM",
                "operation_seq": 10,
            }
        ],
    }
    created = ok(post(production, bearer, "/v1/boms", body), 201)
    assert created["components"][0]["quantity_per"] == "250"
    fetched = ok(get(production, bearer, f"/v1/boms/{soup}", on_date="2026-02-01"))
    assert fetched["id"] == created["id"]


def test_a_bom_with_a_cycle_is_refused(wh, engineer):
    dough, bread = make_material(wh, "KGM"), make_material(wh, "H87")
    define_bom(engineer, dough, [component(1, make_material(wh), "1", "KGM")], output_uom="KGM")
    define_bom(engineer, bread, [component(1, dough, "1", "KGM")])
    # dough made from bread, which is made from dough
    assert engineer.refusal(
        "DefineBom",
        item_code=dough,
        valid_from="2026-01-01",
        output_quantity="1",
        output_uom="KGM",
        components=[component(1, bread, "1", "H87")],
    ) == (INVALID, "bom_cycle")
    assert engineer.refusal(
        "DefineBom",
        item_code=dough,
        valid_from="2026-01-01",
        output_quantity="1",
        output_uom="KGM",
        components=[component(1, dough, "1", "KGM")],
    ) == (INVALID, "bom_cycle")
    assert [b.version for b in engineer.call("ListBoms", item_code=dough).boms] == [1]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"unknown_component": True}, "item_not_found"),
        ({"uom": "LTR"}, "unit_not_convertible"),
        ({"uom": "BG"}, "unit_not_convertible"),
        ({"duplicate_line": True}, "bom_line_duplicate"),
        ({"valid_to": "2025-01-01"}, "validity_invalid"),
    ],
)
def test_bad_boms_are_refused_and_write_nothing(wh, engineer, change, code):
    flour, bread = make_material(wh, "KGM"), make_material(wh, "H87")
    item = unique("NOPE") if change.get("unknown_component") else flour
    lines = [component(1, item, "1", change.get("uom", "KGM"))]
    if change.get("duplicate_line"):
        lines.append(component(1, flour, "2", "KGM"))
    fields = {"valid_to": change["valid_to"]} if "valid_to" in change else {}
    refused = engineer.refusal(
        "DefineBom",
        item_code=bread,
        valid_from="2026-01-01",
        output_quantity="1",
        output_uom="H87",
        components=lines,
        **fields,
    )
    assert refused == (INVALID, code)
    assert not engineer.call("ListBoms", item_code=bread).boms


def test_only_engineers_define_boms(wh, engineer, token):
    flour, bread = make_material(wh, "KGM"), make_material(wh, "H87")
    planner = engineer.as_(token("pia", "production_planner"))
    refused = planner.refusal(
        "DefineBom",
        item_code=bread,
        valid_from="2026-01-01",
        output_quantity="1",
        output_uom="H87",
        components=[component(1, flour, "1", "KGM")],
    )
    assert refused == (grpc.StatusCode.PERMISSION_DENIED, "role_required")


def test_a_routing_at_registered_work_centers(wh, engineer, plant, production, token):
    bread = make_material(wh, "H87")
    first, second = plant.work_centers
    routing = define_routing(
        engineer,
        bread,
        [operation(10, first), operation(20, second, reworkable=True, rework_to_seq=10)],
    )
    assert [(o.seq, o.work_center_code, o.rework_to_seq) for o in routing.operations] == [
        (10, first, 0),
        (20, second, 10),
    ]
    assert routing.operations[1].HasField("rework_to_seq")
    assert not routing.operations[0].HasField("rework_to_seq")
    fetched = engineer.call("GetRouting", item_code=bread)
    assert fetched.id == routing.id
    response = get(production, token("erin", *ENGINEER_ROLES), f"/v1/routings/{bread}", version=1)
    assert ok(response)["operations"][1]["setup_minutes"] == "5"


@pytest.mark.parametrize(
    ("operations", "code"),
    [
        ([operation(10, "WC-NOPE")], "work_center_not_found"),
        ([operation(20, "X"), operation(10, "X")], "routing_sequence_invalid"),
        ([operation(10, "X", rework_to_seq=20), operation(20, "X")], "rework_target_invalid"),
    ],
)
def test_bad_routings_are_refused(wh, engineer, plant, operations, code, production, token):
    bread = make_material(wh, "H87")
    for op in operations:
        if op["work_center_code"] == "X":
            op["work_center_code"] = plant.work_centers[0]
    body = {"item_code": bread, "valid_from": "2026-01-01", "operations": operations}
    assert engineer.refusal("DefineRouting", **body) == (INVALID, code)
    assert_problem(
        post(production, token("erin", *ENGINEER_ROLES), "/v1/routings", body), 422, code
    )
    assert engineer.refusal("GetRouting", item_code=bread)[1] == "routing_not_found"

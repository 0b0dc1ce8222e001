"""Traceability lot codes over REST and gRPC: rules, kept supplier lots, assigned codes, KDEs."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

import grpc
import pytest

from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approve_item,
    create_order,
    create_supplier,
    define_lot_code_rule,
    lot_code_rule,
    order_line,
)
from tests.transport import auth, grpc_channel, grpc_refusal, rest_client, unique

pytestmark = pytest.mark.integration

DAY = "2026-03-05"


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def setup(stub, admin, buyer):
    """Makes a supplier approved for an item, and an order for 1000 KGM of it."""

    def make(item: str, *, assigns_tlcs: bool = False, rule: str = "") -> str:
        supplier = create_supplier(
            stub, admin, name="Farm", country="US", assigns_traceability_lot_codes=assigns_tlcs
        )
        approve_item(stub, admin, supplier, item, **lot_code_rule(rule))
        return create_order(stub, buyer, supplier, order_line(1, item, "1000", "KGM", due_date=DAY))

    return make


@pytest.fixture
def rule(stub, buyer):
    """Defines a fresh rule (its sequences start at 1) and returns its name."""
    return partial(define_lot_code_rule, stub, buyer)


def receive(stub, receiver, request_id, number: str, **fields) -> pb.Receipt:
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=number,
        line_number=1,
        quantity=fields.pop("quantity", "10"),
        receiving_location=fields.pop("receiving_location", "DOCK-7"),
        received_on=fields.pop("received_on", DAY),
        **fields,
    )
    return stub.RecordReceipt(request, metadata=auth(receiver))


def test_the_default_rule_assigns_codes_out_of_the_box(stub, setup, receiver, request_id):
    rules = stub.ListLotCodeRules(pb.ListLotCodeRulesRequest(), metadata=auth(receiver)).rules
    (default,) = [r for r in rules if r.is_default]
    assert (default.name, default.pattern, default.site_prefix) == (
        "default",
        "{SITE}{YY}{MM}{DD}-{SEQ:4}",
        "RCV",
    )
    number = setup(unique("SPINACH"))
    first = receive(stub, receiver, request_id, number, supplier_lot="F-1")
    second = receive(stub, receiver, request_id, number)
    assert first.tlc_source == second.tlc_source == "assigned"
    assert first.traceability_lot_code.startswith("RCV260305-")
    assert int(second.traceability_lot_code[-4:]) > int(first.traceability_lot_code[-4:])
    assert first.kdes.tlc_source_location == "DOCK-7"


def test_an_items_own_rule_numbers_each_day_from_one(stub, setup, rule, receiver, request_id):
    name = rule("{SITE}{YYYY}{DDD}.{SEQ:3}", site_prefix="HAM")
    number = setup(unique("KALE"), rule=name)
    codes = [
        receive(stub, receiver, request_id, number, received_on=day).traceability_lot_code
        for day in (DAY, DAY, "2026-03-06")
    ]
    assert codes == ["HAM2026064.001", "HAM2026064.002", "HAM2026065.001"]


def test_the_day_received_defaults_to_today_in_the_rules_time_zone(
    stub, setup, rule, receiver, request_id
):
    name = rule("{YYYY}{MM}{DD}{SEQ:4}", time_zone="Pacific/Kiritimati")
    number = setup(unique("LETTUCE"), rule=name)
    today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    view = receive(stub, receiver, request_id, number, received_on="")
    assert view.received_on == today.isoformat()
    assert view.traceability_lot_code == f"{today:%Y%m%d}0001"


def test_a_supplier_that_assigns_tlcs_keeps_its_lot_code(stub, setup, receiver, request_id):
    item = unique("MELON")
    number = setup(item, assigns_tlcs=True)
    kept = receive(
        stub,
        receiver,
        request_id,
        number,
        supplier_lot="FARM-77",
        previous_source_location="Packhouse 3, Salinas CA",
        tlc_source_reference="https://farm.example/tlc",
    )
    assert (kept.traceability_lot_code, kept.tlc_source) == ("FARM-77", "supplier")
    assert kept.kdes.tlc_source_location == "Farm, US"
    assert kept.kdes.tlc_source_reference == "https://farm.example/tlc"
    assert kept.kdes.immediate_previous_source_location == "Packhouse 3, Salinas CA"
    # Without a supplier lot there is nothing to keep: receiving assigns one.
    assigned = receive(stub, receiver, request_id, number)
    assert assigned.tlc_source == "assigned"
    assert assigned.kdes.tlc_source_reference == ""


def test_tlc_assignment_can_be_switched_per_supplier(
    receiving, stub, setup, buyer, receiver, request_id
):
    number = setup(unique("BERRY"), assigns_tlcs=True)
    supplier = stub.GetPurchaseOrder(
        pb.GetPurchaseOrderRequest(number=number), metadata=auth(buyer)
    ).supplier_code
    with rest_client(receiving, buyer) as client:
        response = client.put(
            f"/v1/suppliers/{supplier}/tlc-assignment",
            json={"assigns_traceability_lot_codes": False},
            headers={"Idempotency-Key": request_id()},
        )
        assert response.status_code == 200, response.text
        assert response.json()["assigns_traceability_lot_codes"] is False
        denied = client.put(
            f"/v1/suppliers/{supplier}/tlc-assignment",
            json={"assigns_traceability_lot_codes": True},
            headers={"Idempotency-Key": request_id(), "authorization": f"Bearer {receiver}"},
        )
        assert (denied.status_code, denied.json()["code"]) == (403, "role_required")
    view = receive(stub, receiver, request_id, number, supplier_lot="B-1")
    assert (view.tlc_source, view.supplier_lot) == ("assigned", "B-1")
    unknown = pb.SetSupplierTlcAssignmentRequest(request_id=request_id(), supplier_code="NOPE")
    assert grpc_refusal(stub.SetSupplierTlcAssignment, unknown, buyer) == (
        grpc.StatusCode.NOT_FOUND,
        "supplier_not_found",
    )


def test_one_supplier_lot_is_one_lot_across_receipts(stub, setup, receiver, request_id):
    number = setup(unique("CUKE"))
    first = receive(
        stub, receiver, request_id, number, supplier_lot="C-9", expiry_date="2099-04-01"
    )
    again = receive(stub, receiver, request_id, number, supplier_lot="C-9")
    assert again.traceability_lot_code == first.traceability_lot_code
    # The lot's dates carry over to a receipt that did not repeat them, and may not change.
    assert again.expiry_date == "2099-04-01"
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=number,
        line_number=1,
        quantity="1",
        supplier_lot="C-9",
        expiry_date="2099-05-01",
        receiving_location="DOCK-7",
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "lot_dates_differ",
    )


def test_lot_codes_are_unique_per_item(stub, setup, rule, receiver, request_id):
    item = unique("TOMATO")
    name = rule("{SITE}{YY}{MM}{DD}-{SEQ:2}", site_prefix="X")
    keeping = setup(item, assigns_tlcs=True, rule=name)
    other_keeping = setup(item, assigns_tlcs=True)
    assigning = setup(item, rule=name)
    receive(stub, receiver, request_id, keeping, supplier_lot="X260305-01")
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=other_keeping,
        line_number=1,
        quantity="1",
        supplier_lot="X260305-01",
        receiving_location="DOCK-7",
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "lot_code_in_use",
    )
    # The rule's first code of the day is taken by the kept lot: it moves on to the next.
    assigned = receive(stub, receiver, request_id, assigning)
    assert assigned.traceability_lot_code == "X260305-02"


def test_a_rule_refuses_once_its_daily_sequence_is_used_up(stub, setup, rule, receiver, request_id):
    name = rule("{YY}{MM}{DD}{SEQ:1}")
    number = setup(unique("ONION"), rule=name)
    codes = [receive(stub, receiver, request_id, number).traceability_lot_code for _ in range(9)]
    assert codes[-1] == "2603059"
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=number,
        line_number=1,
        quantity="1",
        receiving_location="DOCK-7",
        received_on=DAY,
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "lot_code_sequence_exhausted",
    )


def test_kdes_and_receipts_are_queryable_per_lot_code(receiving, stub, setup, receiver, request_id):
    number = setup(unique("HERB"), assigns_tlcs=True)
    lot = unique("H")[:20]
    ids = [
        receive(stub, receiver, request_id, number, supplier_lot=lot, quantity=q).id
        for q in ("3", "4")
    ]
    page = stub.ListReceivingKdes(
        pb.ListReceivingKdesRequest(lot_code=lot, page_size=1), metadata=auth(receiver)
    )
    assert [k.receipt_id for k in page.kdes] == ids[:1]
    rest = stub.ListReceivingKdes(
        pb.ListReceivingKdesRequest(lot_code=lot, page_token=page.next_page_token),
        metadata=auth(receiver),
    )
    assert ([k.receipt_id for k in rest.kdes], rest.next_page_token) == (ids[1:], "")
    with rest_client(receiving, receiver) as client:
        kdes = client.get("/v1/receiving-kdes", params={"lot_code": lot}).json()["kdes"]
        receipts = client.get("/v1/receipts", params={"lot_code": lot}).json()["receipts"]
        assert client.get("/v1/receiving-kdes").status_code == 422
        bad_token = client.get("/v1/receiving-kdes", params={"lot_code": lot, "page_token": "x"})
        assert (bad_token.status_code, bad_token.json()["code"]) == (422, "invalid_page_token")
    assert [(k["quantity"], k["traceability_lot_code"]) for k in kdes] == [("3", lot), ("4", lot)]
    assert [r["id"] for r in receipts] == ids


def test_defining_rules_is_checked_idempotent_and_for_buyers_and_admins(
    receiving, stub, buyer, receiver, token, request_id
):
    name, key = unique("RULE"), request_id()
    body = {"pattern": "{SITE}{YY}{DDD}{SEQ:3}", "site_prefix": "B7", "time_zone": "Europe/Berlin"}
    with rest_client(receiving, buyer) as client:
        first = client.put(
            f"/v1/lot-code-rules/{name}", json=body, headers={"Idempotency-Key": key}
        )
        replay = client.put(
            f"/v1/lot-code-rules/{name}", json=body, headers={"Idempotency-Key": key}
        )
        assert first.status_code == 200, first.text
        assert replay.json() == first.json()
        assert (first.json()["defined_by"], first.json()["is_default"]) == ("bea", False)
        refusals = [
            ({"pattern": "{SITE}{SEQ:3}"}, "invalid_lot_code_pattern"),
            ({"pattern": "{YYYY}{MM}{DD}-{SEQ:9}-LONGER"}, "invalid_lot_code_pattern"),
            ({"pattern": "{YY}{DDD}{SEQ:3}", "time_zone": "Mars/Olympus"}, "invalid_request"),
            ({"pattern": "{YY}{DDD}{SEQ:3}", "site_prefix": "TOO-LONG-PREFIX"}, "invalid_request"),
        ]
        for changes, code in refusals:
            response = client.put(
                f"/v1/lot-code-rules/{name}",
                json=body | changes,
                headers={"Idempotency-Key": request_id()},
            )
            assert (response.status_code, response.json()["code"]) == (422, code), changes
        listed = client.get("/v1/lot-code-rules").json()["rules"]
        assert [r["pattern"] for r in listed if r["name"] == name] == [body["pattern"]]
    redefine = pb.DefineLotCodeRuleRequest(
        request_id=request_id(), name=name, pattern="{YYYY}{DDD}{SEQ:4}"
    )
    assert (
        stub.DefineLotCodeRule(redefine, metadata=auth(token("rita", "receiving_admin"))).time_zone
        == "UTC"
    )
    assert grpc_refusal(stub.DefineLotCodeRule, redefine, receiver) == (
        grpc.StatusCode.PERMISSION_DENIED,
        "role_required",
    )


def test_one_rule_at_a_time_is_the_default(stub, setup, rule, buyer, receiver, request_id):
    name = rule("{SITE}{YY}{MM}{DD}{SEQ:3}", site_prefix="NEW")
    try:
        stub.DefineLotCodeRule(
            pb.DefineLotCodeRuleRequest(
                request_id=request_id(),
                name=name,
                pattern="{SITE}{YY}{MM}{DD}{SEQ:3}",
                site_prefix="NEW",
                make_default=True,
            ),
            metadata=auth(buyer),
        )
        rules = stub.ListLotCodeRules(pb.ListLotCodeRulesRequest(), metadata=auth(buyer)).rules
        assert [r.name for r in rules if r.is_default] == [name]
        view = receive(stub, receiver, request_id, setup(unique("PEPPER")))
        assert view.traceability_lot_code == "NEW260305001"
    finally:
        stub.DefineLotCodeRule(
            pb.DefineLotCodeRuleRequest(
                request_id=request_id(),
                name="default",
                pattern="{SITE}{YY}{MM}{DD}-{SEQ:4}",
                site_prefix="RCV",
                make_default=True,
            ),
            metadata=auth(buyer),
        )
    rules = stub.ListLotCodeRules(pb.ListLotCodeRulesRequest(), metadata=auth(buyer)).rules
    assert [r.name for r in rules if r.is_default] == ["default"]


def test_an_unknown_rule_cannot_be_given_to_an_item(stub, token, request_id):
    admin = token("rita", "receiving_admin")
    supplier = create_supplier(stub, admin, name="F", country="US")
    request = pb.ApproveSupplierItemRequest(
        request_id=request_id(),
        supplier_code=supplier,
        item_code="OKRA",
        receiving_requirements=pb.ReceivingRequirements(lot_code_rule="NO-SUCH-RULE"),
    )
    assert grpc_refusal(stub.ApproveSupplierItem, request, admin) == (
        grpc.StatusCode.NOT_FOUND,
        "lot_code_rule_not_found",
    )
    read = stub.GetSupplier(pb.GetSupplierRequest(code=supplier), metadata=auth(admin))
    assert list(read.approved_items) == []

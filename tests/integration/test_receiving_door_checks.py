"""Receiving refuses at the door what the warehouse does not know: a receipt at an unknown
location, at one that is not a dock or at a dock of a site other than the order's, an order to
an unknown site, an approval for an unknown item; and refuses with 503 and Retry-After,
accepting nothing, while the warehouse cannot answer."""

from __future__ import annotations

import grpc
import pytest

from lotflow.settings import get_settings
from protos.receiving.v1 import receiving_pb2 as pb
from protos.receiving.v1 import receiving_pb2_grpc as pb_grpc
from tests.integration.receiving_calls import (
    approved_supplier,
    create_order,
    create_supplier,
    order_line,
    post_receipt,
    received_quantities,
)
from tests.property.warehouse_world import build_site
from tests.transport import auth, grpc_channel, grpc_refusal, refusal, rest_client, unique

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(receiving):
    return pb_grpc.ReceivingServiceStub(grpc_channel(receiving))


@pytest.fixture
def order(stub, admin, buyer) -> dict:
    item = unique("FLOUR")
    supplier = approved_supplier(stub, admin, item)
    return {"number": create_order(stub, buyer, supplier, order_line(1, item, "100", "KGM"))}


def receipt(order: dict, location: str) -> dict:
    return {
        "purchase_order_number": order["number"],
        "line_number": 1,
        "quantity": "10",
        "receiving_location": location,
    }


@pytest.fixture
def warehouse_down(monkeypatch):
    """Receiving looks for the warehouse where nothing listens."""
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_a_receipt_at_an_unknown_location_is_refused_and_changes_nothing(
    receiving, order, receiver, buyer
):
    response = post_receipt(receiving, receiver, receipt(order, "DOCK-99"))
    assert refusal(response) == (422, "location_unknown")
    assert received_quantities(receiving, buyer, order) == ["0"]


def test_a_receipt_at_a_location_that_is_not_a_dock_is_refused(
    receiving, wh, order, receiver, buyer
):
    site = build_site(wh)
    for not_a_dock in (site.bins[0], site.quarantine_bin, site.storage_zone):
        response = post_receipt(receiving, receiver, receipt(order, not_a_dock))
        assert refusal(response) == (422, "location_not_a_dock")
    assert received_quantities(receiving, buyer, order) == ["0"]
    accepted = post_receipt(receiving, receiver, receipt(order, site.dock))
    assert accepted.status_code == 201, accepted.text


def test_an_order_to_a_site_is_received_only_at_that_sites_docks(
    receiving, stub, wh, admin, buyer, receiver
):
    ordered_to, elsewhere = build_site(wh), build_site(wh)
    item = unique("FLOUR")
    supplier = approved_supplier(stub, admin, item)
    number = unique("PO")
    stub.CreatePurchaseOrder(
        pb.CreatePurchaseOrderRequest(
            request_id=unique("key"),
            number=number,
            supplier_code=supplier,
            ship_to_site=ordered_to.code,
            lines=[order_line(1, item, "100", "KGM")],
        ),
        metadata=auth(buyer),
    )
    with rest_client(receiving, buyer) as client:
        read = client.get(f"/v1/purchase-orders/{number}").json()
    assert read["ship_to_site"] == ordered_to.code
    order = {"number": number}

    response = post_receipt(receiving, receiver, receipt(order, elsewhere.dock))
    assert refusal(response) == (422, "dock_of_another_site")
    assert received_quantities(receiving, buyer, order) == ["0"]
    accepted = post_receipt(receiving, receiver, receipt(order, ordered_to.dock))
    assert accepted.status_code == 201, accepted.text


def test_an_order_to_a_site_the_warehouse_does_not_know_is_refused(
    stub, wh, admin, buyer, request_id
):
    item = unique("FLOUR")
    supplier = approved_supplier(stub, admin, item)
    not_a_site = build_site(wh).dock
    for site in (unique("SITE"), not_a_site):
        request = pb.CreatePurchaseOrderRequest(
            request_id=request_id(),
            number=unique("PO"),
            supplier_code=supplier,
            ship_to_site=site,
            lines=[order_line(1, item, "100", "KGM")],
        )
        refused = grpc_refusal(stub.CreatePurchaseOrder, request, buyer)
        assert refused == (grpc.StatusCode.INVALID_ARGUMENT, "site_unknown")


def test_a_receipt_over_grpc_at_an_unknown_location_is_refused(stub, order, receiver, request_id):
    request = pb.RecordReceiptRequest(
        request_id=request_id(),
        purchase_order_number=order["number"],
        line_number=1,
        quantity="1",
        receiving_location="DOCK-99",
    )
    assert grpc_refusal(stub.RecordReceipt, request, receiver) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "location_unknown",
    )


def test_a_supplier_is_not_approved_for_an_item_the_warehouse_does_not_know(
    receiving, stub, admin, request_id
):
    supplier = create_supplier(stub, admin)
    request = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=supplier, item_code=unique("NO-ITEM")
    )
    assert grpc_refusal(stub.ApproveSupplierItem, request, admin) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "item_unknown",
    )
    read = stub.GetSupplier(pb.GetSupplierRequest(code=supplier), metadata=auth(admin))
    assert list(read.approved_items) == []


def test_while_the_warehouse_is_down_nothing_is_accepted_and_a_retry_is_invited(
    receiving, stub, order, admin, receiver, buyer, request_id, warehouse_down
):
    response = post_receipt(receiving, receiver, receipt(order, "DOCK-1"))
    assert refusal(response) == (503, "warehouse_unavailable")
    assert int(response.headers["Retry-After"]) > 0
    supplier = create_supplier(stub, admin)
    request = pb.ApproveSupplierItemRequest(
        request_id=request_id(), supplier_code=supplier, item_code=unique("ITEM")
    )
    assert grpc_refusal(stub.ApproveSupplierItem, request, admin) == (
        grpc.StatusCode.UNAVAILABLE,
        "warehouse_unavailable",
    )
    with rest_client(receiving, buyer) as client:
        lines = client.get(f"/v1/purchase-orders/{order['number']}").json()["lines"]
    assert [line["received_quantity"] for line in lines] == ["0"]


def test_the_same_request_is_accepted_once_the_warehouse_is_back(
    receiving, order, receiver, buyer, monkeypatch
):
    key = unique("req")
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    down = post_receipt(receiving, receiver, receipt(order, "DOCK-1"), key)
    monkeypatch.undo()
    get_settings.cache_clear()
    back = post_receipt(receiving, receiver, receipt(order, "DOCK-1"), key)
    assert (down.status_code, back.status_code) == (503, 201)
    assert received_quantities(receiving, buyer, order) == ["10"]

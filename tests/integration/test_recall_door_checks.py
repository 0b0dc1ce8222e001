"""Recall refuses at the door a recall whose scope names a lot the warehouse does not know,
naming every such lot, and refuses with 503 and Retry-After, writing nothing, while the
warehouse cannot answer."""

from __future__ import annotations

import grpc
import pytest

from lotflow.settings import get_settings
from protos.recall.v1 import recall_pb2_grpc as pb_grpc
from tests.integration.recall_calls import known_lot, open_over_grpc, recall_body, recall_number
from tests.transport import (
    auth,
    grpc_channel,
    grpc_failure,
    outbox_about,
    post,
    rest_client,
    unique,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(recall):
    return pb_grpc.RecallServiceStub(grpc_channel(recall))


def not_opened(recall, cora, number: str) -> bool:
    """Nothing of the refused recall was written: no recall, no event."""
    with rest_client(recall, cora) as client:
        missing = client.get(f"/v1/recalls/{number}").status_code == 404
    return missing and outbox_about(recall, number) == []


def test_a_recall_of_lots_the_warehouse_does_not_know_is_refused_naming_them(recall, cora):
    known, typo, foreign = known_lot(unique("LOT"), "FLOUR-T55"), unique("LOT"), unique("LOT")
    scope = [
        {"lot_code": known, "item_code": "FLOUR-T55"},
        {"lot_code": typo, "item_code": "FLOUR-T55"},
        {"lot_code": foreign},
    ]
    number = recall_number()
    response = post(recall, cora, "/v1/recalls", recall_body(number, scope=scope))
    assert (response.status_code, response.json()["code"]) == (422, "lot_unknown")
    assert response.json()["details"] == {
        "lot_code": typo,
        "unknown_lots": [
            {"lot_code": typo, "item_code": "FLOUR-T55"},
            {"lot_code": foreign, "item_code": None},
        ],
    }
    assert f"{typo} of item FLOUR-T55, {foreign};" in response.json()["detail"]
    assert not_opened(recall, cora, number)


def test_a_recall_of_an_unknown_lot_is_refused_over_grpc_too(recall, stub, cora, request_id):
    number = recall_number()
    scope = [{"lot_code": unique("LOT")}]
    assert grpc_failure(open_over_grpc, stub, auth(cora), number, request_id(), scope=scope) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "lot_unknown",
    )
    assert not_opened(recall, cora, number)


def test_a_lot_is_known_of_its_own_item_and_without_an_item_of_every_item_sharing_it(recall, cora):
    shared = known_lot(known_lot(unique("LOT"), "FLOUR-T55"), "BAR")
    of_another_item = recall_body(recall_number(), scope=[{"lot_code": shared, "item_code": "X"}])
    response = post(recall, cora, "/v1/recalls", of_another_item)
    assert (response.status_code, response.json()["code"]) == (422, "lot_unknown")
    of_its_item = [{"lot_code": shared, "item_code": "BAR"}]
    for scope in (of_its_item, [{"lot_code": shared}]):
        opened = post(recall, cora, "/v1/recalls", recall_body(recall_number(), scope=scope))
        assert opened.status_code == 201, opened.text


@pytest.fixture
def warehouse_down(monkeypatch):
    """Recall looks for the warehouse where nothing listens."""
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


def test_while_the_warehouse_is_down_nothing_is_accepted_and_a_retry_is_invited(
    recall, stub, cora, request_id, warehouse_down
):
    number = recall_number()
    response = post(recall, cora, "/v1/recalls", recall_body(number))
    assert (response.status_code, response.json()["code"]) == (503, "warehouse_unavailable")
    assert int(response.headers["Retry-After"]) > 0
    assert grpc_failure(open_over_grpc, stub, auth(cora), number, request_id()) == (
        grpc.StatusCode.UNAVAILABLE,
        "warehouse_unavailable",
    )
    assert not_opened(recall, cora, number)


def test_the_same_recall_is_opened_once_the_warehouse_is_back(recall, cora, monkeypatch):
    number, key = recall_number(), unique("req")
    monkeypatch.setenv("LOTFLOW_WAREHOUSE_GRPC", "127.0.0.1:1")
    get_settings.cache_clear()
    down = post(recall, cora, "/v1/recalls", recall_body(number), key)
    monkeypatch.undo()
    get_settings.cache_clear()
    back = post(recall, cora, "/v1/recalls", recall_body(number), key)
    assert (down.status_code, back.status_code) == (503, 201)
    assert [kind for kind, _ in outbox_about(recall, number)] == ["recall.opened"]

"""Production work centers over REST and gRPC: registration, reads, paging, idempotency, races."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from tests.integration.production_calls import ENGINEER, register_work_center, work_center_body
from tests.transport import (
    auth,
    events_about,
    grpc_channel,
    grpc_failure,
    outbox_about,
    rest_client,
    unique,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stub(production):
    return pb_grpc.ProductionServiceStub(grpc_channel(production))


def test_register_over_rest_then_read_it_over_grpc(production, stub, erin, token, request_id):
    code = unique("MIX")
    with rest_client(production, token("erin", ENGINEER)) as client:
        created = client.post(
            "/v1/work-centers",
            json=work_center_body(code, capacity_per_hour="1200.50", capacity_uom="KGM"),
            headers={"Idempotency-Key": request_id()},
        )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["capacity_per_hour"] == "1200.5"
    assert body["capacity_uom"] == "KGM"
    assert body["created_by"] == "erin"
    assert body["scrap_reasons"] == []

    by_code = stub.GetWorkCenter(pb.GetWorkCenterRequest(ref=code), metadata=auth(erin))
    by_id = stub.GetWorkCenter(pb.GetWorkCenterRequest(ref=body["id"]), metadata=auth(erin))
    assert by_code == by_id
    assert by_code.id == body["id"]
    assert by_code.kind == "mixing"
    assert by_code.capacity_per_hour == "1200.5"
    assert by_code.created_at.ToDatetime().year >= 2024
    assert outbox_about(production, code) == [("production.work_center_registered", body)]


def test_register_over_grpc_without_capacity(production, stub, erin, request_id):
    code = unique("PACK")
    created = stub.RegisterWorkCenter(
        pb.RegisterWorkCenterRequest(
            request_id=request_id(), code=code, name="Packer", site_code="SITE-B", kind="packing"
        ),
        metadata=auth(erin),
    )
    assert created.code == code
    assert created.capacity_per_hour == ""
    assert created.created_by == "erin"
    with rest_client(production, None) as client:
        client.headers["authorization"] = f"Bearer {erin}"
        read = client.get(f"/v1/work-centers/{code}")
    assert read.status_code == 200
    assert read.json()["capacity_per_hour"] is None
    assert read.json()["site_code"] == "SITE-B"


def test_list_by_site_pages_by_code_over_both_transports(production, stub, erin, request_id):
    site = unique("SITE")
    codes = sorted(unique(f"WC{n}") for n in range(3))
    for code in reversed(codes):
        stub.RegisterWorkCenter(
            pb.RegisterWorkCenterRequest(
                request_id=request_id(),
                code=code,
                name="Line",
                site_code=site,
                kind="filling" if code == codes[1] else "mixing",
            ),
            metadata=auth(erin),
        )
    with rest_client(production, None) as client:
        client.headers["authorization"] = f"Bearer {erin}"
        first = client.get("/v1/work-centers", params={"site_code": site, "page_size": 2}).json()
        second = client.get(
            "/v1/work-centers",
            params={"site_code": site, "page_size": 2, "page_token": first["next_page_token"]},
        ).json()
        filling = client.get("/v1/work-centers", params={"site_code": site, "kind": "filling"})
    assert [w["code"] for w in first["work_centers"]] == codes[:2]
    assert first["next_page_token"] == codes[1]
    assert [w["code"] for w in second["work_centers"]] == codes[2:]
    assert second["next_page_token"] == ""
    assert [w["code"] for w in filling.json()["work_centers"]] == [codes[1]]

    page = stub.ListWorkCenters(
        pb.ListWorkCentersRequest(site_code=site, page_size=2), metadata=auth(erin)
    )
    rest = stub.ListWorkCenters(
        pb.ListWorkCentersRequest(site_code=site, page_size=2, page_token=page.next_page_token),
        metadata=auth(erin),
    )
    assert [w.code for w in page.work_centers] + [w.code for w in rest.work_centers] == codes
    assert rest.next_page_token == ""


def test_a_replay_returns_the_first_result_and_writes_once(
    production, stub, erin, token, request_id
):
    code, key = unique("MIX"), request_id()
    with rest_client(production, token("erin", ENGINEER)) as client:
        first = client.post(
            "/v1/work-centers", json=work_center_body(code), headers={"Idempotency-Key": key}
        )
        again = client.post(
            "/v1/work-centers", json=work_center_body(code), headers={"Idempotency-Key": key}
        )
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    replayed = stub.RegisterWorkCenter(
        pb.RegisterWorkCenterRequest(request_id=key, **work_center_body(code)), metadata=auth(erin)
    )
    assert replayed.id == first.json()["id"]
    assert len(outbox_about(production, code)) == 1


def test_a_request_id_reused_with_another_body_is_refused(
    production, stub, erin, token, request_id
):
    code, other, key = unique("MIX"), unique("MIX"), request_id()
    with rest_client(production, token("erin", ENGINEER)) as client:
        assert (
            client.post(
                "/v1/work-centers", json=work_center_body(code), headers={"Idempotency-Key": key}
            ).status_code
            == 201
        )
        reused = client.post(
            "/v1/work-centers", json=work_center_body(other), headers={"Idempotency-Key": key}
        )
        assert reused.status_code == 409
        assert reused.json()["code"] == "request_id_reused"
        assert client.get(f"/v1/work-centers/{other}").status_code == 404
    status, error_code = grpc_failure(
        stub.RegisterWorkCenter,
        pb.RegisterWorkCenterRequest(request_id=key, **work_center_body(code, site="SITE-Z")),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    assert outbox_about(production, other) == []


def test_a_code_taken_already_is_a_conflict(production, stub, erin, token, request_id):
    code = unique("MIX")
    with rest_client(production, token("erin", ENGINEER)) as client:
        client.post(
            "/v1/work-centers",
            json=work_center_body(code),
            headers={"Idempotency-Key": request_id()},
        )
        clash = client.post(
            "/v1/work-centers",
            json=work_center_body(code, site="SITE-X"),
            headers={"Idempotency-Key": request_id()},
        )
    assert clash.status_code == 409
    assert clash.json()["code"] == "work_center_exists"
    status, error_code = grpc_failure(
        stub.RegisterWorkCenter,
        pb.RegisterWorkCenterRequest(request_id=request_id(), **work_center_body(code)),
        metadata=auth(erin),
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "work_center_exists")
    assert len(outbox_about(production, code)) == 1


def test_registrations_flow_out_through_the_event_feed(production, stub, erin, token, request_id):
    code = register_work_center(stub, erin, unique("FEED"))
    found = events_about(stub, code, token("feed", "event_reader"))[0]
    assert found.event_type == "production.work_center_registered"
    assert json.loads(found.payload_json)["code"] == code


def test_racing_registrations_of_one_code_create_it_once(production, token, request_id):
    racers = 4
    code = unique("RACE")
    start = threading.Barrier(racers)
    bearer = token("erin", ENGINEER)

    def race(_n: int):
        with rest_client(production, bearer) as client:
            start.wait()
            return client.post(
                "/v1/work-centers",
                json=work_center_body(code),
                headers={"Idempotency-Key": request_id()},
            )

    with ThreadPoolExecutor(racers) as pool:
        answers = list(pool.map(race, range(racers)))
    assert sorted(a.status_code for a in answers) == [201] + [409] * (racers - 1)
    assert {a.json()["code"] for a in answers if a.status_code == 409} == {"work_center_exists"}
    assert len(outbox_about(production, code)) == 1

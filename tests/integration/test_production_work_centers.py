"""Production work centers over REST and gRPC: registration, reads, paging, idempotency, races."""

from __future__ import annotations

import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from sqlalchemy import select

from lotflow.errors import ERROR_CODE_METADATA_KEY
from lotflow.kernel_schema import outbox_events
from protos.common.v1 import common_pb2
from protos.production.v1 import production_pb2 as pb
from protos.production.v1 import production_pb2_grpc as pb_grpc
from tests.conftest import grpc_channel, rest_client

pytestmark = pytest.mark.integration

ENGINEER = "production_engineer"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def events_about(service, subject: str) -> list[tuple[str, dict]]:
    """Every outbox event about `subject`, read straight from the service's database."""
    with service.database.engine.connect() as connection:
        rows = connection.execute(
            select(outbox_events.c.event_type, outbox_events.c.payload)
            .where(outbox_events.c.subject == subject)
            .order_by(outbox_events.c.position)
        ).all()
    return [(row.event_type, row.payload) for row in rows]


def grpc_failure(call, *args, **kwargs) -> tuple[grpc.StatusCode, str | None]:
    with pytest.raises(grpc.RpcError) as caught:
        call(*args, **kwargs)
    error = caught.value
    return error.code(), dict(error.trailing_metadata() or ()).get(ERROR_CODE_METADATA_KEY)


@pytest.fixture(scope="module")
def production(start_service):
    return start_service("production")


@pytest.fixture(scope="module")
def stub(production):
    return pb_grpc.ProductionServiceStub(grpc_channel(production))


@pytest.fixture
def engineer(token):
    return (("authorization", f"Bearer {token('erin', ENGINEER)}"),)


def work_center_body(code: str, site: str = "SITE-A", **extra) -> dict:
    return {"code": code, "name": f"Mixer {code}", "site_code": site, "kind": "mixing", **extra}


def test_register_over_rest_then_read_it_over_grpc(production, stub, engineer, token, request_id):
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

    by_code = stub.GetWorkCenter(pb.GetWorkCenterRequest(ref=code), metadata=engineer)
    by_id = stub.GetWorkCenter(pb.GetWorkCenterRequest(ref=body["id"]), metadata=engineer)
    assert by_code == by_id
    assert by_code.id == body["id"]
    assert by_code.kind == "mixing"
    assert by_code.capacity_per_hour == "1200.5"
    assert by_code.created_at.ToDatetime().year >= 2024
    assert events_about(production, code) == [("production.work_center_registered", body)]


def test_register_over_grpc_without_capacity(production, stub, engineer, request_id):
    code = unique("PACK")
    created = stub.RegisterWorkCenter(
        pb.RegisterWorkCenterRequest(
            request_id=request_id(), code=code, name="Packer", site_code="SITE-B", kind="packing"
        ),
        metadata=engineer,
    )
    assert created.code == code
    assert created.capacity_per_hour == ""
    assert created.created_by == "erin"
    with rest_client(production, None) as client:
        client.headers["authorization"] = engineer[0][1]
        read = client.get(f"/v1/work-centers/{code}")
    assert read.status_code == 200
    assert read.json()["capacity_per_hour"] is None
    assert read.json()["site_code"] == "SITE-B"


def test_list_by_site_pages_by_code_over_both_transports(production, stub, engineer, request_id):
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
            metadata=engineer,
        )
    with rest_client(production, None) as client:
        client.headers["authorization"] = engineer[0][1]
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
        pb.ListWorkCentersRequest(site_code=site, page_size=2), metadata=engineer
    )
    rest = stub.ListWorkCenters(
        pb.ListWorkCentersRequest(site_code=site, page_size=2, page_token=page.next_page_token),
        metadata=engineer,
    )
    assert [w.code for w in page.work_centers] + [w.code for w in rest.work_centers] == codes
    assert rest.next_page_token == ""


def test_a_replay_returns_the_first_result_and_writes_once(
    production, stub, engineer, token, request_id
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
        pb.RegisterWorkCenterRequest(request_id=key, **work_center_body(code)), metadata=engineer
    )
    assert replayed.id == first.json()["id"]
    assert len(events_about(production, code)) == 1


def test_a_request_id_reused_with_another_body_is_refused(
    production, stub, engineer, token, request_id
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
        metadata=engineer,
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "request_id_reused")
    assert events_about(production, other) == []


def test_a_code_taken_already_is_a_conflict(production, stub, engineer, token, request_id):
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
        metadata=engineer,
    )
    assert (status, error_code) == (grpc.StatusCode.ALREADY_EXISTS, "work_center_exists")
    assert len(events_about(production, code)) == 1


def test_registrations_flow_out_through_the_event_feed(
    production, stub, engineer, token, request_id
):
    code = unique("FEED")
    stub.RegisterWorkCenter(
        pb.RegisterWorkCenterRequest(request_id=request_id(), **work_center_body(code)),
        metadata=engineer,
    )
    reader = (("authorization", f"Bearer {token('feed', 'event_reader')}"),)
    found = read_feed_until(stub, reader, lambda event: event.subject == code)
    assert found.event_type == "production.work_center_registered"
    assert json.loads(found.payload_json)["code"] == code


def read_feed_until(stub, metadata, wanted, timeout: float = 10.0):
    """Page through the gRPC event feed until an event matches (the feed may lag briefly)."""
    deadline, cursor = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        page = stub.ListEvents(
            common_pb2.ListEventsRequest(after=cursor, limit=500), metadata=metadata
        )
        for event in page.events:
            if wanted(event):
                return event
        if not page.events:
            time.sleep(0.1)
        cursor = page.next_cursor
    raise AssertionError("the event did not reach the feed in time")


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
    assert len(events_about(production, code)) == 1

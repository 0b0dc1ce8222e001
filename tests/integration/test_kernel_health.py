"""Health follows the database: readiness drops while it is unreachable."""

from __future__ import annotations

import time

import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from launcher.registry import load_spec
from lotflow.db import Database
from lotflow.service_host import RunningService
from lotflow.settings import derive_database_url
from tests.transport import grpc_channel, rest_client

pytestmark = pytest.mark.integration


def test_a_service_whose_database_is_gone_reports_not_serving(pg_server_url):
    missing = Database(derive_database_url(pg_server_url, "lotflow_no_such_database"), pool_size=1)
    service = RunningService(
        load_spec("recall"),
        missing,
        host="127.0.0.1",
        grpc_port=0,
        http_port=0,
        database_check_seconds=0.1,
    ).start()
    try:
        health = health_pb2_grpc.HealthStub(grpc_channel(service))
        deadline = time.monotonic() + 10
        status = health_pb2.HealthCheckResponse.SERVING
        while status == health_pb2.HealthCheckResponse.SERVING and time.monotonic() < deadline:
            time.sleep(0.1)
            status = health.Check(health_pb2.HealthCheckRequest()).status
        assert status == health_pb2.HealthCheckResponse.NOT_SERVING
        with rest_client(service, None) as client:
            assert client.get("/healthz").status_code == 200  # alive: no restart wanted
            assert client.get("/readyz").status_code == 503
    finally:
        service.stop(grace=1)


def test_a_service_with_its_database_stays_serving(start_service):
    service = start_service("recall")
    health = health_pb2_grpc.HealthStub(grpc_channel(service))
    assert health.Check(health_pb2.HealthCheckRequest()).status == (
        health_pb2.HealthCheckResponse.SERVING
    )

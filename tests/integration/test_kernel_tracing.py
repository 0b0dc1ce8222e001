"""One trace per business action: client span -> gRPC server span -> SQL spans, one trace id."""

from __future__ import annotations

import time
import uuid

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from lotflow.grpc_client import call, open_channel
from protos.warehouse.v1 import warehouse_pb2 as pb
from protos.warehouse.v1 import warehouse_pb2_grpc as pb_grpc
from tests.transport import rest_client

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def spans() -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


def spans_of(exporter: InMemorySpanExporter, trace_id: int) -> list:
    """The finished spans of one trace, once its server span has ended.

    A server ends its span just after sending the reply, so the client may get there first.
    """
    deadline = time.monotonic() + 5
    while True:
        mine = [s for s in exporter.get_finished_spans() if s.context.trace_id == trace_id]
        if any(s.kind == trace.SpanKind.SERVER for s in mine) or time.monotonic() > deadline:
            return mine
        time.sleep(0.05)


def test_a_grpc_call_and_its_sql_share_the_callers_trace(spans, start_service, token, request_id):
    warehouse = start_service("warehouse")
    stub = pb_grpc.WarehouseServiceStub(open_channel(warehouse.grpc_target))
    code = f"T-{uuid.uuid4().hex[:8]}"
    with trace.get_tracer("test").start_as_current_span("register flour") as root:
        request = pb.RegisterItemRequest(
            request_id=request_id(), code=code, description="Flour", base_uom="KGM"
        )
        call(stub.RegisterItem, request, token=token())
    mine = spans_of(spans, root.get_span_context().trace_id)
    kinds = {s.kind for s in mine}
    assert trace.SpanKind.CLIENT in kinds and trace.SpanKind.SERVER in kinds
    assert any(s.attributes.get("db.system") == "postgresql" for s in mine), [s.name for s in mine]


def test_a_rest_call_continues_the_trace_it_is_given(spans, start_service, token):
    warehouse = start_service("warehouse")
    trace_id = uuid.uuid4().hex
    traceparent = f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"
    with rest_client(warehouse, token()) as client:
        client.get("/v1/locations", headers={"traceparent": traceparent})
    mine = spans_of(spans, int(trace_id, 16))
    assert any(s.kind == trace.SpanKind.SERVER for s in mine)
    assert any(s.attributes.get("db.system") == "postgresql" for s in mine)

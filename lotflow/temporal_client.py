"""The Temporal client every part of lotflow uses: the worker, the task inbox (which sends
Updates), services that start workflows, and the tests. One data converter (pydantic) and
one tracing interceptor, so a trace runs from the caller through the workflow into each
activity and its gRPC calls.

Workflows are started on settings.temporal_task_queue, the one place the queue is named.
"""

from __future__ import annotations

from temporalio.client import Client
from temporalio.contrib.opentelemetry import TracingInterceptor
from temporalio.contrib.pydantic import pydantic_data_converter

from lotflow.settings import Settings, get_settings


async def connect_client(settings: Settings | None = None) -> Client:
    settings = settings or get_settings()
    return await Client.connect(
        settings.temporal_address,
        namespace=settings.temporal_namespace,
        data_converter=pydantic_data_converter,
        # A client interceptor that is also a worker interceptor applies to workers built on
        # this client too, so the worker must not add it a second time.
        interceptors=[TracingInterceptor()],
    )

"""Readiness probes of the local stack: the same checks Kubernetes and operators would make.

Each probe answers once, quickly, and never raises for an unreachable target: the caller
decides how long to keep asking.
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc

from launcher.stack_settings import StackSettings
from launcher.temporal_server import WORKFLOW_SERVICE

DESCRIBE_TASK_QUEUE = "/temporal.api.workflowservice.v1.WorkflowService/DescribeTaskQueue"


@dataclass(frozen=True)
class Probe:
    ok: bool
    detail: str


def grpc_health(target: str, service: str = "", timeout: float = 1.0) -> Probe:
    with grpc.insecure_channel(target) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=service), timeout=timeout
            )
        except grpc.RpcError as error:
            return Probe(False, f"gRPC {error.code().name}")
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
    return Probe(reply.status == health_pb2.HealthCheckResponse.SERVING, status)


def http_ready(url: str, timeout: float = 1.0) -> Probe:
    try:
        response = httpx.get(url, timeout=timeout)
    except httpx.HTTPError as error:
        return Probe(False, f"HTTP {type(error).__name__}")
    return Probe(response.status_code == 200, f"HTTP {response.status_code}")


def service_ready(settings: StackSettings, service: str) -> Probe:
    """Both transports must answer: gRPC health SERVING and /readyz 200 (database reachable)."""
    health = grpc_health(settings.grpc_target(service))
    ready = http_ready(f"{settings.rest_url(service)}/readyz")
    if health.ok and ready.ok:
        return Probe(True, "SERVING")
    failed = [probe.detail for probe in (health, ready) if not probe.ok]
    return Probe(False, ", ".join(failed))


def temporal_ready(settings: StackSettings) -> Probe:
    return grpc_health(settings.temporal_address, WORKFLOW_SERVICE)


def worker_polling(settings: StackSettings, since: float, timeout: float = 2.0) -> Probe:
    """A worker polls the task queue, seen by Temporal after `since` (epoch seconds).

    Temporal remembers pollers for minutes, so older ones (a previous run's worker) don't count.
    """
    from temporalio.api.enums.v1 import TaskQueueType
    from temporalio.api.taskqueue.v1 import TaskQueue
    from temporalio.api.workflowservice.v1 import (
        DescribeTaskQueueRequest,
        DescribeTaskQueueResponse,
    )

    request = DescribeTaskQueueRequest(
        namespace=settings.temporal_namespace,
        task_queue=TaskQueue(name=settings.temporal_task_queue),
        task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    )
    with grpc.insecure_channel(settings.temporal_address) as channel:
        describe = channel.unary_unary(
            DESCRIBE_TASK_QUEUE,
            request_serializer=DescribeTaskQueueRequest.SerializeToString,
            response_deserializer=DescribeTaskQueueResponse.FromString,
        )
        try:
            reply = describe(request, timeout=timeout)
        except grpc.RpcError as error:
            return Probe(False, f"gRPC {error.code().name}")
    recent = [p for p in reply.pollers if p.last_access_time.ToSeconds() >= int(since)]
    if recent:
        return Probe(True, f"polling {settings.temporal_task_queue}")
    return Probe(False, f"not polling {settings.temporal_task_queue} yet")

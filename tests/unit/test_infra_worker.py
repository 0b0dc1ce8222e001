"""The worker and the task inbox in the manifests: what each needs to reach Temporal and the
services, and time enough to stop gracefully."""

from __future__ import annotations

import pytest

from launcher.cli import build_parser
from tests.unit.test_infra_kustomize import BUILDS, pod_containers, pod_spec
from tests.unit.test_infra_manifests import docs_of, find, main_container, pod_environment

pytestmark = pytest.mark.unit


def test_worker_runs_with_the_settings_it_needs() -> None:
    from workflows.worker import GRACEFUL_SHUTDOWN

    for build_name in BUILDS:
        deployment = find(docs_of(build_name), "Deployment", "lotflow-worker")
        worker = main_container(deployment)
        assert build_parser().parse_args(worker["args"]).command == "worker"
        grace = pod_spec(deployment)["terminationGracePeriodSeconds"]
        assert grace >= GRACEFUL_SHUTDOWN.total_seconds() + 5, "activities are cut off"
        environment = pod_environment(build_name, worker)
        # It records task events through the inbox's gRPC (LOTFLOW_TASKS_GRPC), not a database.
        assert {
            "LOTFLOW_TASKS_GRPC",
            "LOTFLOW_TEMPORAL_ADDRESS",
            "LOTFLOW_TEMPORAL_NAMESPACE",
        } <= set(environment)
        assert not [v for v in worker.get("env", []) if "DATABASE_URL" in v["name"]]


def test_task_inbox_reaches_temporal() -> None:
    """Completing a task sends a workflow Update: the inbox needs Temporal's address and
    the worker's namespace."""
    for build_name in BUILDS:
        docs = docs_of(build_name)
        worker_container = main_container(find(docs, "Deployment", "lotflow-worker"))
        worker = pod_environment(build_name, worker_container)
        deployment = find(docs, "Deployment", "lotflow-tasks")
        for container in pod_containers(deployment):
            environment = pod_environment(build_name, container)
            for name in ("LOTFLOW_TEMPORAL_ADDRESS", "LOTFLOW_TEMPORAL_NAMESPACE"):
                assert environment.get(name) == worker[name], f"{container['name']}: {name}"

"""The worker as Kubernetes runs it: a process configured by LOTFLOW_* variables that runs
workflows and exits cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from temporalio.client import WorkflowExecutionStatus

from tests.workflows.item_samples import introduction
from workflows.hold_feed.contracts import FEED_WORKFLOW_ID as HOLD_FEED_ID
from workflows.item_introduction.contracts import workflow_id_for
from workflows.item_introduction.workflow import ItemIntroductionWorkflow
from workflows.receipt_feed.contracts import FEED_WORKFLOW_ID

pytestmark = pytest.mark.workflows


def test_the_worker_process_runs_workflows_and_stops_on_sigterm(
    loop, client, temporal_settings, task_queue, start_service, tmp_path
):
    warehouse, quality = start_service("warehouse"), start_service("quality")
    environment = os.environ | {
        "LOTFLOW_TEMPORAL_ADDRESS": temporal_settings.temporal_address,
        "LOTFLOW_TEMPORAL_NAMESPACE": temporal_settings.temporal_namespace,
        "LOTFLOW_TEMPORAL_TASK_QUEUE": task_queue,
        "LOTFLOW_WAREHOUSE_GRPC": warehouse.grpc_target,
        "LOTFLOW_QUALITY_GRPC": quality.grpc_target,
        "LOTFLOW_LOG_LEVEL": "INFO",
    }
    log_path = tmp_path / "worker.log"
    command = introduction(inspected=True)

    async def introduce():
        return await client.execute_workflow(
            ItemIntroductionWorkflow.run,
            command,
            id=workflow_id_for(command.item.code),
            task_queue=task_queue,
        )

    with log_path.open("w") as log:
        worker = subprocess.Popen(
            [sys.executable, "-m", "workflows.worker"], env=environment, stderr=log
        )
        try:
            result = loop.run(introduce())
            worker.send_signal(signal.SIGTERM)
            exit_code = worker.wait(timeout=60)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()

    # The worker started the receipt and hold feed singletons; stop them so they do not poll
    # services this test never ran, or blocks stock of other tests, for the rest of the session.
    for feed_id in (FEED_WORKFLOW_ID, HOLD_FEED_ID):
        feed = client.get_workflow_handle(feed_id)
        assert loop.run(feed.describe()).status == WorkflowExecutionStatus.RUNNING
        loop.run(feed.terminate(reason="test over"))

    logs = log_path.read_text()
    assert exit_code == 0, logs
    assert result.plan_version == 1
    assert '"message": "worker stopping; letting running activities finish"' in logs
    assert '"message": "worker stopped"' in logs

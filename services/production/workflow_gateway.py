"""Production's way into Temporal: operator reports as Updates on the order's workflow
(`production-order-<number>`) and substitution requests as new substitution workflows, through
the kernel's gateway (lotflow/temporal_gateway.py), which maps the workflow's refusals to the
service's own.

The production service shares with the workflows only their contracts (what an Update takes
and answers, what a workflow is started with). `installed()` is the gateway the service's
transports use: one that connects to Temporal from settings on first use, unless `install`
put another there (a test's connected client).
"""

from __future__ import annotations

import contextlib

from temporalio.client import Client
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCError, RPCStatusCode

from lotflow.errors import LotflowError, NotFound
from lotflow.settings import get_settings
from lotflow.temporal_gateway import TemporalGateway, UpdateCall
from workflows.production_order.contracts import (
    OperationCommand,
    OperatorReport,
    workflow_id_for,
)
from workflows.substitution.contracts import WORKFLOW_NAME as SUBSTITUTION
from workflows.substitution.contracts import RequestSubstitution
from workflows.substitution.contracts import workflow_id_for as substitution_id_for


class OrderGateway(TemporalGateway):
    def __init__(self, *args, task_queue: str | None = None, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("subject", "order")
        super().__init__(*args, **kwargs)
        self._task_queue = task_queue

    @classmethod
    def of(cls, client: Client, *, task_queue: str | None = None, **kwargs) -> OrderGateway:  # noqa: ANN003
        gateway = cls(task_queue=task_queue, subject="order", **kwargs)
        gateway._client = client
        return gateway

    def report(self, update: str, command: OperationCommand) -> OperatorReport:
        """One operator Update on the order's current run, the request id as its id."""
        call = UpdateCall(
            workflow_id=workflow_id_for(command.order_number),
            run_id="",
            update=update,
            request=command,
            update_id=command.request_id,
        )
        return self.update(call, OperatorReport)

    def request_substitution(self, request: RequestSubstitution) -> str:
        """Start the substitution workflow for the request; a retried request finds the first.
        Returns the workflow id."""
        workflow_id = substitution_id_for(request.order_number, request.request_id)
        task_queue = self._task_queue or get_settings().temporal_task_queue

        async def start(client: Client) -> None:
            # Already started: the same request id started it before.
            with contextlib.suppress(WorkflowAlreadyStartedError):
                await client.start_workflow(
                    SUBSTITUTION,
                    request,
                    id=workflow_id,
                    task_queue=task_queue,
                    id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
                )

        self.read(start)
        return workflow_id

    def _rpc_failure(self, error: RPCError, workflow_id: str) -> LotflowError:
        if error.status == RPCStatusCode.NOT_FOUND:
            return NotFound(
                f"no running workflow {workflow_id}: the order is not released, or its "
                "workflow has finished",
                code="order_workflow_not_found",
            )
        return super()._rpc_failure(error, workflow_id)


_installed: list[OrderGateway] = []


def installed() -> OrderGateway:
    if not _installed:
        _installed.append(OrderGateway())
    return _installed[0]


def install(gateway: OrderGateway) -> None:
    _installed[:] = [gateway]

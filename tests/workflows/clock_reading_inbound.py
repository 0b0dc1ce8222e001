"""The inbound workflow as it would be if its code read the wall clock. Replaying a real history
against it inside the sandbox must fail, which shows the sandboxed replay test bites."""

from __future__ import annotations

from datetime import datetime

from temporalio import workflow

from workflows.inbound.contracts import WORKFLOW_NAME, InboundReceipt, InboundSettled
from workflows.inbound.workflow import InboundReceiptWorkflow


@workflow.defn(name=WORKFLOW_NAME, sandboxed=False)
class ClockReadingInbound(InboundReceiptWorkflow):
    @workflow.run
    async def run(self, command: InboundReceipt) -> InboundSettled:
        self.started_at = datetime.now()  # nondeterministic: differs on every replay
        return await super().run(command)

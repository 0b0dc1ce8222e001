"""The substitution approval as it runs: the code walks substitution.bpmn element by element.

requested -> check the substitute in production (an approved alternate of the line, valid
today, enough issuable stock) -> open the substitution in the requester's name -> approval task
for the planners or quality approvers, never the requester (segregation of duties; production
refuses the requester too), with a reminder and escalation to the production supervisors ->
approved: decided in production in the approver's name, then recorded (the substitute reserved
and staged, its line added, the order unblocked when no line is short); rejected: decided so,
and the order stays blocked with the approver's reason; the approval lapsed: the task is
withdrawn and the order stays blocked saying so -> the order's workflow is told.

The main token's path is the query `trail`; the reminder's and escalation's tokens are the
query `branch_trails`, each from the task to its end event.
"""

from __future__ import annotations

import asyncio
import contextlib

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError, FailureError

from workflows.substitution.elements import (
    APPROVAL_EXPIRED,
    APPROVAL_OVERDUE,
    APPROVAL_REMINDER,
    APPROVE_IN_PRODUCTION,
    APPROVE_SUBSTITUTION,
    APPROVERS_REMINDED,
    BLOCK_ORDER_EXPIRED,
    BLOCK_ORDER_REJECTED,
    BLOCK_ORDER_UNRECORDED,
    CHECK_SUBSTITUTE_TASK,
    DECISION_TAKEN,
    ESCALATED_TO_SUPERVISORS,
    NOTIFY_ORDER,
    OPEN_SUBSTITUTION_TASK,
    RECORD_SUBSTITUTION_TASK,
    REJECT_IN_PRODUCTION,
    SUBSTITUTE_USABLE,
    SUBSTITUTION_APPROVED,
    SUBSTITUTION_OPENED,
    SUBSTITUTION_RECORDED,
    SUBSTITUTION_REQUESTED,
    SUBSTITUTION_SETTLED,
)
from workflows.tasks.workflow import HumanTasks
from workflows.trail import BpmnTrail, business_refusal

with workflow.unsafe.imports_passed_through():
    from workflows.production_order.contracts import SUBSTITUTION_SETTLED as SETTLED_SIGNAL
    from workflows.production_order.contracts import workflow_id_for as order_workflow_id
    from workflows.substitution.contracts import (
        APPROVER_GROUPS,
        BLOCK_ORDER,
        CHECK_SUBSTITUTE,
        DECIDE_SUBSTITUTION,
        OPEN_SUBSTITUTION,
        RECORD_SUBSTITUTION,
        SUPERVISORS,
        WORKFLOW_NAME,
        BlockStep,
        CheckedSubstitute,
        DecideStep,
        Person,
        RecordStep,
        RequestSubstitution,
        SubstituteCheck,
        SubstitutionSettled,
    )
    from workflows.tasks.contracts import APPROVE_OR_REJECT, Exclusion, HumanTask, TaskCompletion

BRANCH_TRAILS_QUERY = "branch_trails"


@workflow.defn(name=WORKFLOW_NAME)
class SubstitutionWorkflow(BpmnTrail, HumanTasks):
    local_service_tasks = True

    def __init__(self) -> None:
        super().__init__()
        self._expired = False
        self._refused = ""  # production's refusal of the last decision, shown to the approvers

    @workflow.query(name=BRANCH_TRAILS_QUERY)
    def branch_trails(self) -> list[list[str]]:
        """The deadline timers' tokens, each from the approval task to its end event."""
        branches: list[list[str]] = []
        for task in self._human_tasks.values():
            branches += [[APPROVE_SUBSTITUTION, APPROVAL_REMINDER, APPROVERS_REMINDED]] * (
                task.reminders
            )
            if task.escalated_at is not None:
                branches.append([APPROVE_SUBSTITUTION, APPROVAL_OVERDUE, ESCALATED_TO_SUPERVISORS])
        return branches

    @workflow.run
    async def run(self, request: RequestSubstitution) -> SubstitutionSettled:
        settled = await self._settle(request)
        self.reached(NOTIFY_ORDER)
        if request.notify_order:
            await self._notify_order(settled)
        self.reached(SUBSTITUTION_SETTLED)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return settled

    async def _settle(self, request: RequestSubstitution) -> SubstitutionSettled:
        def settled(outcome: str, **details: str) -> SubstitutionSettled:
            return SubstitutionSettled(
                order_number=request.order_number,
                line_no=request.line_no,
                substitute_item_code=request.substitute_item_code,
                outcome=outcome,
                **details,
            )

        self.reached(SUBSTITUTION_REQUESTED)
        checked: CheckedSubstitute = await self.step(
            CHECK_SUBSTITUTE_TASK,
            CHECK_SUBSTITUTE,
            SubstituteCheck(
                order_number=request.order_number,
                line_no=request.line_no,
                substitute_item_code=request.substitute_item_code,
            ),
            result_type=CheckedSubstitute,
        )
        if not self.chose(SUBSTITUTE_USABLE, checked.sufficient and not checked.refusal):
            return settled("refused", reason=checked.refusal or "substitute stock is short")
        substitution_id, refused = await self.step(
            OPEN_SUBSTITUTION_TASK, self._refusal_as_answer, OPEN_SUBSTITUTION, request
        )
        if not self.chose(SUBSTITUTION_OPENED, not refused):
            return settled("refused", reason=refused)
        expiry = asyncio.create_task(self._expire_after(request))
        try:
            for round_ in range(1, 100):
                completion = await self.step(
                    APPROVE_SUBSTITUTION, self._approval, request, checked, substitution_id, round_
                )
                if completion is None:  # lapsed: the task was withdrawn
                    self.reached(APPROVAL_EXPIRED)
                    reason = (
                        f"substitution of {request.substitute_item_code} for line "
                        f"{request.line_no} not approved in time"
                    )
                    await self._block(BLOCK_ORDER_EXPIRED, request, reason, "expired")
                    return settled("expired", substitution_id=substitution_id, reason=reason)
                approve = self.chose(SUBSTITUTION_APPROVED, completion.outcome == "approve")
                refused = await self.step(
                    APPROVE_IN_PRODUCTION if approve else REJECT_IN_PRODUCTION,
                    self._decide,
                    round_,
                    substitution_id,
                    completion,
                    approve,
                )
                self.reached(DECISION_TAKEN)
                if refused:
                    self._refused = refused
                    continue
                who = completion.completed_by
                if approve:
                    _, refused = await self.step(
                        RECORD_SUBSTITUTION_TASK,
                        self._refusal_as_answer,
                        RECORD_SUBSTITUTION,
                        RecordStep(substitution_id=substitution_id),
                    )
                    if self.chose(SUBSTITUTION_RECORDED, not refused):
                        return settled("recorded", substitution_id=substitution_id, decided_by=who)
                    reason = f"substitution approved by {who} but not recorded: {refused}"
                    await self._block(BLOCK_ORDER_UNRECORDED, request, reason, "unrecorded")
                    return settled(
                        "refused", substitution_id=substitution_id, decided_by=who, reason=reason
                    )
                reason = (
                    f"substitution of {request.substitute_item_code} for line {request.line_no} "
                    f"rejected by {who}: {completion.reason or ''}"
                )
                await self._block(BLOCK_ORDER_REJECTED, request, reason, "rejected")
                return settled(
                    "rejected", substitution_id=substitution_id, decided_by=who, reason=reason
                )
            raise ApplicationError("too many refused rounds", type="too_many_rounds")
        finally:
            expiry.cancel()

    async def _approval(
        self,
        request: RequestSubstitution,
        checked: CheckedSubstitute,
        substitution_id: str,
        round_: int,
    ) -> TaskCompletion | None:
        deadlines = request.deadlines
        details: dict[str, object] = {
            "order_number": request.order_number,
            "line_no": request.line_no,
            "substitute_item_code": request.substitute_item_code,
            "ratio": str(checked.ratio),
            "quantity": str(checked.quantity),
            "issuable": str(checked.issuable),
            "reason": request.reason,
            "requested_by": request.requester.user,
            "substitution_id": substitution_id,
        }
        if round_ > 1 and self._refused:
            details["refused"] = self._refused
        return await self.human_task_unless(
            HumanTask(
                name="Approve material substitution",
                element_id=APPROVE_SUBSTITUTION,
                business_key=request.order_number,
                candidate_groups=APPROVER_GROUPS,
                priority=70,
                due_in=deadlines.escalate_after,
                outcomes=APPROVE_OR_REJECT,
                excluded=(
                    Exclusion(
                        user=request.requester.user,
                        why=f"{request.requester.user} requested the substitution",
                    ),
                ),
                details=details,
                remind_after=deadlines.remind_after,
                escalate_after=deadlines.escalate_after,
                escalate_to=(SUPERVISORS,),
            ),
            lambda: self._expired,
        )

    async def _expire_after(self, request: RequestSubstitution) -> None:
        await workflow.sleep(request.deadlines.expires_after)
        self._expired = True

    async def _decide(
        self, round_: int, substitution_id: str, completion: TaskCompletion, approve: bool
    ) -> str:
        """The decision in production, in the approver's name; production's refusal, if any,
        goes back to the approvers."""
        step = DecideStep(
            round=round_,
            substitution_id=substitution_id,
            approver=Person(user=completion.completed_by, roles=completion.completed_roles),
            approve=approve,
            reason=completion.reason or "",
        )
        _, refused = await self._refusal_as_answer(DECIDE_SUBSTITUTION, step)
        return refused

    async def _refusal_as_answer(self, activity: str, step: object) -> tuple[str, str]:
        """The step's answer and "", or "" and production's refusal ("code: message")."""
        try:
            return await self.call_service(activity, step, result_type=str), ""
        except (ActivityError, ApplicationError) as failure:
            refusal = business_refusal(failure)
            if refusal is None:
                raise
            return "", f"{refusal.type}: {refusal.message}"

    async def _block(
        self, element: str, request: RequestSubstitution, reason: str, why: str
    ) -> None:
        block = BlockStep(order_number=request.order_number, reason=reason, why=why)
        await self.step(element, BLOCK_ORDER, block)

    async def _notify_order(self, settled: SubstitutionSettled) -> None:
        """The order's workflow, if it runs, re-reads the order or keeps it blocked."""
        order = workflow.get_external_workflow_handle(order_workflow_id(settled.order_number))
        # No running workflow for the order (it finished, or never ran): nothing to tell.
        with contextlib.suppress(FailureError):
            await order.signal(SETTLED_SIGNAL, settled)

"""Item introduction as it runs: the code walks item_introduction.bpmn element by element.

new item -> register it in the warehouse -> inspection required? -> (yes) define its
inspection plan in quality -> item ready.
"""

from __future__ import annotations

from temporalio import workflow

from workflows.service_policy import SERVICE_CALL_TIMEOUT, SERVICE_RETRY
from workflows.trail import BpmnTrail

with workflow.unsafe.imports_passed_through():
    from workflows.item_introduction.contracts import (
        DEFINE_INSPECTION_PLAN,
        REGISTER_ITEM,
        WORKFLOW_NAME,
        DefinedPlan,
        DefinePlanStep,
        IntroduceItem,
        ItemIntroduced,
        RegisteredItem,
    )

# Element ids of item_introduction.bpmn, in the order the process meets them.
NEW_ITEM = "new_item"
REGISTER_ITEM_TASK = "register_item"
INSPECTION_REQUIRED = "inspection_required"
DEFINE_INSPECTION_PLAN_TASK = "define_inspection_plan"
INSPECTION_SETTLED = "inspection_settled"
ITEM_READY = "item_ready"


@workflow.defn(name=WORKFLOW_NAME)
class ItemIntroductionWorkflow(BpmnTrail):
    @workflow.run
    async def run(self, command: IntroduceItem) -> ItemIntroduced:
        self.passed(NEW_ITEM)

        self.passed(REGISTER_ITEM_TASK)
        item = await workflow.execute_activity(
            REGISTER_ITEM,
            command.item,
            result_type=RegisteredItem,
            start_to_close_timeout=SERVICE_CALL_TIMEOUT,
            retry_policy=SERVICE_RETRY,
        )

        self.passed(INSPECTION_REQUIRED)
        plan: DefinedPlan | None = None
        if command.inspection is not None:
            self.passed(DEFINE_INSPECTION_PLAN_TASK)
            plan = await workflow.execute_activity(
                DEFINE_INSPECTION_PLAN,
                DefinePlanStep(item_code=item.code, plan=command.inspection),
                result_type=DefinedPlan,
                start_to_close_timeout=SERVICE_CALL_TIMEOUT,
                retry_policy=SERVICE_RETRY,
            )
        self.passed(INSPECTION_SETTLED)

        self.passed(ITEM_READY)
        return ItemIntroduced(
            item_id=item.id,
            item_code=item.code,
            plan_id=plan.id if plan else None,
            plan_version=plan.version if plan else None,
        )

"""Item introduction as it runs: the code walks item_introduction.bpmn element by element.

new item -> register it in the warehouse -> inspection required? -> (yes) define its
inspection plan in quality -> item ready.
"""

from __future__ import annotations

from temporalio import workflow

from workflows.item_introduction.elements import (
    DEFINE_INSPECTION_PLAN_TASK,
    INSPECTION_REQUIRED,
    INSPECTION_SETTLED,
    ITEM_READY,
    NEW_ITEM,
    REGISTER_ITEM_TASK,
)
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


@workflow.defn(name=WORKFLOW_NAME)
class ItemIntroductionWorkflow(BpmnTrail):
    @workflow.run
    async def run(self, command: IntroduceItem) -> ItemIntroduced:
        self.reached(NEW_ITEM)
        item: RegisteredItem = await self.step(
            REGISTER_ITEM_TASK, REGISTER_ITEM, command.item, result_type=RegisteredItem
        )

        plan: DefinedPlan | None = None
        if self.chose(INSPECTION_REQUIRED, command.inspection is not None):
            plan = await self.step(
                DEFINE_INSPECTION_PLAN_TASK,
                DEFINE_INSPECTION_PLAN,
                DefinePlanStep(item_code=item.code, plan=command.inspection),
                result_type=DefinedPlan,
            )
        self.reached(INSPECTION_SETTLED)

        self.reached(ITEM_READY)
        return ItemIntroduced(
            item_id=item.id,
            item_code=item.code,
            plan_id=plan.id if plan else None,
            plan_version=plan.version if plan else None,
        )

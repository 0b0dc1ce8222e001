"""ItemIntroduction as a careless edit could leave it: the plan is defined before the item is
registered. Replaying a real history against it must fail, which shows the replay test bites."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow

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

TIMEOUT = timedelta(seconds=30)


@workflow.defn(name=WORKFLOW_NAME)
class ReorderedItemIntroduction:
    @workflow.run
    async def run(self, command: IntroduceItem) -> ItemIntroduced:
        plan = None
        if command.inspection is not None:
            step = DefinePlanStep(item_code=command.item.code, plan=command.inspection)
            plan = await workflow.execute_activity(
                DEFINE_INSPECTION_PLAN,
                step,
                result_type=DefinedPlan,
                start_to_close_timeout=TIMEOUT,
            )
        item = await workflow.execute_activity(
            REGISTER_ITEM, command.item, result_type=RegisteredItem, start_to_close_timeout=TIMEOUT
        )
        return ItemIntroduced(
            item_id=item.id,
            item_code=item.code,
            plan_id=plan and plan.id,
            plan_version=plan and plan.version,
        )

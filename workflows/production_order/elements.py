"""The element ids of production_order.bpmn, which the workflow passes and its trail records (a
test checks these constants and the model's elements are the same set). The final inspection
is inbound's, run by the same code under the same ids. Pure constants: sandbox safe."""

from workflows.inbound.elements import (  # noqa: F401 - the final inspection's elements
    DECIDE_LOT_TASK,
    DECIDE_RELEASE,
    DECISION_ACCEPTED,
    ESCALATED_TO_SUPERVISORS,
    INSPECT_LOT,
    INSPECTION_OVERDUE,
    INSPECTION_REMINDER,
    INSPECTORS_REMINDED,
    LOT_DECISION,
    OPEN_INSPECTION_TASK,
    RECORD_INSPECTION_RESULTS,
    REJECT_STOCK,
    RELEASE_STOCK,
    RESULTS_ACCEPTED,
    SPLIT_STOCK,
    STOCK_SETTLED,
)

# In the order the process meets them.
ORDER_RELEASED = "order_released"
READ_ORDER_TASK = "read_order"
STAGING_SHORT = "staging_short"
FIND_SUBSTITUTE_TASK = "find_substitute"
SUBSTITUTE_FOUND = "substitute_found"
SUBSTITUTE_AS_CHILD = "substitute_as_child"
AWAIT_SUBSTITUTION = "await_substitution"
OPERATION_LEFT = "operation_left"
RUN_OPERATION = "run_operation"
BACKFLUSH_DUE = "backflush_due"
BACKFLUSH_OPERATION_TASK = "backflush_operation"
ORDER_BACKFLUSH_DUE = "order_backflush_due"
BACKFLUSH_ORDER_TASK = "backflush_order"
PRODUCE_OUTPUT_TASK = "produce_output"
FINAL_INSPECTION_NEEDED = "final_inspection_needed"
COMPLETE_ORDER_TASK = "complete_order"
ORDER_COMPLETED = "order_completed"

# The event subprocess a step's failure starts (order_failure).
ORDER_STEP_FAILED = "order_step_failed"
BLOCK_ORDER_TASK = "block_order"
RESOLVE_ORDER_FAILURE = "resolve_order_failure"
FAILURE_RESOLUTION = "failure_resolution"
ORDER_ABANDONED = "order_abandoned"
UNBLOCK_ORDER_TASK = "unblock_order"
ORDER_RETRIED = "order_retried"

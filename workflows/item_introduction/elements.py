"""The element ids of item_introduction.bpmn, which the workflow passes and its trail records
(a test checks these constants and the model's elements are the same set). Pure constants."""

# In the order the process meets them.
NEW_ITEM = "new_item"
REGISTER_ITEM_TASK = "register_item"
INSPECTION_REQUIRED = "inspection_required"
DEFINE_INSPECTION_PLAN_TASK = "define_inspection_plan"
INSPECTION_SETTLED = "inspection_settled"
ITEM_READY = "item_ready"

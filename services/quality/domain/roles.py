"""Roles that gate quality use cases (`admin` holds every role, but never escapes segregation of
duties, which is a rule about people, not roles)."""

PLAN_ROLE = "quality_engineer"
INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"

RECALL_ROLE = "recall_coordinator"
# Lifts any hold, with a reason the hold's record and event keep: for a source that cannot act.
HOLD_OVERRIDE_ROLE = "hold_override"

# Anyone in quality who may stop a lot may hold it, a recall coordinator for a recall too; a hold
# is lifted by its authority (a recall coordinator's recall hold by one, any other by an approver).
HOLD_PLACING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
RECALL_HOLD_PLACING_ROLES = (RECALL_ROLE,)

# Opening an inspection schedules work; results and completion are the inspector's.
INSPECTION_OPENING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
INSPECTING_ROLES = (INSPECTOR_ROLE,)
DECIDING_ROLES = (APPROVER_ROLE,)

# Whoever finds a nonconformance reports it; an approver decides what happens to the stock;
# closing confirms the disposition was carried out.
NONCONFORMANCE_OPENING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
DISPOSITIONING_ROLES = (APPROVER_ROLE,)
NONCONFORMANCE_CLOSING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)

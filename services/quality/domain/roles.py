"""Roles that gate quality use cases (`admin` holds every role, but never escapes segregation of
duties, which is a rule about people, not roles)."""

PLAN_ROLE = "quality_engineer"
INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"

# Anyone who may stop a lot may hold it; lifting a hold is an approver's decision.
HOLD_PLACING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
HOLD_RELEASING_ROLES = (APPROVER_ROLE,)

# Opening an inspection schedules work; results and completion are the inspector's.
INSPECTION_OPENING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
INSPECTING_ROLES = (INSPECTOR_ROLE,)
DECIDING_ROLES = (APPROVER_ROLE,)

# Whoever finds a nonconformance reports it; an approver decides what happens to the stock;
# closing confirms the disposition was carried out.
NONCONFORMANCE_OPENING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)
DISPOSITIONING_ROLES = (APPROVER_ROLE,)
NONCONFORMANCE_CLOSING_ROLES = (INSPECTOR_ROLE, APPROVER_ROLE)

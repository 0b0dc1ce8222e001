"""Who may run each quality use case (`admin` holds every role, but never escapes segregation of
duties, which is a rule about people, not roles; `auditor` may run every read)."""

from lotflow.roles import RoleTable

PLAN_ROLE = "quality_engineer"
INSPECTOR_ROLE = "quality_inspector"
APPROVER_ROLE = "quality_approver"

RECALL_ROLE = "recall_coordinator"
# Lifts any hold, with a reason the hold's record and event keep: for a source that cannot act.
HOLD_OVERRIDE_ROLE = "hold_override"

_QUALITY = (PLAN_ROLE, INSPECTOR_ROLE, APPROVER_ROLE)

TABLE = RoleTable(
    service="quality",
    writes={
        "define_inspection_plan": (PLAN_ROLE,),
        # Opening an inspection schedules work; results and completion are the inspector's.
        "open_inspection": (INSPECTOR_ROLE, APPROVER_ROLE),
        "record_inspection_results": (INSPECTOR_ROLE,),
        "complete_inspection": (INSPECTOR_ROLE,),
        "decide_lot": (APPROVER_ROLE,),
        # Anyone in quality who may stop a lot may hold it, a recall coordinator for a recall too.
        "place_hold": (INSPECTOR_ROLE, APPROVER_ROLE),
        "place_recall_hold": (INSPECTOR_ROLE, APPROVER_ROLE, RECALL_ROLE),
        # Only the hold's authority (domain/holds.py) or an override lifts a given hold.
        "release_hold": (APPROVER_ROLE, RECALL_ROLE, HOLD_OVERRIDE_ROLE),
        # Whoever finds a nonconformance reports it; an approver decides what happens to the
        # stock; closing confirms the disposition was carried out.
        "open_nonconformance": (INSPECTOR_ROLE, APPROVER_ROLE),
        "disposition_nonconformance": (APPROVER_ROLE,),
        "close_nonconformance": (INSPECTOR_ROLE, APPROVER_ROLE),
    },
    reads={
        "get_inspection_plan": _QUALITY,
        "get_inspection_requirement": _QUALITY,
        "get_inspection": _QUALITY,
        "list_inspections": _QUALITY,
        "get_hold": (*_QUALITY, RECALL_ROLE, HOLD_OVERRIDE_ROLE),
        "list_holds": (*_QUALITY, RECALL_ROLE, HOLD_OVERRIDE_ROLE),
        "lot_quality_status": (*_QUALITY, RECALL_ROLE, HOLD_OVERRIDE_ROLE),
        "get_nonconformance": _QUALITY,
        "list_nonconformances": _QUALITY,
    },
)

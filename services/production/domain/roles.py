"""Who may run each production use case."""

from __future__ import annotations

from lotflow.roles import RoleTable

# Engineers keep the master data: work centers and their scrap reasons.
ENGINEER_ROLE = "production_engineer"
# Production staff on the floor (the warehouse's role too): they report against work centers.
OPERATOR_ROLE = "production"
# Planners run production orders: create, release, block, cancel, close; substitutions.
PLANNER_ROLE = "production_planner"
# Quality's approvers may decide a substitution too (it changes what goes into the product).
QUALITY_APPROVER_ROLE = "quality_approver"
# Who may read orders, BOMs and routings.
READERS = (ENGINEER_ROLE, PLANNER_ROLE, OPERATOR_ROLE)

# Who may run each production use case (`admin` holds every role, `auditor` may run every read).
TABLE = RoleTable(
    service="production",
    writes={
        "register_work_center": (ENGINEER_ROLE,),
        "define_scrap_reason": (ENGINEER_ROLE,),
        "deactivate_scrap_reason": (ENGINEER_ROLE,),
        # --- BOMs, routings and orders ---
        "define_bom": (ENGINEER_ROLE,),
        "define_routing": (ENGINEER_ROLE,),
        "create_order": (PLANNER_ROLE,),
        "release_order": (PLANNER_ROLE,),
        "block_order": (PLANNER_ROLE,),
        "unblock_order": (PLANNER_ROLE,),
        "cancel_order": (PLANNER_ROLE,),
        "close_order": (PLANNER_ROLE,),
        "open_substitution": (PLANNER_ROLE,),
        "decide_substitution": (PLANNER_ROLE, QUALITY_APPROVER_ROLE),
        "record_substitution": (PLANNER_ROLE,),
        # --- end of BOMs, routings and orders ---
        # --- operations, consumption, output, genealogy, WIP ---
        "record_operation_start": (OPERATOR_ROLE,),
        "record_operation_report": (OPERATOR_ROLE,),
        "record_operation_completion": (OPERATOR_ROLE,),
        "issue_material": (OPERATOR_ROLE,),
        "backflush": (OPERATOR_ROLE,),
        "produce_output": (OPERATOR_ROLE,),
        # The floor completes the order: it gives staged stock back in the warehouse's
        # production role, which planners do not hold there.
        "complete_order": (OPERATOR_ROLE,),
        # --- end of operations, consumption, output, genealogy, WIP ---
        # --- operator reports through the order's workflow ---
        "start_operation": (OPERATOR_ROLE,),
        "report_operation": (OPERATOR_ROLE,),
        "complete_operation": (OPERATOR_ROLE,),
        # The substitution is opened in the requester's name, which takes a planner.
        "request_substitution": (PLANNER_ROLE,),
        # --- end of operator reports ---
    },
    reads={
        "get_work_center": (ENGINEER_ROLE, OPERATOR_ROLE),
        "list_work_centers": (ENGINEER_ROLE, OPERATOR_ROLE),
        # --- BOMs, routings and orders ---
        "get_bom": READERS,
        "list_boms": READERS,
        "get_routing": READERS,
        "get_order": READERS,
        "list_orders": READERS,
        "check_substitute": READERS,
        # --- end of BOMs, routings and orders ---
        # --- operations, consumption, output, genealogy, WIP ---
        "get_wip": READERS,
        "list_wip_aging": READERS,
        "get_yield": READERS,
        "get_lot_genealogy": READERS,
        "get_order_genealogy": READERS,
        # --- end of operations, consumption, output, genealogy, WIP ---
    },
)

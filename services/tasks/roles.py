"""Who may run each task-service use case (`admin` holds every role, `auditor` may run every read).

The inbox itself (list, read, claim, unclaim, complete a task) is gated by the task's candidate
groups and assignee (workflows/tasks/rules.py), not by a role: every person sees their own work.
"""

from lotflow.roles import RoleTable

# Held by the workflow worker: only workflows' activities write the projection.
RECORDER_ROLE = "task_recorder"
# Operations staff watching for failed and stuck workflows.
MONITOR_ROLE = "workflow_monitor"

TABLE = RoleTable(
    service="tasks",
    writes={"record_task_event": (RECORDER_ROLE,)},
    reads={"workflow_health": (MONITOR_ROLE,)},
)

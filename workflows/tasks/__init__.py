"""Human tasks, the workflow side: what a workflow asks of a person, and how it waits.

Standard library, temporalio and pydantic only: `contracts`, `rules`, `transitions`,
`workflow` (the HumanTasks mixin) and `activities` (which keep the inbox's projection).
The inbox where people see and complete tasks is a service of its own: services/tasks.
"""

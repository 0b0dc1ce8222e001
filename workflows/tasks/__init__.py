"""Human tasks: what a workflow asks of a person, and the inbox where people do it.

Workflow side (standard library, temporalio, pydantic): `contracts`, `rules`, `transitions`,
`workflow` (the HumanTasks mixin) and `activities` (which keep the inbox's projection).
Inbox side, hosted like a service (`lotflow serve tasks`): `app` and the `inbox` package.
"""

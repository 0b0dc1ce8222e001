"""The composition root: the `lotflow` command, `lotflow up` and the registry of services.

It sits above services and workflows and imports them plainly; nothing imports it.
"""

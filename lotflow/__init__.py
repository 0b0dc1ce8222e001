"""lotflow kernel: settings, storage, errors, auth, telemetry and transport helpers.

The kernel holds no business nouns; services and workflows build on it.
"""

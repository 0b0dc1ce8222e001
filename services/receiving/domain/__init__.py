"""Receiving rules with no I/O: roles, states, quantities, units, GS1 labels and lot codes.

Nothing here touches a database or a transport (an import-linter contract checks it), so every
rule can be tested alone and is the one definition the service and its queries use.
"""

"""Warehouse rules with no I/O: vocabularies, units, expiry, status rules, FEFO and putaway.

Nothing here touches a database or a transport (an import-linter contract checks it), so every
rule can be tested alone and is the one definition the service and its queries use.
"""

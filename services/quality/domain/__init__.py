"""Quality rules with no I/O: vocabularies, states and transitions, and the checks each use case
makes before it changes anything.

Nothing here touches a database or a transport (an import-linter contract checks it), so every
rule is tested alone and is the one definition the service and its queries use.
"""

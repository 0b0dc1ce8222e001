"""Recall: recall cases (the traceability graph, trace and containment follow)."""

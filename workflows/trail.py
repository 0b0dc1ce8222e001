"""The BPMN trail a workflow walks, recorded as it goes and exposed as the query `trail`.

A workflow subclasses BpmnTrail, names the element ids it passes (constants equal to the ids in
its .bpmn file) and calls `self.passed(element_id)` on entering each one. Tests check the trail
against the model with workflows.bpmn. Pure standard library and temporalio: sandbox safe.
"""

from __future__ import annotations

from temporalio import workflow

TRAIL_QUERY = "trail"


class BpmnTrail:
    def __init__(self) -> None:
        self._trail: list[str] = []

    def passed(self, element_id: str) -> None:
        self._trail.append(element_id)

    @workflow.query(name=TRAIL_QUERY)
    def trail(self) -> list[str]:
        """The element ids passed so far, in order."""
        return list(self._trail)

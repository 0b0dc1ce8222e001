"""Helpers the inbox tests share: a sample task, starting it, people calling the inbox."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

import httpx

from lotflow.service_host import RunningService
from tests.tasks.conftest import TASK_QUEUE
from tests.tasks.single_task_workflow import SingleTaskWorkflow
from tests.transport import rest_client
from workflows.tasks.contracts import RELEASE_REJECT_OR_PARTIAL, Exclusion, HumanTask

T = TypeVar("T")

APPROVERS = "quality_approver"


def release_task(**changes: Any) -> HumanTask:
    """A lot release task for the approvers; the inspector, ines, may not release."""
    fields: dict[str, Any] = {
        "name": "Release lot",
        "element_id": "release_lot",
        "business_key": f"LOT-{uuid.uuid4().hex[:10]}",
        "candidate_groups": (APPROVERS,),
        "priority": 70,
        "due_in": timedelta(hours=4),
        "outcomes": RELEASE_REJECT_OR_PARTIAL,
        "excluded": (Exclusion(user="ines", why="ines inspected the lot"),),
        "details": {"lot_code": "L-1", "quantity": "120", "uom": "KGM"},
    }
    return HumanTask(**(fields | changes))


def start(client, on_loop, task: HumanTask):  # noqa: ANN001 - Temporal client and driver
    return on_loop(
        client.start_workflow(
            SingleTaskWorkflow.run,
            task,
            id=f"single-task:{task.business_key}",
            task_queue=TASK_QUEUE,
        )
    )


def person(
    inbox: RunningService, token: Callable[..., str], user: str, *roles: str
) -> httpx.Client:
    return rest_client(inbox, token(user, *roles))


def request_headers() -> dict[str, str]:
    return {"Idempotency-Key": f"test-{uuid.uuid4()}"}


def code_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json().get("code", "")


def eventually(probe: Callable[[], T | None], *, timeout: float = 30.0) -> T:
    """Polls until `probe` returns something truthy (the projection is written by activities)."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {probe}")
        time.sleep(0.1)


def tasks_of(person_client: httpx.Client, **query: Any) -> list[dict[str, Any]]:
    response = person_client.get("/v1/tasks", params=query)
    assert response.status_code == 200, response.text
    return response.json()["tasks"]


def opened_task(person_client: httpx.Client, business_key: str) -> dict[str, Any]:
    return eventually(lambda: next(iter(tasks_of(person_client, business_key=business_key)), None))

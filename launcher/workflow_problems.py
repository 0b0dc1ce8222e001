"""What `lotflow status` prints below its table: failed and stuck workflows, counted per process,
as the tasks service lists them (GET /v1/workflow-problems, under a short-lived token of the
workflow_monitor role signed with the configured key)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from launcher.stack_settings import StackSettings
from lotflow.auth import issue_token

MONITOR_ROLE = "workflow_monitor"
TOKEN_SECONDS = 60


@dataclass(frozen=True)
class ProblemReport:
    text: str
    any_failed: bool


def workflow_problems(settings: StackSettings, timeout: float = 10.0) -> ProblemReport:
    """The per-process counts, or why they could not be read (which counts as failed)."""
    token = issue_token(
        "lotflow-status", [MONITOR_ROLE], ttl_seconds=TOKEN_SECONDS, settings=settings
    )
    try:
        response = httpx.get(
            f"{settings.rest_url('tasks')}/v1/workflow-problems",
            headers={"authorization": f"Bearer {token}"},
            timeout=timeout,
        )
    except httpx.HTTPError as error:
        return ProblemReport(f"workflows: not read ({type(error).__name__})", True)
    if response.status_code != 200:
        return ProblemReport(f"workflows: not read (HTTP {response.status_code})", True)
    return render(response.json())


def render(view: dict) -> ProblemReport:
    processes = view["processes"]
    if not processes:
        return ProblemReport("workflows: none failed, none stuck", False)
    cells = [("process", "failed", "stuck")]
    cells += [(p["workflow_type"], str(p["failed"]), str(p["stuck"])) for p in processes]
    widths = [max(len(line[column]) for line in cells) for column in range(3)]
    text = "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in cells
    )
    return ProblemReport(text, any(p["failed"] for p in processes))

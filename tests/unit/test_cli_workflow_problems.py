"""What `lotflow status` prints of the failed and stuck workflows, and when it fails."""

from __future__ import annotations

import pytest

from launcher.workflow_problems import render

pytestmark = pytest.mark.unit


def test_counts_per_process_and_fails_when_any_workflow_failed():
    report = render(
        {
            "processes": [
                {"workflow_type": "InboundReceipt", "failed": 2, "stuck": 0},
                {"workflow_type": "ItemIntroduction", "failed": 0, "stuck": 1},
            ],
            "workflows": [],
        }
    )
    assert report.text.splitlines() == [
        "process           failed  stuck",
        "InboundReceipt    2       0",
        "ItemIntroduction  0       1",
    ]
    assert report.any_failed


def test_stuck_alone_is_shown_but_does_not_fail():
    report = render({"processes": [{"workflow_type": "X", "failed": 0, "stuck": 3}]})
    assert not report.any_failed


def test_nothing_wrong_says_so():
    report = render({"processes": [], "workflows": []})
    assert (report.text, report.any_failed) == ("workflows: none failed, none stuck", False)

"""`lotflow up` and `lotflow status`: what a person at the terminal sees of the local stack."""

from __future__ import annotations

import signal
import sys
import threading

from launcher.stack import LocalStack, StackError, StopRequested, death_report
from launcher.stack_settings import StackSettings
from launcher.stack_table import all_ok, probe_rows, render_table
from launcher.workflow_problems import workflow_problems

READY_LINE = (
    "lotflow is ready. A token for API calls: lotflow token --user <you> --roles admin\n"
    "Ctrl-C stops everything."
)


def run_up(settings: StackSettings, timeout: float) -> int:
    """Start, print where everything listens, then supervise until Ctrl-C, SIGTERM or a death."""
    stop_requested = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda *_: stop_requested.set())
    stack = LocalStack(settings, stop_requested, say=_say)
    status = 0
    try:
        stack.start(timeout)
        _say(render_table(stack.table_rows()))
        _say(READY_LINE)
        dead = stack.supervise()
        if dead is not None:
            _complain(f"{death_report(dead)}\nstopping the rest of the stack")
            status = 1
    except StopRequested:
        pass
    except StackError as error:
        _complain(str(error))
        status = 1
    finally:
        if stack.started_anything():
            _say("stopping lotflow ...")
            killed = stack.stop()
            grace = f" (killed after the grace period: {', '.join(killed)})" if killed else ""
            _say(f"lotflow stopped{grace}")
    return status


def run_status(settings: StackSettings) -> int:
    """Probe every service on both transports and Temporal, then count failed and stuck
    workflows per process; 1 if anything does not answer or any workflow failed."""
    rows = probe_rows(settings)
    _say(render_table(rows))
    if not all_ok(rows):
        return 1
    problems = workflow_problems(settings)
    _say(problems.text)
    return 1 if problems.any_failed else 0


def _say(text: str) -> None:
    print(text, flush=True)


def _complain(text: str) -> None:
    print(f"lotflow up: error: {text}", file=sys.stderr, flush=True)

"""What every singleton that follows a service's event feed shares (the receipt feed, the hold
feed): the cursor kept in the workflow's own state, reading page by page, moving the cursor on
only once a page is applied, waiting on a timer when the feed is idle, and continuing as new
after `pages_per_run` reads so the history stays bounded. Each feed names the BPMN elements of
its own model for these steps and applies a page its own way."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from pydantic import BaseModel, ConfigDict
from temporalio import workflow
from temporalio.client import Client, WorkflowHandle
from temporalio.common import WorkflowIDConflictPolicy, WorkflowIDReusePolicy
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.workflow import ParentClosePolicy

from workflows.trail import BpmnTrail

P = TypeVar("P")
F = TypeVar("F", bound="FollowFeed")


class FollowFeed(BaseModel):
    """Where a feed stands: the cursor of the last event already handled (empty: from the
    beginning) and how it polls."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    after: str = ""
    page_size: int = 100
    idle_wait: timedelta = timedelta(seconds=2)
    # Continue-as-new after this many reads, so the history stays bounded.
    pages_per_run: int = 100


class ReadPage(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    after: str
    limit: int


@dataclass(frozen=True)
class FeedElements:
    """The ids a feed's model gives the steps every feed takes."""

    followed: str
    read_page: str
    page_empty: str
    idle_wait: str
    run_full: str
    continued_as_new: str


class FeedFollower(BpmnTrail):
    def __init__(self) -> None:
        super().__init__()
        self._cursor = ""
        self._pages_read = 0

    def start_following(self, feed: FollowFeed, elements: FeedElements) -> None:
        self._cursor = feed.after
        self.reached(elements.followed)

    async def read_page(
        self, feed: FollowFeed, elements: FeedElements, activity: str, page_type: type[P]
    ) -> P:
        """The next page after the cursor, as the feed's reading activity returns it."""
        page = await self.step(
            elements.read_page,
            activity,
            ReadPage(after=self._cursor, limit=feed.page_size),
            result_type=page_type,
        )
        self._pages_read += 1
        return page

    async def page_applied(
        self, feed: FollowFeed, elements: FeedElements, next_cursor: str, events_read: int
    ) -> None:
        """Move the cursor past a page whose every event is applied, wait if the feed was idle,
        and continue as new once the run is full."""
        self._cursor = next_cursor
        if self.chose(elements.page_empty, events_read == 0):
            await self.step(elements.idle_wait, workflow.sleep, feed.idle_wait)
        run_full = (
            self._pages_read >= feed.pages_per_run or workflow.info().is_continue_as_new_suggested()
        )
        if self.chose(elements.run_full, run_full):
            self.reached(elements.continued_as_new)
            workflow.continue_as_new(feed.model_copy(update={"after": self._cursor}))


class FeedProgress(BaseModel):
    """What a feed that starts one workflow per business object has done in its current run
    (query `progress`), each list naming those objects."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cursor: str
    pages_read: int
    started: list[str]  # whose workflow this run started
    already_started: list[str]  # whose workflow id was already taken
    already_settled: list[str] = []  # settled before the feed met them


class ChildStartingFeed(FeedFollower):
    """A feed starting one workflow per open business object it meets (a receipt's inbound,
    a released order's production), each under the object's own id, never twice."""

    def __init__(self) -> None:
        super().__init__()
        self._started: list[str] = []
        self._already_started: list[str] = []
        self._already_settled: list[str] = []

    def feed_progress(self) -> FeedProgress:
        return FeedProgress(
            cursor=self._cursor,
            pages_read=self._pages_read,
            started=list(self._started),
            already_started=list(self._already_started),
            already_settled=list(self._already_settled),
        )

    def met_settled(self, keys: list[str]) -> None:
        self._already_settled += keys

    async def start_child_once(self, run: object, arg: object, *, key: str, child_id: str) -> None:
        """Start the object's workflow, abandoned when the feed closes; an id already taken
        (REJECT_DUPLICATE) means it was started before."""
        try:
            child = await workflow.start_child_workflow(
                run,
                arg,
                id=child_id,
                parent_close_policy=ParentClosePolicy.ABANDON,
                id_reuse_policy=WorkflowIDReusePolicy.REJECT_DUPLICATE,
            )
        except WorkflowAlreadyStartedError:
            self._already_started.append(key)
        else:
            # The feed does not wait for the child's outcome (that is the child's business);
            # take the result when it comes so a failure is not logged as unseen.
            child.add_done_callback(_outcome_not_awaited)
            self._started.append(key)


def _outcome_not_awaited(child: asyncio.Future) -> None:
    if not child.cancelled():
        child.exception()


async def ensure_feed(
    client: Client, run: object, feed: F, *, workflow_id: str, task_queue: str
) -> WorkflowHandle:
    """Start a feed's singleton under `workflow_id` unless it already runs (then its handle is
    returned, and the running feed keeps its cursor), so every worker replica may ask at
    startup. A feed that ended (terminated by an operator) starts again from `feed.after`."""
    return await client.start_workflow(
        run,
        feed,
        id=workflow_id,
        task_queue=task_queue,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
    )

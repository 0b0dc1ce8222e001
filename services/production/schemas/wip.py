"""WIP reads: position per operation, aging, yields."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, ShownDecimal


class GetWip(Command):
    order_number: Code | None = None
    work_center_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class WipPosition(BaseModel):
    order_number: str
    item_code: str
    seq: int
    code: str
    work_center_code: str
    status: str
    queued: ShownDecimal
    in_process: ShownDecimal
    good: ShownDecimal
    scrap: ShownDecimal
    rework_out: ShownDecimal
    rework_in: ShownDecimal
    elapsed_seconds: int
    queue_seconds: int


class WipPage(BaseModel):
    positions: list[WipPosition]
    next_page_token: str = ""


class ListWipAging(Command):
    work_center_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class WipAge(BaseModel):
    order_number: str
    seq: int
    work_center_code: str
    status: str
    quantity: ShownDecimal
    last_event_at: datetime
    age_seconds: int


class WipAgingPage(BaseModel):
    ages: list[WipAge]
    next_page_token: str = ""


class GetYield(Command):
    item_code: Code | None = None
    work_center_code: Code | None = None
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None

    @model_validator(mode="after")
    def _in_order(self) -> GetYield:
        if self.from_ and self.to and self.from_ > self.to:
            raise ValueError("from must not be after to")
        return self


class ScrapByReason(BaseModel):
    reason_code: str
    quantity: ShownDecimal


class OperationYield(BaseModel):
    item_code: str
    work_center_code: str
    good: ShownDecimal
    scrap: ShownDecimal
    rework: ShownDecimal
    yield_ratio: ShownDecimal
    scrap_by_reason: list[ScrapByReason]


class ItemYield(BaseModel):
    item_code: str
    orders: int
    planned: ShownDecimal
    produced: ShownDecimal
    yield_ratio: ShownDecimal


class YieldReport(BaseModel):
    operations: list[OperationYield]
    items: list[ItemYield]

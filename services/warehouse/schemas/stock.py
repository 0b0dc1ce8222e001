"""Read models: on-hand stock, stock by site, putaway suggestions, ledger checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from lotflow.paging import DEFAULT_PAGE_SIZE, PageToken
from lotflow.vocabulary import Code, LotCode
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.common import PageSize


class OnHandQuery(BaseModel):
    """Balances of an item, a lot, a location (a bin, or every bin under it) or a status."""

    item_code: Code | None = None
    lot_code: LotCode | None = None
    location_code: Code | None = None
    status: StockStatus | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class BalanceView(BaseModel):
    lot_code: str
    item_code: str
    location_code: str
    site_code: str
    status: StockStatus
    quantity: Decimal
    reserved: Decimal
    available_to_promise: Decimal
    base_uom: str
    expiry_date: date | None


class StatusTotal(BaseModel):
    status: StockStatus
    quantity: Decimal
    reserved: Decimal


class OnHandPage(BaseModel):
    balances: list[BalanceView]
    # Totals over every balance the filters select, not just this page (one base unit only
    # makes sense per item, so totals are given when the filters name an item or a lot).
    totals: list[StatusTotal]
    next_page_token: str = ""


class SiteStockView(BaseModel):
    site_code: str
    item_code: str
    status: StockStatus
    quantity: Decimal
    reserved: Decimal
    in_transit_to_site: Decimal
    base_uom: str


class SiteStockQuery(BaseModel):
    site_code: Code | None = None
    item_code: Code | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class SiteStockPage(BaseModel):
    rows: list[SiteStockView]
    next_page_token: str = ""


class PutawayQuery(BaseModel):
    """Where the rules would put this stock of a lot away."""

    lot_code: LotCode
    from_location_code: Code
    item_code: Code | None = None
    # Fresh receipts wait in QUARANTINE.
    status: StockStatus = StockStatus.QUARANTINE


class PutawaySuggestion(BaseModel):
    lot_code: str
    item_code: str
    status: StockStatus
    location_code: str | None
    rule_id: str | None
    why: str


class LedgerDiscrepancy(BaseModel):
    lot_id: str
    location_id: str
    status: str
    balance_qty: Decimal
    ledger_qty: Decimal
    balance_reserved: Decimal
    ledger_reserved: Decimal
    allocated: Decimal


class LedgerCheck(BaseModel):
    balances_checked: int
    discrepancies: list[LedgerDiscrepancy]

"""Finding or creating the traceability lot a receipt belongs to, and assigning its TLC.

One supplier lot of an item is one lot, however many receipts bring it. A receipt without a
supplier lot always starts a new lot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import advisory_xact_lock
from lotflow.errors import InvalidState
from lotflow.refusals import refuse_if, refused
from services.receiving.domain.lot_codes import LotCodePattern, TlcSource, tlc_source
from services.receiving.domain.receipts import LotAttributes, lot_dates_refusal
from services.receiving.models import LotCodeRule, LotCodeSequence, ReceivedLot, Supplier
from services.receiving.queries.suppliers import supplier_location

# A rule whose codes keep colliding with lots kept from suppliers gives up after this many.
MAX_CODE_ATTEMPTS = 100


@dataclass(frozen=True)
class LotRequest:
    supplier: Supplier
    item_code: str
    attributes: LotAttributes
    received_on: date
    receiving_location: str
    tlc_source_reference: str | None
    rule: LotCodeRule


def lot_for_receipt(session: Session, request: LotRequest, actor: Principal) -> ReceivedLot:
    # Lots of one item are created one transaction at a time, so the checks below hold.
    advisory_xact_lock(session, f"item:{request.item_code}")
    given = request.attributes
    if given.supplier_lot:
        lot = session.scalar(
            select(ReceivedLot).where(
                ReceivedLot.supplier_id == request.supplier.id,
                ReceivedLot.item_code == request.item_code,
                ReceivedLot.supplier_lot == given.supplier_lot,
            )
        )
        if lot is not None:
            on_record = LotAttributes(
                expiry_date=lot.expiry_date, production_date=lot.production_date
            )
            refuse_if(lot_dates_refusal(lot.lot_code, on_record, given))
            lot.expiry_date = lot.expiry_date or given.expiry_date
            lot.production_date = lot.production_date or given.production_date
            return lot
    source = tlc_source(request.supplier.assigns_traceability_lot_codes, given.supplier_lot)
    if source is TlcSource.SUPPLIER:
        assert given.supplier_lot
        lot_code = _kept_code(session, request.item_code, given.supplier_lot)
        location = supplier_location(request.supplier)
        reference = request.tlc_source_reference
    else:
        lot_code = _assigned_code(session, request)
        location, reference = request.receiving_location, None
    lot = ReceivedLot(
        item_code=request.item_code,
        lot_code=lot_code,
        tlc_source=source.value,
        tlc_source_location=location,
        tlc_source_reference=reference,
        supplier=request.supplier,
        supplier_lot=given.supplier_lot,
        expiry_date=given.expiry_date,
        production_date=given.production_date,
        created_by=actor.user,
    )
    session.add(lot)
    return lot


def _taken(session: Session, item_code: str, lot_code: str) -> bool:
    return bool(
        session.scalar(
            select(ReceivedLot.id).where(
                ReceivedLot.item_code == item_code, ReceivedLot.lot_code == lot_code
            )
        )
    )


def _kept_code(session: Session, item_code: str, supplier_lot: str) -> str:
    if _taken(session, item_code, supplier_lot):
        raise InvalidState(
            f"lot code {supplier_lot} of item {item_code} already belongs to a lot from another "
            "supplier; lot codes are unique per item",
            code="lot_code_in_use",
            lot_code=supplier_lot,
        )
    return supplier_lot


def _assigned_code(session: Session, request: LotRequest) -> str:
    rule, day = request.rule, request.received_on
    pattern = LotCodePattern.parse(rule.pattern)
    for _ in range(MAX_CODE_ATTEMPTS):
        code = pattern.render(
            site_prefix=rule.site_prefix, day=day, sequence=_next_sequence(session, rule, day)
        )
        if not _taken(session, request.item_code, code):
            return code
    raise refused(
        "lot_code_sequence_exhausted",
        f"lot-code rule {rule.name} found no free code for {day} in {MAX_CODE_ATTEMPTS} tries",
    )


def _next_sequence(session: Session, rule: LotCodeRule, day: date) -> int:
    """The rule's next number for the day; the row lock orders concurrent receipts."""
    statement = insert(LotCodeSequence).values(rule_id=rule.id, day=day, last_value=1)
    statement = statement.on_conflict_do_update(
        index_elements=[LotCodeSequence.rule_id, LotCodeSequence.day],
        set_={"last_value": LotCodeSequence.last_value + 1},
    ).returning(LotCodeSequence.last_value)
    return session.execute(statement).scalar_one()

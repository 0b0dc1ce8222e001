"""Transfers between sites: dispatched stock is in transit until received at the destination.

In-transit stock is in no bin, so no balance holds it: the transfer row does, with the status the
stock travels in (lot-wide decisions change that status like any balance's).
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Invalid, NotFound
from lotflow.idempotency import perform
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.stock import MovementType, StockStatus, check_source
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.orders import DispatchTransfer, ReceiveTransfer, TransferView
from services.warehouse.service.ledger.append import append
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.ledger.holds import arriving_status
from services.warehouse.service.transaction import utc_now

_INSERT = text(
    "INSERT INTO transfers (id, lot_id, item_id, from_location_id, to_site_id, quantity,"
    " stock_status, state, reference_number, dispatched_by, dispatched_at) VALUES (:id, :lot,"
    " :item, :source, :site, :q, :status, 'in_transit', :ref, :actor, :at)"
)
_CLAIM = text(
    "UPDATE transfers SET state = 'received', received_location_id = :location,"
    " received_by = :actor, received_at = :at WHERE id = :id AND state = 'in_transit'"
    " RETURNING lot_id, to_site_id, quantity, stock_status, reference_number"
)
_DESCRIBE = text(
    "SELECT lot.code, item.code, src.code, site.code, t.state FROM transfers t"
    " JOIN lots lot ON lot.id = t.lot_id JOIN items item ON item.id = t.item_id"
    " JOIN locations src ON src.id = t.from_location_id"
    " JOIN locations site ON site.id = t.to_site_id WHERE t.id = :id"
)


def dispatch_transfer(
    uow: UnitOfWork, *, request_id: str, command: DispatchTransfer, actor: Principal
) -> TransferView:
    roles.TABLE.require(actor, "dispatch_transfer")

    def execute(session: Session) -> TransferView:
        now = utc_now()
        lot = resolve.lot(session, command.lot_code, command.item_code)
        source = resolve.stock_location(session, command.from_location_code)
        site = resolve.location(session, command.to_site_code)
        if site.level != "site":
            raise Invalid(f"{site.code} is not a site", code="location_not_a_site")
        if site.id == source.site_id:
            raise Invalid("that is the same site; transfer between bins", code="same_site")
        check_source(MovementType.TRANSFER_OUT, command.status)
        base = to_base(command.quantity, command.uom, lot.item.base_uom, lot.item.factors)
        transfer_id = uuid.uuid4()
        session.execute(
            _INSERT,
            {
                "id": transfer_id,
                "lot": lot.id,
                "item": lot.item.id,
                "source": source.id,
                "site": site.id,
                "q": base,
                "status": command.status.value,
                "ref": command.reference_number,
                "actor": actor.user,
                "at": now,
            },
        )
        draft = Draft(
            MovementType.TRANSFER_OUT,
            lot,
            command.quantity,
            command.uom,
            base,
            [Posting(source, command.status, -base)],
            from_location=source,
            from_status=command.status,
            reference_type="TRANSFER",
            reference_number=command.reference_number or str(transfer_id)[:64],
            transfer_id=transfer_id,
            event_extra={"to_site_code": site.code},
        )
        movements = append(session, [draft], actor=actor.user, request_id=request_id, at=now)
        return TransferView(
            id=transfer_id,
            lot_code=lot.code,
            item_code=lot.item.code,
            from_location_code=source.code,
            to_site_code=site.code,
            quantity=base,
            base_uom=lot.item.base_uom,
            stock_status=command.status,
            state="in_transit",
            movements=movements,
        )

    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.dispatch_transfer",
        request=command,
        result_type=TransferView,
        execute=execute,
    )


def receive_transfer(
    uow: UnitOfWork, *, request_id: str, command: ReceiveTransfer, actor: Principal
) -> TransferView:
    roles.TABLE.require(actor, "receive_transfer")

    def execute(session: Session) -> TransferView:
        now = utc_now()
        described = session.execute(_DESCRIBE, {"id": command.transfer_id}).first()
        if described is None:
            raise NotFound(f"no transfer {command.transfer_id}", code="transfer_not_found")
        lot_code, item_code, source_code, site_code, _state = described
        lot = resolve.lot(session, lot_code, item_code)
        target = resolve.stock_location(session, command.to_location_code)
        # The lot lock first (a decision may be changing the in-transit status), then the claim.
        status = arriving_status(session, lot, StockStatus.AVAILABLE)
        claimed = session.execute(
            _CLAIM,
            {"id": command.transfer_id, "location": target.id, "actor": actor.user, "at": now},
        ).first()
        if claimed is None:
            raise Invalid("this transfer was received already", code="transfer_received")
        _lot_id, to_site_id, quantity, travelled_as, reference = claimed
        if target.site_id != to_site_id:
            raise Invalid(
                f"{target.code} is not in the destination site {site_code}",
                code="wrong_destination_site",
            )
        travelled = StockStatus(travelled_as)
        status = status if travelled is StockStatus.AVAILABLE else travelled
        draft = Draft(
            MovementType.TRANSFER_IN,
            lot,
            quantity,
            lot.item.base_uom,
            quantity,
            [Posting(target, status, quantity)],
            to_location=target,
            to_status=status,
            reference_type="TRANSFER",
            reference_number=reference or str(command.transfer_id)[:64],
            transfer_id=command.transfer_id,
            event_extra={"from_location_code": source_code},
        )
        movements = append(session, [draft], actor=actor.user, request_id=request_id, at=now)
        return TransferView(
            id=command.transfer_id,
            lot_code=lot.code,
            item_code=lot.item.code,
            from_location_code=source_code,
            to_site_code=site_code,
            quantity=quantity,
            base_uom=lot.item.base_uom,
            stock_status=status,
            state="received",
            received_location_code=target.code,
            movements=movements,
        )

    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.receive_transfer",
        request=command,
        result_type=TransferView,
        execute=execute,
    )

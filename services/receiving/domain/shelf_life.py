"""Shelf life at the door: expired goods, and goods with too little shelf life left, are refused
at receipt unless the receiver accepts them only to send them back to the supplier.

"Expired" means what the warehouse means by it (services/warehouse/domain/expiry.py): the
expiry date is the last usable day, so a lot expiring today is still usable today, at the
site's local day. A minimum remaining shelf life is set per approved supplier item, either in
days left until expiry or in percent of the lot's whole shelf life (production to expiry).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_DOWN, Decimal

from lotflow.refusals import Refusal, RefusalKind
from services.receiving.domain.receipts import LotAttributes, ReceivingRequirements

MAX_MINIMUM_DAYS = 36500
PERCENT_SHOWN = Decimal("0.01")


@dataclass(frozen=True)
class ShelfLifeMinimum:
    """What must be left of a lot's shelf life when it arrives: one of the two is set."""

    days: int | None = None
    percent: Decimal | None = None


def check_share(percent: Decimal) -> Decimal:
    """A minimum in percent of the whole shelf life: above 0, at most 100."""
    if not Decimal(0) < percent <= 100:
        raise ValueError("a minimum remaining shelf life is a percentage above 0, at most 100")
    return percent


def required_with_shelf_life(
    required: ReceivingRequirements, minimum: ShelfLifeMinimum | None
) -> ReceivingRequirements:
    """A minimum shelf life needs the dates it is judged by: the expiry date, and for a
    percentage the production date as well."""
    if minimum is None:
        return required
    return replace(
        required,
        expiry_date=True,
        production_date=required.production_date or minimum.percent is not None,
    )


def shelf_life_refusal(
    dates: LotAttributes,
    today: date,
    minimum: ShelfLifeMinimum | None,
    *,
    accepted_for_return: bool,
) -> Refusal | None:
    """Why goods with these dates may not be received today, or None if they may. Goods
    accepted only for return to the supplier are received whatever their shelf life."""
    expiry = dates.expiry_date
    if accepted_for_return or expiry is None:
        return None
    if expiry < today:
        return Refusal(
            "expired_at_receipt",
            f"the goods expired on {expiry}, before today ({today}) at the site; receive them "
            "only for return to the supplier, with a reason",
            kind=RefusalKind.INVALID,
            details={"expiry_date": str(expiry), "today": str(today)},
        )
    if minimum is None:
        return None
    left = (expiry - today).days
    if minimum.days is not None and left < minimum.days:
        return _insufficient(
            f"{left} days of shelf life are left, not the {minimum.days} days required",
            {"remaining_days": left, "minimum_days": minimum.days},
        )
    production = dates.production_date
    if minimum.percent is not None and production is not None:
        whole = (expiry - production).days
        share = Decimal(100 * left) / whole if whole else Decimal(0)
        if share < minimum.percent:
            shown = share.quantize(PERCENT_SHOWN, rounding=ROUND_DOWN).normalize()
            required = minimum.percent.normalize()
            return _insufficient(
                f"{shown:f} % of the shelf life is left ({left} of {whole} days), not the "
                f"{required:f} % required",
                {"remaining_percent": f"{shown:f}", "minimum_percent": f"{required:f}"},
            )
    return None


def _insufficient(message: str, details: dict[str, object]) -> Refusal:
    return Refusal(
        "shelf_life_insufficient",
        f"{message}; receive the goods only for return to the supplier, with a reason",
        kind=RefusalKind.INVALID,
        details=details,
    )

"""Items as the warehouse knows them, asked at the door of a production use case."""

from __future__ import annotations

from collections.abc import Iterable

from lotflow.refusals import invalid
from services.production import warehouse
from services.production.domain.boms import ItemFacts


def known_items(codes: Iterable[str]) -> dict[str, ItemFacts]:
    """The warehouse's facts of each item, or refused `item_not_found` naming the first unknown."""
    facts: dict[str, ItemFacts] = {}
    for code in dict.fromkeys(codes):
        found = warehouse.item(code)
        if found is None:
            raise invalid("item_not_found", f"the warehouse knows no item {code}", item_code=code)
        facts[code] = found
    return facts

"""The warehouse's own field types, built from the kernel's vocabulary, and the base of every
command about one lot."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema

from lotflow.errors import Invalid
from lotflow.paging import MAX_PAGE_SIZE
from lotflow.vocabulary import Code, Command, LotCode, text

# What kind of document a movement refers to: PO, ORDER, COUNT, RECEIPT, ...
ReferenceType = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Z0-9_]+$")]
# The document's number as its own system prints it.
ReferenceNumber = text(64)
Note = text(500)


class LotCommand(Command):
    """A command about one lot: its code, plus the item when two items share the code."""

    lot_code: LotCode
    item_code: Code | None = None


# Kept here until the kernel's PageSize refuses with a code of its own: warehouse clients branch
# on `invalid_page_size`, where lotflow.paging.PageSize answers `invalid_request`.
def _page_size_in_range(size: int) -> int:
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise Invalid(f"page_size must be between 1 and {MAX_PAGE_SIZE}", code="invalid_page_size")
    return size


PageSize = Annotated[
    int,
    AfterValidator(_page_size_in_range),
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}),
]

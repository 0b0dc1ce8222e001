"""Maps a rule's refusal to its error on REST, standing in for a kernel gap.

KERNEL GAP, local until lotflow.rest maps it: `create_app` registers exception handlers for
LotflowError, ValidationError and SQLAlchemyError but not for lotflow.refusals.RuleBroken, so a
refusal a use case raises reaches Starlette's catch-all error middleware, which answers and then
re-raises, and uvicorn drops the connection instead of the client reading the 4xx. Once
`RuleBroken` is in that list, delete this module and the routers' `dependencies`.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Depends

from lotflow.errors import from_refusal
from lotflow.refusals import RuleBroken


def _refusals_as_errors() -> Iterator[None]:
    try:
        yield
    except RuleBroken as broken:
        raise from_refusal(broken.refusal) from None


REFUSALS_AS_ERRORS = [Depends(_refusals_as_errors)]

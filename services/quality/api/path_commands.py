"""Commands whose subject comes from the path and whose content comes from the body."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def with_path(command_type: type[M], body: BaseModel | None, **path: str) -> M:
    """Validate the path ids exactly as gRPC's fields are (a bad id is an invalid_request);
    the body is dumped as JSON so exact decimals travel as the strings they arrived as. An
    optional body left out takes the command's defaults."""
    content = body.model_dump(mode="json") if body is not None else {}
    return command_type.model_validate({**content, **path})

"""One error hierarchy, mapped once to HTTP status + problem JSON and once to gRPC codes.

Every error has a stable machine `code` (snake_case) that clients may branch on, and a message
a person can act on. Subclasses set the category; callers pass a specific code, for example
`NotFound("no item with id ...", code="item_not_found")`.
"""

from __future__ import annotations

from typing import Any, ClassVar

import grpc

from lotflow.refusals import Refusal, RefusalKind


class LotflowError(Exception):
    http_status: ClassVar[int] = 500
    grpc_status: ClassVar[grpc.StatusCode] = grpc.StatusCode.INTERNAL
    default_code: ClassVar[str] = "internal"

    def __init__(self, message: str, *, code: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.details = details

    def problem(self) -> dict[str, Any]:
        """RFC 9457 problem details."""
        body: dict[str, Any] = {
            "type": f"urn:lotflow:error:{self.code}",
            "title": type(self).__name__,
            "status": self.http_status,
            "detail": self.message,
            "code": self.code,
        }
        if self.details:
            body["details"] = self.details
        return body


class Invalid(LotflowError):
    """The request is malformed or breaks a rule about its own content."""

    http_status = 422
    grpc_status = grpc.StatusCode.INVALID_ARGUMENT
    default_code = "invalid_request"


class NotFound(LotflowError):
    http_status = 404
    grpc_status = grpc.StatusCode.NOT_FOUND
    default_code = "not_found"


class Conflict(LotflowError):
    """The thing exists already, or a request id was reused with different content."""

    http_status = 409
    grpc_status = grpc.StatusCode.ALREADY_EXISTS
    default_code = "conflict"


class InvalidState(LotflowError):
    """The request is well formed but the current state does not allow it."""

    http_status = 409
    grpc_status = grpc.StatusCode.FAILED_PRECONDITION
    default_code = "invalid_state"


class Forbidden(LotflowError):
    http_status = 403
    grpc_status = grpc.StatusCode.PERMISSION_DENIED
    default_code = "forbidden"


class Unauthenticated(LotflowError):
    http_status = 401
    grpc_status = grpc.StatusCode.UNAUTHENTICATED
    default_code = "unauthenticated"


class Unavailable(LotflowError):
    """A dependency is down; the caller may retry."""

    http_status = 503
    grpc_status = grpc.StatusCode.UNAVAILABLE
    default_code = "unavailable"
    # What REST answers in Retry-After: outages of a dependency are usually short.
    retry_after_seconds: ClassVar[int] = 5


ERROR_CODE_METADATA_KEY = "lotflow-error-code"

_BY_GRPC_STATUS: dict[grpc.StatusCode, type[LotflowError]] = {
    cls.grpc_status: cls
    for cls in (Invalid, NotFound, Conflict, InvalidState, Forbidden, Unauthenticated, Unavailable)
}


def from_grpc(status: grpc.StatusCode, message: str, code: str | None) -> LotflowError:
    """Rebuild the error a remote service raised (clients and activities use this)."""
    cls = _BY_GRPC_STATUS.get(status, LotflowError)
    return cls(message, code=code)


_BY_REFUSAL_KIND: dict[RefusalKind, type[LotflowError]] = {
    RefusalKind.INVALID: Invalid,
    RefusalKind.INVALID_STATE: InvalidState,
    RefusalKind.FORBIDDEN: Forbidden,
    RefusalKind.NOT_FOUND: NotFound,
}


def from_refusal(refusal: Refusal) -> LotflowError:
    """The error a rule's refusal becomes at the edge."""
    return _BY_REFUSAL_KIND[refusal.kind](refusal.message, code=refusal.code, **refusal.details)

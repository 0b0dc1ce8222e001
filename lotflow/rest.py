"""The REST side of a service: app factory, bearer auth, problem JSON and shared dependencies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from lotflow.auth import ON_BEHALF_OF, ON_BEHALF_OF_ROLES, Principal, principal_from_headers
from lotflow.db import Database
from lotflow.edge import check_http_parameters
from lotflow.errors import LotflowError, NotFound, Unavailable
from lotflow.failures import as_lotflow_error, invalid_request
from lotflow.idempotency import MAX_REQUEST_ID_LENGTH
from lotflow.refusals import RuleBroken

ANONYMOUS_PATHS = frozenset({"/healthz", "/readyz"})
AUTH_HEADERS = frozenset({b"authorization", ON_BEHALF_OF.encode(), ON_BEHALF_OF_ROLES.encode()})


class FieldProblem(BaseModel):
    field: str = Field(description="Where in the request, dotted: `body.lines.0.quantity`.")
    message: str


class ProblemDetails(BaseModel):
    """What any refused or failed call answers (RFC 9457, `application/problem+json`)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(examples=["urn:lotflow:error:lot_not_found"])
    title: str = Field(description="The error's category.", examples=["NotFound"])
    status: int = Field(examples=[404])
    detail: str = Field(description="What went wrong, for a person.")
    code: str = Field(description="Stable: clients branch on it.", examples=["lot_not_found"])
    details: dict[str, Any] | None = Field(
        None,
        description="What the code says more of; for `invalid_request`, `errors` lists each "
        "field refused (FieldProblem).",
    )


PROBLEM_MEDIA_TYPE = "application/problem+json"
# Every service route answers problems in the same shape, whatever the status.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ProblemDetails, "description": "Refused: the problem says why."},
    "5XX": {"model": ProblemDetails, "description": "Failed or unavailable; retry later."},
}


def problem_response(error: LotflowError) -> JSONResponse:
    retry = isinstance(error, Unavailable)
    return JSONResponse(
        error.problem(),
        status_code=error.http_status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers={"Retry-After": str(error.retry_after_seconds)} if retry else None,
    )


class BearerAuthMiddleware:
    """Every path but health needs a valid bearer token; the principal goes to request.state.
    The path and query parameters are then held to the edge's rule (lotflow.edge)."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["path"] in ANONYMOUS_PATHS:
            await self.app(scope, receive, send)
            return
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope["headers"]
            if name.lower() in AUTH_HEADERS
        }
        try:
            principal = principal_from_headers(headers)
            check_http_parameters(scope["path"], scope.get("query_string", b""))
        except LotflowError as error:
            await problem_response(error)(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)


def _caller(request: Request) -> Principal:
    return request.state.principal


def _database(request: Request) -> Database:
    return request.app.state.database


Caller = Annotated[Principal, Depends(_caller)]
Db = Annotated[Database, Depends(_database)]
RequestId = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=MAX_REQUEST_ID_LENGTH,
        description="Unique per intended change; a replay returns the first result.",
    ),
]


def create_app(service: str, database: Database, routers: list[APIRouter], version: str) -> FastAPI:
    app = FastAPI(title=f"lotflow {service}", version=version)
    app.state.database = database

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        return {"status": "SERVING"}

    @app.get("/readyz", tags=["health"])
    def readyz() -> JSONResponse:
        if database.reachable():
            return JSONResponse({"status": "SERVING"})
        return JSONResponse({"status": "NOT_SERVING"}, status_code=503)

    for router in routers:
        app.include_router(router, responses=PROBLEM_RESPONSES)
    app.openapi = _with_problem_media_type(app)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        return problem_response(invalid_request(list(error.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 404:
            return problem_response(NotFound("no such resource", code="route_not_found"))
        problem = LotflowError(str(error.detail), code=f"http_{error.status_code}").problem()
        problem["status"] = error.status_code
        return JSONResponse(problem, error.status_code, media_type=PROBLEM_MEDIA_TYPE)

    @app.exception_handler(Exception)
    async def _any_error(_request: Request, error: Exception) -> JSONResponse:
        return problem_response(as_lotflow_error(error))

    for error_type in (LotflowError, RuleBroken, ValidationError, SQLAlchemyError):
        app.add_exception_handler(error_type, _any_error)

    app.add_middleware(BearerAuthMiddleware)
    return app


def _with_problem_media_type(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI documents a response model as application/json; problems are served as
    application/problem+json, and the OpenAPI says so."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    for status, response in operation.get("responses", {}).items():
                        content = response.get("content", {})
                        if status[0] in "45" and "application/json" in content:
                            content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        return app.openapi_schema

    return openapi

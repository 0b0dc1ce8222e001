"""Bearer JWT authentication and role checks.

Tokens carry `sub` (the user) and `roles`. Locally they are signed with HS256 by the dev signer
(`lotflow token`); in production the key is configured (`LOTFLOW_JWT_SECRET`) or fetched from
a JWKS endpoint (`LOTFLOW_JWKS_URL`). Segregation of duties is a domain rule, not checked here.

Acting for a person: a caller holding DELEGATE_ROLE (the workflow worker) may name, beside its
own token, the person it acts for (`lotflow-on-behalf-of`) and the roles that person acted in
(`lotflow-on-behalf-of-roles`, comma separated), as headers or gRPC metadata; the person's name
is percent-encoded UTF-8, as header values are ASCII. The call then runs
as that person, with no role the delegate does not hold itself, and records who relayed it.
The worker does so for what people decided in tasks whose completion the inbox authenticated,
and only in roles the person's own token held (`roles_held`): a `group:` membership lets a
person claim a task, it grants no role, so it never reaches the call relayed for them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

import jwt

from lotflow.errors import Forbidden, Invalid, Unauthenticated
from lotflow.settings import Settings, get_settings

# Holds every role: for operators and the workflow worker in development.
ADMIN_ROLE = "admin"
# May act for a person, with no more than its own roles.
DELEGATE_ROLE = "delegate"
ON_BEHALF_OF = "lotflow-on-behalf-of"
ON_BEHALF_OF_ROLES = "lotflow-on-behalf-of-roles"
# A membership of a group of people (a shift, a task queue), never a role.
GROUP_PREFIX = "group:"


@dataclass(frozen=True)
class Principal:
    user: str
    roles: frozenset[str] = field(default_factory=frozenset)
    # The delegate that relayed this person's call, if the person did not call themselves.
    via: str | None = None

    def has_role(self, role: str) -> bool:
        return role in self.roles or ADMIN_ROLE in self.roles

    def require(self, *roles: str) -> None:
        """Allow the call if the principal holds any of `roles`."""
        if not any(self.has_role(role) for role in roles):
            raise Forbidden(
                f"{self.user} needs one of the roles {', '.join(sorted(roles))}",
                code="role_required",
            )


def issue_token(
    user: str, roles: list[str], *, ttl_seconds: int = 12 * 3600, settings: Settings | None = None
) -> str:
    settings = settings or get_settings()
    now = int(time.time())
    claims = {
        "sub": user,
        "roles": sorted(set(roles)),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": now + ttl_seconds,
    }
    return jwt.encode(claims, settings.signing_secret(), algorithm="HS256")


@lru_cache
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True)


# Verified tokens, reused until they expire: every call carries one, and checking a signature
# again on each call costs more than some calls themselves.
_VERIFIED: dict[tuple[str, ...], tuple[Principal, float]] = {}
_VERIFIED_LIMIT = 4096


def verify_token(token: str, *, settings: Settings | None = None) -> Principal:
    settings = settings or get_settings()
    key = (
        token,
        settings.jwks_url or settings.signing_secret(),
        settings.jwt_issuer,
        settings.jwt_audience,
    )
    cached = _VERIFIED.get(key)
    if cached is not None and cached[1] > time.time():
        return cached[0]
    principal, expires_at = _verify(token, settings)
    if len(_VERIFIED) >= _VERIFIED_LIMIT:
        _VERIFIED.clear()
    _VERIFIED[key] = (principal, expires_at)
    return principal


def _verify(token: str, settings: Settings) -> tuple[Principal, float]:
    try:
        if settings.jwks_url:
            key = _jwks_client(settings.jwks_url).get_signing_key_from_jwt(token).key
            algorithms = ["RS256", "ES256"]
        else:
            key, algorithms = settings.signing_secret(), ["HS256"]
        claims = jwt.decode(
            token,
            key,
            algorithms=algorithms,
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": ["sub", "exp"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("the token has expired", code="token_expired") from None
    except jwt.PyJWTError as error:
        raise Unauthenticated(f"the token is not valid: {error}", code="invalid_token") from None
    roles = claims.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise Unauthenticated(
            "the token's roles claim must be a list of strings", code="invalid_token"
        )
    return Principal(user=str(claims["sub"]), roles=frozenset(roles)), float(claims["exp"])


def roles_held(person_roles: Iterable[str], *needed: str) -> tuple[str, ...]:
    """Those of `needed` a person's token holds (admin holds every role, a group none): what a
    delegate may act in for them."""
    held = frozenset(person_roles)
    return tuple(role for role in needed if role in held or ADMIN_ROLE in held)


def acting_for(caller: Principal, person: str | None, roles: str | None) -> Principal:
    """The principal a call runs as: the caller, or the person a delegate names."""
    if person is None and roles is None:
        return caller
    if not caller.has_role(DELEGATE_ROLE):
        raise Forbidden(
            f"{caller.user} may not act on behalf of others", code="delegation_not_allowed"
        )
    person = unquote(person or "").strip()
    asserted = frozenset(role.strip() for role in (roles or "").split(",") if role.strip())
    if not person:
        raise Invalid(
            f"name the person in {ON_BEHALF_OF} beside {ON_BEHALF_OF_ROLES}",
            code="delegation_invalid",
        )
    beyond = sorted(
        role
        for role in asserted
        if role == ADMIN_ROLE or role.startswith(GROUP_PREFIX) or not caller.has_role(role)
    )
    if beyond:
        raise Forbidden(
            f"{caller.user} cannot act in roles it does not hold: {', '.join(beyond)}",
            code="delegation_beyond_roles",
        )
    return Principal(user=person, roles=asserted, via=caller.user)


def principal_from_headers(headers: Mapping[str, str]) -> Principal:
    """The principal of a call from its headers (or gRPC metadata), keys in lower case."""
    caller = principal_from_header(headers.get("authorization"))
    return acting_for(caller, headers.get(ON_BEHALF_OF), headers.get(ON_BEHALF_OF_ROLES))


def principal_from_header(authorization: str | None) -> Principal:
    if not authorization:
        raise Unauthenticated(
            "this call needs an 'authorization: Bearer <token>' header", code="token_missing"
        )
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(
            "the authorization header must be 'Bearer <token>'", code="token_missing"
        )
    return verify_token(token.strip())


# The caller of the gRPC method being served (set by the server interceptor).
current_principal: ContextVar[Principal] = ContextVar("current_principal")

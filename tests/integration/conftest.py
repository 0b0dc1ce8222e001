"""Fixtures the integration tests share: each service running, and the people who call them.

A person fixture is the bearer token of one user in one role; `tests.transport.auth` turns it
into gRPC metadata.
"""

from __future__ import annotations

import pytest

from lotflow.service_host import RunningService
from tests.integration.quality_calls import define_plan
from tests.integration.recall_calls import register_recalled_lots
from tests.integration.receiving_calls import register_docks
from tests.property.warehouse_world import Warehouse
from tests.transport import grpc_channel, unique


@pytest.fixture(scope="module")
def warehouse(start_service) -> RunningService:
    return start_service("warehouse")


@pytest.fixture(scope="module")
def receiving(start_service, receiving_docks) -> RunningService:
    return start_service("receiving")


@pytest.fixture(scope="session")
def receiving_docks(start_service, token) -> tuple[str, ...]:
    """The dock bins the receiving tests receive at (receiving checks them in the warehouse)."""
    return register_docks(Warehouse(grpc_channel(start_service("warehouse")), token()))


@pytest.fixture(scope="module")
def quality(start_service) -> RunningService:
    return start_service("quality")


@pytest.fixture(scope="module")
def production(start_service) -> RunningService:
    return start_service("production")


@pytest.fixture(scope="module")
def recall(start_service, recalled_lots) -> RunningService:
    return start_service("recall")


@pytest.fixture(scope="session")
def recalled_lots(start_service) -> None:
    """The lots the recall tests recall, known to the warehouse (recall checks them there)."""
    start_service("warehouse")
    register_recalled_lots()


# -- warehouse ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wh(warehouse, token) -> Warehouse:
    """The warehouse's gRPC client, calling as a clerk."""
    return Warehouse(grpc_channel(warehouse), token("clerk"))


# -- receiving ----------------------------------------------------------------------------------


@pytest.fixture
def admin(token) -> str:
    return token("rita", "receiving_admin")


@pytest.fixture
def buyer(token) -> str:
    return token("bea", "buyer")


@pytest.fixture
def receiver(token) -> str:
    return token("rick", "receiver")


@pytest.fixture
def reader(token) -> str:
    # An integration: follows the event feeds and reads what they name.
    return token("feed", "event_reader", "auditor")


# -- quality ------------------------------------------------------------------------------------


@pytest.fixture
def engineer(token) -> str:
    return token("eva", "quality_engineer")


@pytest.fixture(scope="module")
def item(quality, token) -> str:
    """An item with an inspection plan for any supplier."""
    item = unique("FLOUR")
    define_plan(quality, token("eva", "quality_engineer"), item)
    return item


@pytest.fixture
def ivan(token) -> str:
    return token("ivan", "quality_inspector")


@pytest.fixture
def anna(token) -> str:
    return token("anna", "quality_approver")


# -- production and recall ----------------------------------------------------------------------


@pytest.fixture
def erin(token) -> str:
    return token("erin", "production_engineer")


@pytest.fixture
def cora(token) -> str:
    return token("cora", "recall_coordinator")

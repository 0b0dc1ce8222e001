"""Quality REST routes under /v1: each calls one service or query function."""

from services.quality.api import holds, inspections, nonconformances, plans

routers = (plans.router, holds.router, inspections.router, nonconformances.router)

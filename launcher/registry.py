"""Every component hosted like a service, by name: its `app.spec`, imported when first asked.

Each loader imports one service plainly, so `lotflow serve recall` loads recall alone and a
service that fails to import is reported by its name. The names are lotflow.settings.COMPONENTS.
"""

from __future__ import annotations

from collections.abc import Callable

from lotflow.service_spec import ServiceSpec


class UnknownService(LookupError):
    """A name that is not one of the registered services."""


def _receiving() -> ServiceSpec:
    from services.receiving.app import spec

    return spec


def _quality() -> ServiceSpec:
    from services.quality.app import spec

    return spec


def _warehouse() -> ServiceSpec:
    from services.warehouse.app import spec

    return spec


def _production() -> ServiceSpec:
    from services.production.app import spec

    return spec


def _recall() -> ServiceSpec:
    from services.recall.app import spec

    return spec


def _tasks() -> ServiceSpec:
    from services.tasks.app import spec

    return spec


LOADERS: dict[str, Callable[[], ServiceSpec]] = {
    "receiving": _receiving,
    "quality": _quality,
    "warehouse": _warehouse,
    "production": _production,
    "recall": _recall,
    "tasks": _tasks,
}


def load_spec(service: str) -> ServiceSpec:
    """The spec that `services.<service>.app` publishes."""
    loader = LOADERS.get(service)
    if loader is None:
        known = ", ".join(LOADERS)
        raise UnknownService(f"No module named 'services.{service}' is registered (known: {known})")
    return loader()

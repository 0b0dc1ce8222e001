"""The launcher's registry of services: every hosted component, each under its own name."""

from __future__ import annotations

import pytest

from launcher.registry import LOADERS, UnknownService, load_spec
from lotflow.settings import COMPONENTS

pytestmark = pytest.mark.unit


def test_the_registry_hosts_every_component_of_the_settings_under_its_own_name():
    assert tuple(LOADERS) == COMPONENTS
    for name in COMPONENTS:
        spec = load_spec(name)
        assert spec.name == name
        assert (spec.migrations_dir / "env.py").is_file()


def test_an_unknown_service_is_refused_with_the_names_known():
    with pytest.raises(UnknownService, match="known: receiving, quality"):
        load_spec("inventory")

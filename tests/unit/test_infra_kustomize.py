"""A small offline kustomize for the manifests under infra/, and its own tests.

`build(folder)` resolves a kustomization the way `kustomize build` does for the features
infra/ uses: resources (files and folders), components, configMapGenerator (envs, literals,
files; create/merge), patches (strategic merge and JSON 6902, by path or inline, with
targets), replicas, images and namespace. Generated ConfigMaps keep their plain names (no
hash suffix). A field it does not know is an error, never silently ignored; where kubectl is
installed, test_infra_loader.py checks that it agrees with `kubectl kustomize`.

(Named test_infra_* to live beside the tests that use it; it holds no test itself.)
"""

from __future__ import annotations

import copy
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
K8S = INFRA / "k8s"
BUILDS = {
    "base": K8S / "base",
    "dev": K8S / "overlays" / "dev",
    "production": K8S / "overlays" / "production",
}
KNOWN_FIELDS = {
    "apiVersion",
    "kind",
    "resources",
    "components",
    "configMapGenerator",
    "patches",
    "replicas",
    "images",
    "namespace",
}
Doc = dict[str, Any]


class KustomizeError(ValueError):
    pass


def load_docs(path: Path) -> list[Doc]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def read_kustomization(folder: Path) -> Doc:
    path = folder / "kustomization.yaml"
    if not path.is_file():
        raise KustomizeError(f"{folder} has no kustomization.yaml")
    spec = yaml.safe_load(path.read_text())
    unknown = set(spec) - KNOWN_FIELDS
    if unknown:
        raise KustomizeError(f"{path}: fields this loader does not handle: {sorted(unknown)}")
    return spec


@cache
def build_cached(folder: Path) -> tuple[Doc, ...]:
    return tuple(build(folder))


def build(folder: Path) -> list[Doc]:
    spec = read_kustomization(folder)
    if spec.get("kind", "Kustomization") != "Kustomization":
        raise KustomizeError(f"{folder} is a {spec['kind']}, not a Kustomization")
    return _apply(spec, folder, [])


def _apply(spec: Doc, folder: Path, docs: list[Doc]) -> list[Doc]:
    docs = [*docs]
    for entry in spec.get("resources", []):
        path = (folder / entry).resolve()
        docs += build(path) if path.is_dir() else [copy.deepcopy(d) for d in load_docs(path)]
    for entry in spec.get("components", []):
        component_dir = (folder / entry).resolve()
        component = read_kustomization(component_dir)
        if component.get("kind") != "Component":
            raise KustomizeError(f"{component_dir} is listed as a component but is not one")
        docs = _apply(component, component_dir, docs)
    for generator in spec.get("configMapGenerator", []):
        _generate_configmap(generator, folder, docs)
    for entry in spec.get("patches", []):
        _patch(entry, folder, docs)
    for entry in spec.get("replicas", []):
        targets = [d for d in docs if d["kind"] == "Deployment" and _name(d) == entry["name"]]
        if not targets:
            raise KustomizeError(f"replicas: no Deployment {entry['name']}")
        for doc in targets:
            doc["spec"]["replicas"] = entry["count"]
    for entry in spec.get("images", []):
        for doc in docs:
            for container in pod_containers(doc):
                container["image"] = _retag(container["image"], entry)
    if "namespace" in spec:
        for doc in docs:
            doc["metadata"]["namespace"] = spec["namespace"]
    return docs


def _name(doc: Doc) -> str:
    return doc["metadata"]["name"]


def _file_inside(folder: Path, entry: str) -> Path:
    """Files that generators and patches load must lie inside the kustomization's folder."""
    path = (folder / entry).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise KustomizeError(f"{entry} is outside {folder} (kustomize's load restrictor)")
    if not path.is_file():
        raise KustomizeError(f"{folder}: {entry} does not exist")
    return path


def parse_env_file(text: str) -> dict[str, str]:
    data = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, sep, value = line.partition("=")
            if not sep:
                raise KustomizeError(f"env file line without '=': {line!r}")
            data[key.strip()] = value
    return data


def _generate_configmap(generator: Doc, folder: Path, docs: list[Doc]) -> None:
    data: dict[str, str] = {}
    for entry in generator.get("envs", []):
        data.update(parse_env_file(_file_inside(folder, entry).read_text()))
    for literal in generator.get("literals", []):
        key, _, value = literal.partition("=")
        data[key] = value
    for entry in generator.get("files", []):
        key, _, source = entry.rpartition("=") if "=" in entry else ("", "", entry)
        path = _file_inside(folder, source)
        data[key or path.name] = path.read_text()
    name = generator["name"]
    behavior = generator.get("behavior", "create")
    existing = [d for d in docs if d["kind"] == "ConfigMap" and _name(d) == name]
    if behavior == "create":
        if existing:
            raise KustomizeError(f"ConfigMap {name} is generated twice")
        labels = generator.get("options", {}).get("labels", {})
        docs.append(
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": name, **({"labels": dict(labels)} if labels else {})},
                "data": data,
            }
        )
    elif behavior in ("merge", "replace"):
        if len(existing) != 1:
            raise KustomizeError(f"behavior {behavior}: no ConfigMap {name} to {behavior}")
        target = existing[0]
        target["data"] = {**target.get("data", {}), **data} if behavior == "merge" else data
    else:
        raise KustomizeError(f"unknown generator behavior {behavior!r}")


def _patch(entry: Doc, folder: Path, docs: list[Doc]) -> None:
    text = _file_inside(folder, entry["path"]).read_text() if "path" in entry else entry["patch"]
    body = yaml.safe_load(text)
    target = entry.get("target")
    if isinstance(body, list):
        if not target:
            raise KustomizeError("a JSON 6902 patch needs a target")
        matched = [d for d in docs if _matches(d, target)]
        for doc in matched:
            for operation in body:
                _json6902(doc, operation)
    else:
        target = target or {"kind": body["kind"], "name": re.escape(_name(body))}
        matched = [d for d in docs if _matches(d, target)]
        for doc in matched:
            merged = strategic_merge(doc, body)
            doc.clear()
            doc.update(merged)
    if not matched:
        raise KustomizeError(f"patch {entry.get('path', '(inline)')} matches no resource")


def _matches(doc: Doc, target: Doc) -> bool:
    group, _, version = doc["apiVersion"].rpartition("/")
    if "kind" in target and doc["kind"] != target["kind"]:
        return False
    if "group" in target and group != target["group"]:
        return False
    if "version" in target and version != target["version"]:
        return False
    if "name" in target and not re.fullmatch(target["name"], _name(doc)):
        return False
    labels = doc["metadata"].get("labels", {})
    for requirement in filter(None, target.get("labelSelector", "").split(",")):
        key, _, value = requirement.partition("=")
        if labels.get(key.strip()) != value.strip():
            return False
    return True


def _json6902(doc: Doc, operation: Doc) -> None:
    *parents, last = [
        p.replace("~1", "/").replace("~0", "~") for p in operation["path"][1:].split("/")
    ]
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    op = operation["op"]
    if isinstance(node, list):
        index = len(node) if last == "-" else int(last)
        if op == "add":
            node.insert(index, operation["value"])
        elif op == "replace":
            node[index] = operation["value"]
        elif op == "remove":
            del node[index]
        else:
            raise KustomizeError(f"unsupported JSON patch op {op!r}")
    elif op in ("add", "replace"):
        if op == "replace" and last not in node:
            raise KustomizeError(f"replace of a missing path {operation['path']}")
        node[last] = operation["value"]
    elif op == "remove":
        if last not in node:
            raise KustomizeError(f"remove of a missing path {operation['path']}")
        del node[last]
    else:
        raise KustomizeError(f"unsupported JSON patch op {op!r}")


MERGE_KEYS = {"volumeMounts": "mountPath", "ports": "containerPort"}


def strategic_merge(base: Any, patch: Any, field: str = "") -> Any:
    """The part of strategic merge that Kubernetes manifests need: maps merge key by key
    (null deletes), lists of named items merge by their merge key, other lists replace."""
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = copy.deepcopy(base)
        for key, value in patch.items():
            if value is None:
                merged.pop(key, None)
            elif key in merged:
                merged[key] = strategic_merge(merged[key], value, key)
            else:
                merged[key] = copy.deepcopy(value)
        return merged
    key = MERGE_KEYS.get(field, "name")
    if (
        isinstance(base, list)
        and isinstance(patch, list)
        and all(isinstance(i, dict) and key in i for i in [*base, *patch])
    ):
        merged = copy.deepcopy(base)
        for item in patch:
            index = next((n for n, old in enumerate(merged) if old[key] == item[key]), None)
            if item.get("$patch") == "delete":
                if index is not None:
                    del merged[index]
            elif index is None:
                merged.append(copy.deepcopy(item))
            else:
                merged[index] = strategic_merge(merged[index], item, field)
        return merged
    return copy.deepcopy(patch)


def split_image(image: str) -> tuple[str, str | None]:
    name, _, _digest = image.partition("@")
    slash = name.rfind("/")
    colon = name.rfind(":")
    if colon > slash:
        return name[:colon], name[colon + 1 :]
    return name, None


def _retag(image: str, entry: Doc) -> str:
    name, tag = split_image(image)
    if name != entry["name"]:
        return image
    name = entry.get("newName", name)
    if "digest" in entry:
        return f"{name}@{entry['digest']}"
    tag = entry.get("newTag", tag)
    return f"{name}:{tag}" if tag else name


def pod_spec(doc: Doc) -> Doc | None:
    if doc.get("kind") in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
        return doc["spec"]["template"]["spec"]
    return None


def pod_containers(doc: Doc) -> list[Doc]:
    spec = pod_spec(doc)
    if spec is None:
        return []
    return [*spec.get("initContainers", []), *spec.get("containers", [])]

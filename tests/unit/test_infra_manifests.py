"""Invariants of the Kubernetes manifests (infra/k8s) that would break a deployment.

Each build (the base and the overlays) is resolved offline by the small kustomize in
test_infra_kustomize.py; every check runs on what `kustomize build` would apply.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from launcher.cli import build_parser
from lotflow.service_host import RunningService
from lotflow.settings import COMPONENTS, GRPC_PORT_BASE, REST_PORT_BASE
from tests.unit.test_infra_kustomize import (
    BUILDS,
    INFRA,
    K8S,
    Doc,
    build_cached,
    load_docs,
    pod_containers,
    pod_spec,
    read_kustomization,
    split_image,
)

pytestmark = pytest.mark.unit

SECRET_NAME = "lotflow-secrets"
CONFIG_NAME = "lotflow-config"
SECRET_EXAMPLE = K8S / "base" / "secret.example.yaml"
LOTFLOW_IMAGE = "lotflow"


def docs_of(build_name: str) -> list[Doc]:
    return list(build_cached(BUILDS[build_name]))


def find(docs: list[Doc], kind: str, name: str) -> Doc:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


def lotflow_deployments(docs: list[Doc]) -> list[Doc]:
    return [
        d
        for d in docs
        if d["kind"] == "Deployment"
        and any(split_image(c["image"])[0].endswith(LOTFLOW_IMAGE) for c in pod_containers(d))
    ]


def main_container(deployment: Doc) -> Doc:
    containers = pod_spec(deployment)["containers"]
    assert len(containers) == 1, f"{deployment['metadata']['name']}: one container expected"
    return containers[0]


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def container_port(container: Doc, port: int | str) -> int | None:
    for entry in container.get("ports", []):
        if port in (entry.get("name"), entry["containerPort"]):
            return entry["containerPort"]
    return None


def secret_example_keys() -> set[str]:
    (secret,) = load_docs(SECRET_EXAMPLE)
    return set(secret.get("stringData", {})) | set(secret.get("data", {}))


def expected_ports(service: str) -> dict[str, int]:
    index = COMPONENTS.index(service)
    return {"grpc": GRPC_PORT_BASE + index, "http": REST_PORT_BASE + index}


def pod_environment(build_name: str, container: Doc) -> dict[str, str]:
    """What pydantic-settings would see: the ConfigMap, plus the non-optional secrets."""
    docs = docs_of(build_name)
    environment: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            environment.update(find(docs, "ConfigMap", source["configMapRef"]["name"])["data"])
    for var in container.get("env", []):
        ref = var.get("valueFrom", {}).get("secretKeyRef")
        if "value" in var:
            environment[var["name"]] = var["value"]
        elif ref and not ref.get("optional", False):
            environment[var["name"]] = "postgresql+psycopg://u:p@db:5432/postgres"
    return environment


ALL_BUILDS = pytest.mark.parametrize("build_name", sorted(BUILDS))
# Everything hosted like a service (lotflow.settings.COMPONENTS): the services and the human
# task inbox, each with its own Deployment, Service, budget, database and ports.
EVERY_COMPONENT = pytest.mark.parametrize("service", COMPONENTS)


# --- files and references -----------------------------------------------------------------


def kustomization_folders() -> list[Path]:
    return sorted(p.parent for p in INFRA.rglob("kustomization.yaml"))


def test_every_yaml_parses_and_every_object_is_named() -> None:
    files = sorted([*INFRA.rglob("*.yaml"), *INFRA.rglob("*.yml")])
    assert files
    for path in files:
        for doc in load_docs(path):
            assert isinstance(doc, dict), path
            if "kind" in doc and path.name != "kustomization.yaml":
                assert doc.get("apiVersion") and doc.get("metadata", {}).get("name"), path


@pytest.mark.parametrize("folder", kustomization_folders(), ids=lambda p: str(p.relative_to(INFRA)))
def test_kustomizations_reference_only_files_that_exist(folder: Path) -> None:
    spec = read_kustomization(folder)
    for entry in spec.get("resources", []):
        path = (folder / entry).resolve()
        assert path.is_file() or (path / "kustomization.yaml").is_file(), f"{folder}: {entry}"
        assert path.is_relative_to(INFRA), f"{folder}: {entry} leaves infra/"
    for entry in spec.get("components", []):
        component = (folder / entry).resolve()
        assert read_kustomization(component).get("kind") == "Component", f"{folder}: {entry}"
    loaded = [e["path"] for e in spec.get("patches", []) if "path" in e]
    for generator in spec.get("configMapGenerator", []):
        loaded += generator.get("envs", [])
        loaded += [f.rpartition("=")[2] for f in generator.get("files", [])]
    for entry in loaded:
        path = (folder / entry).resolve()
        assert path.is_file(), f"{folder}: {entry} does not exist"
        # kustomize refuses to load generator and patch files outside the folder.
        assert path.is_relative_to(folder.resolve()), f"{folder}: {entry} is outside"


def test_every_manifest_file_is_used_by_a_kustomization() -> None:
    used: set[Path] = set()
    for folder in kustomization_folders():
        spec = read_kustomization(folder)
        entries = [
            *spec.get("resources", []),
            *(e["path"] for e in spec.get("patches", []) if "path" in e),
        ]
        for generator in spec.get("configMapGenerator", []):
            entries += [
                *generator.get("envs", []),
                *(f.rpartition("=")[2] for f in generator.get("files", [])),
            ]
        used |= {(folder / e).resolve() for e in entries}
    manifests = {
        p.resolve()
        for p in [*INFRA.rglob("*.yaml"), *INFRA.rglob("*.env")]
        if p.name != "kustomization.yaml"
    }
    assert manifests - used == {SECRET_EXAMPLE.resolve()}


def test_readme_lists_every_component() -> None:
    """infra/README.md: a database to create and a row of the port table per component."""
    text = (INFRA / "README.md").read_text()
    databases = set(re.findall(r"^CREATE DATABASE (\w+)", text, re.MULTILINE))
    assert databases == {f"lotflow_{c}" for c in COMPONENTS}
    rows = {
        name: {"grpc": int(grpc), "http": int(http)}
        for name, grpc, http in re.findall(
            r"^\|\s*(\w+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|", text, re.M
        )
    }
    assert rows == {c: expected_ports(c) for c in COMPONENTS}


@ALL_BUILDS
def test_builds_resolve(build_name: str) -> None:
    kinds = {d["kind"] for d in docs_of(build_name)}
    assert {"Deployment", "Service", "PodDisruptionBudget", "ConfigMap"} <= kinds


# --- per hosted component (the services and tasks) ----------------------------------------


@ALL_BUILDS
@EVERY_COMPONENT
def test_service_has_deployment_service_budget_and_migrate_init(
    build_name: str, service: str
) -> None:
    docs = docs_of(build_name)
    deployment = find(docs, "Deployment", f"lotflow-{service}")
    find(docs, "Service", f"lotflow-{service}")
    find(docs, "PodDisruptionBudget", f"lotflow-{service}")
    container = main_container(deployment)
    serve = build_parser().parse_args(container["args"])
    assert (serve.command, serve.service) == ("serve", service)
    assert serve.no_migrate, "the init container migrates; serve should not migrate again"
    migrate = [
        c
        for c in pod_spec(deployment).get("initContainers", [])
        if build_parser().parse_args(c["args"]).command == "migrate"
    ]
    assert len(migrate) == 1, f"{service}: no `lotflow migrate {service}` initContainer"
    assert build_parser().parse_args(migrate[0]["args"]).services == [service]
    assert migrate[0]["image"] == container["image"]
    assert migrate[0].get("envFrom") == container.get("envFrom")
    database_env = {v["name"] for v in container.get("env", []) if "DATABASE_URL" in v["name"]}
    assert database_env <= {v["name"] for v in migrate[0].get("env", [])}
    # Its own override and the server, not another component's database (a copied manifest).
    own = f"LOTFLOW_{service.upper()}_DATABASE_URL"
    assert database_env == {"LOTFLOW_DATABASE_URL", own}, f"{service}: {sorted(database_env)}"


@ALL_BUILDS
def test_every_component_is_served_and_nothing_else(build_name: str) -> None:
    served = []
    for deployment in lotflow_deployments(docs_of(build_name)):
        arguments = build_parser().parse_args(main_container(deployment)["args"])
        if arguments.command == "serve":
            served.append(arguments.service)
            assert deployment["metadata"]["name"] == f"lotflow-{arguments.service}"
    assert sorted(served) == sorted(COMPONENTS)


@ALL_BUILDS
@EVERY_COMPONENT
def test_ports_are_the_defaults_and_the_service_targets_them(build_name: str, service: str) -> None:
    docs = docs_of(build_name)
    container = main_container(find(docs, "Deployment", f"lotflow-{service}"))
    expected = expected_ports(service)
    assert {p["name"]: p["containerPort"] for p in container["ports"]} == expected
    ports = {p["name"]: p for p in find(docs, "Service", f"lotflow-{service}")["spec"]["ports"]}
    assert set(ports) == set(expected)
    for name, port in ports.items():
        assert container_port(container, port.get("targetPort", port["port"])) == expected[name]
        assert port["port"] == expected[name], f"{service}: Service port {name}"


@ALL_BUILDS
@EVERY_COMPONENT
def test_probes_target_the_right_ports(build_name: str, service: str) -> None:
    container = main_container(find(docs_of(build_name), "Deployment", f"lotflow-{service}"))
    readiness = container["readinessProbe"]["grpc"]
    assert readiness["port"] == container_port(container, "grpc")
    assert readiness.get("service", "") == ""  # the server as a whole in grpc.health.v1
    liveness = container["livenessProbe"]["httpGet"]
    assert liveness["path"] == "/healthz"
    assert container_port(container, liveness["port"]) == container_port(container, "http")
    startup = container["startupProbe"]
    target = startup.get("httpGet", {}).get("port") or startup.get("grpc", {}).get("port")
    assert container_port(container, target) is not None


@ALL_BUILDS
def test_services_select_exactly_their_own_pods(build_name: str) -> None:
    docs = docs_of(build_name)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    for service in (d for d in docs if d["kind"] == "Service"):
        chosen = [
            d["metadata"]["name"]
            for d in deployments
            if selects(service["spec"]["selector"], d["spec"]["template"]["metadata"]["labels"])
        ]
        assert chosen == [service["metadata"]["name"]], service["metadata"]["name"]


@ALL_BUILDS
def test_deployment_selectors_are_their_own(build_name: str) -> None:
    deployments = [d for d in docs_of(build_name) if d["kind"] == "Deployment"]
    for deployment in deployments:
        selector = deployment["spec"]["selector"]["matchLabels"]
        chosen = [
            d["metadata"]["name"]
            for d in deployments
            if selects(selector, d["spec"]["template"]["metadata"]["labels"])
        ]
        assert chosen == [deployment["metadata"]["name"]]


@ALL_BUILDS
def test_disruption_budgets_select_one_deployment_and_allow_a_drain(build_name: str) -> None:
    docs = docs_of(build_name)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    autoscaled = {
        h["spec"]["scaleTargetRef"]["name"]: h["spec"].get("minReplicas", 1)
        for h in docs
        if h["kind"] == "HorizontalPodAutoscaler"
    }
    budgets = [d for d in docs if d["kind"] == "PodDisruptionBudget"]
    for budget in budgets:
        (deployment,) = [
            d
            for d in deployments
            if selects(
                budget["spec"]["selector"]["matchLabels"],
                d["spec"]["template"]["metadata"]["labels"],
            )
        ]
        name = deployment["metadata"]["name"]
        replicas = deployment["spec"].get("replicas", autoscaled.get(name, 1))
        if "maxUnavailable" in budget["spec"]:
            assert isinstance(budget["spec"]["maxUnavailable"], int)
            assert budget["spec"]["maxUnavailable"] >= 1, name
        else:
            assert budget["spec"]["minAvailable"] < replicas, f"{name}: a drain would block"
    assert len(budgets) >= len(COMPONENTS)


# --- pods ---------------------------------------------------------------------------------


@ALL_BUILDS
def test_pods_run_as_non_root_on_a_read_only_root(build_name: str) -> None:
    from tests.unit.test_infra_dockerfile import dockerfile_user_id

    lotflow_names = {d["metadata"]["name"] for d in lotflow_deployments(docs_of(build_name))}
    for deployment in (d for d in docs_of(build_name) if d["kind"] == "Deployment"):
        name = deployment["metadata"]["name"]
        spec = pod_spec(deployment)
        assert spec["securityContext"]["runAsNonRoot"] is True, name
        assert spec["securityContext"].get("runAsUser", 0) != 0, name
        assert spec.get("automountServiceAccountToken") is False, name
        if name in lotflow_names:
            assert spec["securityContext"]["runAsUser"] == dockerfile_user_id(), name
            # Service links would inject LOTFLOW_*_SERVICE_* variables into the settings.
            assert spec.get("enableServiceLinks") is False, name
        for container in pod_containers(deployment):
            context = container["securityContext"]
            assert context["readOnlyRootFilesystem"] is True, f"{name}/{container['name']}"
            assert context["allowPrivilegeEscalation"] is False, f"{name}/{container['name']}"
            for part in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(container["resources"][part]), container["name"]


@ALL_BUILDS
def test_lotflow_containers_have_a_writable_tmp(build_name: str) -> None:
    for deployment in lotflow_deployments(docs_of(build_name)):
        volumes = {v["name"]: v for v in pod_spec(deployment).get("volumes", [])}
        for container in pod_containers(deployment):
            mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
            assert "/tmp" in mounts, f"{deployment['metadata']['name']}/{container['name']}"
            assert "emptyDir" in volumes[mounts["/tmp"]]


@ALL_BUILDS
def test_lotflow_containers_share_one_image(build_name: str) -> None:
    images = {
        c["image"] for d in lotflow_deployments(docs_of(build_name)) for c in pod_containers(d)
    }
    assert len(images) == 1, images
    if build_name == "base":  # the name the overlays' `images:` entries rewrite
        assert split_image(images.pop())[0] == LOTFLOW_IMAGE


@ALL_BUILDS
@EVERY_COMPONENT
def test_termination_grace_covers_the_graceful_stop(build_name: str, service: str) -> None:
    kernel_grace = inspect.signature(RunningService.stop).parameters["grace"].default
    deployment = find(docs_of(build_name), "Deployment", f"lotflow-{service}")
    spec, container = pod_spec(deployment), main_container(deployment)
    pre_stop = container.get("lifecycle", {}).get("preStop", {})
    command = pre_stop.get("exec", {}).get("command", [])
    pre_stop_seconds = (
        int(command[1]) if command[:1] == ["sleep"] else pre_stop.get("sleep", {}).get("seconds", 0)
    )
    # preStop, then SIGTERM: calls in flight get `grace`, HTTP is joined for grace + 1.
    assert spec["terminationGracePeriodSeconds"] >= pre_stop_seconds + kernel_grace + 1 + 5

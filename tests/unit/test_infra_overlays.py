"""Configuration of the manifests: settings, secrets, the overlays and the OpenTelemetry
collector, checked against lotflow's own settings classes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from launcher.stack_settings import StackSettings
from lotflow.settings import COMPONENTS
from tests.unit.test_infra_kustomize import (
    BUILDS,
    INFRA,
    K8S,
    Doc,
    load_docs,
    parse_env_file,
    pod_containers,
    pod_spec,
)
from tests.unit.test_infra_manifests import (
    ALL_BUILDS,
    CONFIG_NAME,
    EVERY_COMPONENT,
    SECRET_EXAMPLE,
    SECRET_NAME,
    container_port,
    docs_of,
    find,
    lotflow_deployments,
    main_container,
    pod_environment,
    secret_example_keys,
)

pytestmark = pytest.mark.unit

SECRET_LOOKING = re.compile(r"SECRET|TOKEN|PASSWORD|DATABASE_URL|PRIVATE", re.IGNORECASE)


# --- configuration and secrets ------------------------------------------------------------


@ALL_BUILDS
def test_env_references_resolve(build_name: str) -> None:
    docs = docs_of(build_name)
    configmaps = {
        d["metadata"]["name"]: d.get("data", {}) for d in docs if d["kind"] == "ConfigMap"
    }
    secret_keys = secret_example_keys()
    for deployment in docs:
        for container in pod_containers(deployment):
            where = f"{deployment['metadata']['name']}/{container['name']}"
            for source in container.get("envFrom", []):
                if "configMapRef" in source:
                    assert source["configMapRef"]["name"] in configmaps, where
                if "secretRef" in source:
                    assert source["secretRef"]["name"] == SECRET_NAME, where
            defined: set[str] = set()
            for var in container.get("env", []):
                ref = var.get("valueFrom", {})
                if "configMapKeyRef" in ref:
                    key_ref = ref["configMapKeyRef"]
                    assert key_ref["key"] in configmaps.get(key_ref["name"], {}), f"{where}: {var}"
                if "secretKeyRef" in ref:
                    key_ref = ref["secretKeyRef"]
                    assert key_ref["name"] == SECRET_NAME, f"{where}: {var}"
                    assert key_ref["key"] in secret_keys, f"{where}: {key_ref['key']} undocumented"
                for used in re.findall(r"\$\((\w+)\)", var.get("value", "")):
                    assert used in defined, (
                        f"{where}: $({used}) is not defined before {var['name']}"
                    )
                defined.add(var["name"])


@ALL_BUILDS
def test_lotflow_settings_are_spelled_as_settings_fields(build_name: str) -> None:
    fields = {f"LOTFLOW_{name.upper()}" for name in StackSettings.model_fields}
    names = set(find(docs_of(build_name), "ConfigMap", CONFIG_NAME)["data"]) | secret_example_keys()
    for deployment in lotflow_deployments(docs_of(build_name)):
        for container in pod_containers(deployment):
            names |= {v["name"] for v in container.get("env", [])}
    unknown = {n for n in names if n.startswith("LOTFLOW_")} - fields
    assert not unknown, f"not lotflow settings (typo?): {sorted(unknown)}"


@ALL_BUILDS
def test_configmaps_hold_no_secrets(build_name: str) -> None:
    for configmap in (d for d in docs_of(build_name) if d["kind"] == "ConfigMap"):
        for key, value in configmap.get("data", {}).items():
            assert not SECRET_LOOKING.search(key), f"{key} belongs in {SECRET_NAME}"
            assert not re.search(r"://[^/@\s]+:[^/@\s]+@", value), f"{key} carries credentials"


def test_base_applies_no_secret_and_the_example_holds_only_placeholders() -> None:
    for build_name in BUILDS:
        assert not [d for d in docs_of(build_name) if d["kind"] == "Secret"], build_name
    (secret,) = load_docs(SECRET_EXAMPLE)
    assert secret["kind"] == "Secret" and secret["metadata"]["name"] == SECRET_NAME
    values = {**secret.get("stringData", {}), **secret.get("data", {})}
    assert values
    for key, value in values.items():
        assert re.search(r"<[^<>]+>", value), f"{key}: the example must hold a <placeholder>"


def test_secret_example_lists_every_component_database() -> None:
    """The example lists the per-component URLs: all of them, each on its own database."""
    (secret,) = load_docs(SECRET_EXAMPLE)
    values = {**secret.get("stringData", {}), **secret.get("data", {})}
    listed = {k for k in values if re.fullmatch(r"LOTFLOW_\w+_DATABASE_URL", k)}
    assert listed == {f"LOTFLOW_{c.upper()}_DATABASE_URL" for c in COMPONENTS}
    for component in COMPONENTS:
        url = values[f"LOTFLOW_{component.upper()}_DATABASE_URL"]
        assert url.rpartition("/")[2] == f"lotflow_{component}", url


def settings_in(build_name: str, container: Doc, monkeypatch: pytest.MonkeyPatch) -> StackSettings:
    """The settings `lotflow` builds (launcher/cli.py) from a container's environment."""
    with monkeypatch.context() as env:
        for name in [n for n in os.environ if n.startswith("LOTFLOW_")]:
            env.delenv(name)
        for name, value in pod_environment(build_name, container).items():
            env.setenv(name, value)
        return StackSettings()


OVERLAYS = pytest.mark.parametrize("build_name", ["dev", "production"])


@OVERLAYS
def test_overlay_settings_load_and_point_at_the_services(
    build_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Builds the real settings from a pod's environment: a production pod without JWKS or
    a JWT secret, or a peer address that is not a Service, fails here instead of in a pod."""
    docs = docs_of(build_name)
    for deployment in lotflow_deployments(docs):
        for container in pod_containers(deployment):
            settings = settings_in(build_name, container, monkeypatch)
            assert settings.host == "0.0.0.0"
            for service in COMPONENTS:
                host, _, port = settings.grpc_target(service).rpartition(":")
                target = find(docs, "Service", host.split(".")[0])
                grpc = {p["name"]: p["port"] for p in target["spec"]["ports"]}["grpc"]
                assert (host.split(".")[0], int(port)) == (f"lotflow-{service}", grpc)


@OVERLAYS
@EVERY_COMPONENT
def test_serve_binds_the_ports_the_pod_declares(
    build_name: str, service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`lotflow serve` binds the port of LOTFLOW_<SERVICE>_GRPC and the REST port of its
    settings: they must be the containerPorts that the Service and the probes target."""
    container = main_container(find(docs_of(build_name), "Deployment", f"lotflow-{service}"))
    settings = settings_in(build_name, container, monkeypatch)
    assert settings.grpc_port(service) == container_port(container, "grpc")
    assert settings.rest_port(service) == container_port(container, "http")


# --- overlays -----------------------------------------------------------------------------


def config_of(build_name: str) -> dict[str, str]:
    return find(docs_of(build_name), "ConfigMap", CONFIG_NAME)["data"]


def collector_endpoint_matches(build_name: str) -> None:
    docs = docs_of(build_name)
    service = find(docs, "Service", "lotflow-otel-collector")
    endpoint = config_of(build_name)["LOTFLOW_OTLP_ENDPOINT"]
    host, port = re.fullmatch(r"(?:https?://)?([^:/]+):(\d+)", endpoint).groups()
    assert host.split(".")[0] == service["metadata"]["name"]
    grpc = {p["name"]: p for p in service["spec"]["ports"]}["otlp-grpc"]
    assert int(port) == grpc["port"]
    collector = main_container(find(docs, "Deployment", "lotflow-otel-collector"))
    assert container_port(collector, grpc["targetPort"]) == otel_config_port("grpc")


def otel_config_port(protocol: str) -> int:
    config = yaml.safe_load((INFRA / "otel" / "collector.yaml").read_text())
    return int(config["receivers"]["otlp"]["protocols"][protocol]["endpoint"].rpartition(":")[2])


def test_dev_overlay() -> None:
    config = config_of("dev")
    assert config["LOTFLOW_ENV"] == "development"
    for deployment in lotflow_deployments(docs_of("dev")):
        assert deployment["spec"]["replicas"] == 1, deployment["metadata"]["name"]
    collector_endpoint_matches("dev")


def test_production_overlay() -> None:
    docs = docs_of("production")
    config = config_of("production")
    assert config["LOTFLOW_ENV"] == "production"
    assert config["LOTFLOW_JWKS_URL"].startswith("https://")
    collector_endpoint_matches("production")
    autoscalers = {
        h["spec"]["scaleTargetRef"]["name"]: h
        for h in docs
        if h["kind"] == "HorizontalPodAutoscaler"
    }
    for service in COMPONENTS:
        name = f"lotflow-{service}"
        deployment = find(docs, "Deployment", name)
        assert name in autoscalers, f"{name}: no HorizontalPodAutoscaler"
        autoscaler = autoscalers[name]
        assert autoscaler["spec"]["scaleTargetRef"]["kind"] == "Deployment"
        assert 2 <= autoscaler["spec"]["minReplicas"] <= autoscaler["spec"]["maxReplicas"]
        # With an HPA, a replicas field would be reset by every apply.
        assert "replicas" not in deployment["spec"], name
        assert "cpu" in main_container(deployment)["resources"]["requests"]
    worker = main_container(find(docs, "Deployment", "lotflow-worker"))
    (token,) = [v for v in worker["env"] if v["name"] == "LOTFLOW_SERVICE_TOKEN"]
    assert token["valueFrom"]["secretKeyRef"].get("optional", False) is False


# --- OpenTelemetry collector --------------------------------------------------------------


def test_collector_config_pipelines_use_defined_components() -> None:
    text = (INFRA / "otel" / "collector.yaml").read_text()
    config: dict[str, Any] = yaml.safe_load(text)
    assert "otlp" in config["receivers"] and "batch" in config["processors"]
    assert "debug" in config["exporters"]
    assert re.search(r"^\s*#\s*otlp:", text, re.MULTILINE), "the commented otlp exporter"
    for section in ("receivers", "processors", "exporters"):
        for pipeline in config["service"]["pipelines"].values():
            for component in pipeline.get(section, []):
                assert component in config[section], f"{section}: {component}"
    for extension in config["service"].get("extensions", []):
        assert extension in config["extensions"]
    assert config["service"]["pipelines"]["traces"]["receivers"] == ["otlp"]


def test_collector_deployment_reads_the_config_and_probes_its_health_port() -> None:
    docs = docs_of("dev")
    deployment = find(docs, "Deployment", "lotflow-otel-collector")
    container = main_container(deployment)
    (config_arg,) = [a for a in container["args"] if a.startswith("--config=")]
    config_path = Path(config_arg.partition("=")[2].removeprefix("file:"))
    volumes = {v["name"]: v for v in pod_spec(deployment)["volumes"]}
    (mount,) = [m for m in container["volumeMounts"] if m["mountPath"] == str(config_path.parent)]
    configmap = find(docs, "ConfigMap", volumes[mount["name"]]["configMap"]["name"])
    assert configmap["data"][config_path.name] == (INFRA / "otel" / "collector.yaml").read_text()
    health = yaml.safe_load(configmap["data"][config_path.name])["extensions"]["health_check"]
    health_port = int(health["endpoint"].rpartition(":")[2])
    for probe in ("readinessProbe", "livenessProbe"):
        assert container_port(container, container[probe]["httpGet"]["port"]) == health_port
    assert container_port(container, "otlp-http") == otel_config_port("http")


def test_base_settings_file_parses() -> None:
    data = parse_env_file((K8S / "base" / "config.env").read_text())
    assert data["LOTFLOW_HOST"] == "0.0.0.0"

"""Where each part of the local stack listens.

`Settings` names each service's gRPC target but derives REST ports from a fixed base, and
knows nothing of the Temporal UI. Two stacks on one machine (a developer's and a test's) must be
able to move every port, so this adds `LOTFLOW_<SERVICE>_REST_PORT` and
`LOTFLOW_TEMPORAL_UI_PORT`; the fields belong in `Settings` once the kernel takes them.
"""

from __future__ import annotations

from pydantic import Field

from lotflow.settings import SERVICES, Settings

Port = Field(default=None, ge=1, le=65535)


class StackSettings(Settings):
    receiving_rest_port: int | None = Port
    quality_rest_port: int | None = Port
    warehouse_rest_port: int | None = Port
    production_rest_port: int | None = Port
    recall_rest_port: int | None = Port
    # Unset: the Temporal frontend port + 1000, as the Temporal CLI itself defaults.
    temporal_ui_port: int | None = Port

    def rest_port(self, service: str) -> int:
        explicit = getattr(self, f"{service}_rest_port", None) if service in SERVICES else None
        return explicit or super().rest_port(service)

    def grpc_port(self, service: str) -> int:
        return port_of(self.grpc_target(service))

    def rest_url(self, service: str) -> str:
        return f"http://{self.host}:{self.rest_port(service)}"

    def listen_addresses(self) -> dict[str, tuple[str, int]]:
        """Every (host, port) the local stack binds, by what binds it."""
        addresses = {}
        for service in SERVICES:
            addresses[f"{service} gRPC"] = (self.host, self.grpc_port(service))
            addresses[f"{service} REST"] = (self.host, self.rest_port(service))
        addresses["temporal"] = (self.temporal_host, self.temporal_port)
        addresses["temporal UI"] = (self.temporal_host, self.effective_temporal_ui_port)
        return addresses

    @property
    def temporal_host(self) -> str:
        return self.temporal_address.rsplit(":", 1)[0]

    @property
    def temporal_port(self) -> int:
        return port_of(self.temporal_address)

    @property
    def effective_temporal_ui_port(self) -> int:
        return self.temporal_ui_port or self.temporal_port + 1000

    @property
    def temporal_ui_url(self) -> str:
        return f"http://{self.temporal_host}:{self.effective_temporal_ui_port}"


def port_of(address: str) -> int:
    """The port of a "host:port" address."""
    _, separator, port = address.rpartition(":")
    if not separator or not port.isdigit():
        raise ValueError(f"{address!r} is not a host:port address")
    return int(port)

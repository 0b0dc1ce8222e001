"""Where each part of the local stack listens, derived from Settings."""

from __future__ import annotations

from lotflow.settings import COMPONENTS, Settings


class StackSettings(Settings):
    def grpc_port(self, service: str) -> int:
        return port_of(self.grpc_target(service))

    def rest_url(self, service: str) -> str:
        return f"http://{self.host}:{self.rest_port(service)}"

    def listen_addresses(self) -> dict[str, tuple[str, int]]:
        """Every (host, port) the local stack binds, by what binds it."""
        addresses = {}
        for service in COMPONENTS:
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

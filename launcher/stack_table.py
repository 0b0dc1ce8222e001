"""The table `lotflow up` and `lotflow status` print: what listens where, and whether it answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from launcher.stack_probes import Probe, http_ready, service_ready, temporal_ready
from launcher.stack_settings import StackSettings
from lotflow.settings import COMPONENTS

NOTHING = "-"


@dataclass(frozen=True)
class Row:
    component: str
    grpc: str
    rest: str
    probe: Probe


def render_table(rows: Iterable[Row]) -> str:
    cells = [("component", "gRPC", "REST", "status")]
    cells += [(row.component, row.grpc, row.rest, row.probe.detail) for row in rows]
    widths = [max(len(line[column]) for line in cells) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line[:3], widths, strict=True))
        + "  "
        + line[3]
        for line in cells
    )


def probe_rows(settings: StackSettings) -> list[Row]:
    """Every service on both transports, the Temporal frontend and its UI, probed once."""
    rows = [
        Row(
            service,
            settings.grpc_target(service),
            settings.rest_url(service),
            service_ready(settings, service),
        )
        for service in COMPONENTS
    ]
    rows.append(Row("temporal", settings.temporal_address, NOTHING, temporal_ready(settings)))
    ui = http_ready(settings.temporal_ui_url)
    rows.append(Row("temporal UI", NOTHING, settings.temporal_ui_url, _up_or(ui)))
    return rows


def fixed_row(component: str, detail: str, ok: bool = True) -> Row:
    """A row for a part without a listening address of its own (worker, PostgreSQL)."""
    return Row(component, NOTHING, NOTHING, Probe(ok, detail))


def _up_or(probe: Probe) -> Probe:
    return Probe(True, "up") if probe.ok else probe


def all_ok(rows: Iterable[Row]) -> bool:
    return all(row.probe.ok for row in rows)

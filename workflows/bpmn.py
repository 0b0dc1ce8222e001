"""Read a BPMN 2.0 model and check that a workflow's trail is a path of it (stdlib only).

Workflow code names the element ids it passes through and records them (workflows.trail); the
tests load the model people read and prove each recorded trail walks its sequence flows from a
start event, ending at an end event once the workflow has completed. A boundary event counts
as reachable from the activity it is attached to, and the start event of an event subprocess
(an error caught anywhere in the process) from every activity of the process outside it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
BPMNDI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
DI = "{http://www.omg.org/spec/DD/20100524/DI}"

FLOW_NODE_KINDS = frozenset(
    {
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
        "intermediateThrowEvent",
        "boundaryEvent",
        "task",
        "serviceTask",
        "userTask",
        "manualTask",
        "scriptTask",
        "businessRuleTask",
        "sendTask",
        "receiveTask",
        "callActivity",
        "exclusiveGateway",
        "parallelGateway",
        "inclusiveGateway",
        "eventBasedGateway",
    }
)
ACTIVITY_KINDS = frozenset(
    {
        "task",
        "serviceTask",
        "userTask",
        "manualTask",
        "scriptTask",
        "businessRuleTask",
        "sendTask",
        "receiveTask",
        "callActivity",
    }
)


@dataclass(frozen=True)
class FlowNode:
    id: str
    kind: str
    name: str
    attached_to: str | None = None  # boundary events: the activity they sit on
    default_flow: str | None = None  # gateways: the flow taken when no condition holds
    event_subprocess: str | None = None  # elements of an event subprocess: its id


@dataclass(frozen=True)
class SequenceFlow:
    id: str
    source: str
    target: str
    name: str
    has_condition: bool


@dataclass(frozen=True)
class BpmnModel:
    process_id: str
    nodes: Mapping[str, FlowNode]
    flows: tuple[SequenceFlow, ...]
    shaped: frozenset[str]  # elements drawn with a BPMNShape that has bounds
    edge_waypoints: Mapping[str, int]  # sequence flow id -> waypoints of its BPMNEdge
    plane_element: str | None
    event_subprocesses: tuple[str, ...] = ()

    def of_kind(self, kind: str) -> list[str]:
        return [node.id for node in self.nodes.values() if node.kind == kind]

    def successors(self, node_id: str) -> set[str]:
        following = {flow.target for flow in self.flows if flow.source == node_id}
        boundary = {n.id for n in self.nodes.values() if n.attached_to == node_id}
        node = self.nodes.get(node_id)
        if node is None or node.kind not in ACTIVITY_KINDS or node.event_subprocess:
            return following | boundary
        caught = {
            n.id for n in self.nodes.values() if n.event_subprocess and n.kind == "startEvent"
        }
        return following | boundary | caught

    def trail_problems(self, trail: Sequence[str], *, completed: bool) -> list[str]:
        """Why `trail` is not a path of this model (empty when it is one)."""
        if not trail:
            return ["the trail is empty; it must begin at a start event"]
        problems = [
            f"{step!r} is not an element of the model" for step in trail if step not in self.nodes
        ]
        if problems:
            return problems
        if self.nodes[trail[0]].kind != "startEvent":
            problems.append(f"the trail begins at {trail[0]!r}, which is not a start event")
        for position, (here, there) in enumerate(zip(trail, trail[1:], strict=False), start=1):
            if there not in self.successors(here):
                problems.append(
                    f"step {position}: no sequence flow leads from {here!r} to {there!r}"
                )
        if completed and self.nodes[trail[-1]].kind != "endEvent":
            problems.append(f"the workflow completed but its trail stops at {trail[-1]!r}")
        return problems

    def structure_problems(self) -> list[str]:
        """Dangling flows, dead ends and elements no start event reaches."""
        problems = [
            f"sequence flow {flow.id!r} connects an unknown element"
            for flow in self.flows
            if flow.source not in self.nodes or flow.target not in self.nodes
        ]
        if not self.of_kind("startEvent") or not self.of_kind("endEvent"):
            problems.append("the process needs a start event and an end event")
        for node in self.nodes.values():
            if node.kind != "endEvent" and not self.successors(node.id):
                problems.append(f"{node.id!r} has no outgoing sequence flow")
        for node in self.nodes.values():
            outgoing = [flow for flow in self.flows if flow.source == node.id]
            if node.kind in ("exclusiveGateway", "inclusiveGateway") and len(outgoing) > 1:
                problems += [
                    f"{flow.id!r} leaves gateway {node.id!r} without a condition"
                    for flow in outgoing
                    if not flow.has_condition and flow.id != node.default_flow
                ]
        reached, frontier = set(self.of_kind("startEvent")), list(self.of_kind("startEvent"))
        while frontier:
            for following in self.successors(frontier.pop()) - reached:
                reached.add(following)
                frontier.append(following)
        problems += [
            f"{node_id!r} cannot be reached" for node_id in self.nodes if node_id not in reached
        ]
        return problems

    def layout_problems(self) -> list[str]:
        """What bpmn-js or Camunda Modeler would be missing to draw the model."""
        problems = (
            [] if self.plane_element == self.process_id else ["no diagram plane shows the process"]
        )
        problems += [
            f"{node_id!r} has no shape"
            for node_id in (*self.nodes, *self.event_subprocesses)
            if node_id not in self.shaped
        ]
        problems += [
            f"sequence flow {flow.id!r} has no edge with at least two waypoints"
            for flow in self.flows
            if self.edge_waypoints.get(flow.id, 0) < 2
        ]
        return problems


def load_model(path: Path | str) -> BpmnModel:
    root = ET.parse(path).getroot()
    processes = root.findall(f"{BPMN}process")
    if len(processes) != 1:
        raise ValueError(f"{path}: expected exactly one bpmn:process, found {len(processes)}")
    process = processes[0]
    event_subprocesses = [
        element
        for element in process.findall(f"{BPMN}subProcess")
        if element.get("triggeredByEvent") == "true"
    ]
    nodes = _flow_nodes(process, None)
    for subprocess in event_subprocesses:
        nodes |= _flow_nodes(subprocess, subprocess.get("id", ""))
    flows = tuple(
        SequenceFlow(
            id=element.get("id", ""),
            source=element.get("sourceRef", ""),
            target=element.get("targetRef", ""),
            name=element.get("name", ""),
            has_condition=element.find(f"{BPMN}conditionExpression") is not None,
        )
        for element in process.iter(f"{BPMN}sequenceFlow")
    )
    plane = root.find(f"{BPMNDI}BPMNDiagram/{BPMNDI}BPMNPlane")
    shaped = frozenset(
        shape.get("bpmnElement", "")
        for shape in root.iter(f"{BPMNDI}BPMNShape")
        if shape.find(f"{DC}Bounds") is not None
    )
    edges = {
        edge.get("bpmnElement", ""): len(edge.findall(f"{DI}waypoint"))
        for edge in root.iter(f"{BPMNDI}BPMNEdge")
    }
    return BpmnModel(
        process_id=process.get("id", ""),
        nodes=nodes,
        flows=flows,
        shaped=shaped,
        edge_waypoints=edges,
        plane_element=plane.get("bpmnElement") if plane is not None else None,
        event_subprocesses=tuple(e.get("id", "") for e in event_subprocesses),
    )


def _flow_nodes(container: ET.Element, event_subprocess: str | None) -> dict[str, FlowNode]:
    return {
        element.get("id", ""): FlowNode(
            id=element.get("id", ""),
            kind=element.tag.removeprefix(BPMN),
            name=element.get("name", ""),
            attached_to=element.get("attachedToRef"),
            default_flow=element.get("default"),
            event_subprocess=event_subprocess,
        )
        for element in container
        if element.tag.removeprefix(BPMN) in FLOW_NODE_KINDS
    }


def model_of_package(package_file: str) -> BpmnModel:
    """The model beside a process package: workflows/<process>/<process>.bpmn."""
    folder = Path(package_file).parent
    return load_model(folder / f"{folder.name}.bpmn")

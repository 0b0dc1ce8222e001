"""The BPMN rails: reading a model, telling a path of it from a trail that is not one, and the
trail a workflow's steps keep as they run."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest
from temporalio.exceptions import ApplicationError

from workflows.bpmn import BpmnModel, load_model
from workflows.trail import BpmnTrail, business_refusal

pytestmark = pytest.mark.unit

# start -> review -> decide? -(ok)-> approve -> done
#                          \-(default)-------------^
# plus a timer on "review" that escalates to its own end.
SMALL_MODEL = """\
<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="urn:test">
  <bpmn:process id="p" isExecutable="false">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="review" />
    <bpmn:boundaryEvent id="late" attachedToRef="review" />
    <bpmn:endEvent id="escalated" />
    <bpmn:exclusiveGateway id="decide" default="f_skip" />
    <bpmn:task id="approve" />
    <bpmn:endEvent id="done" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="decide" />
    <bpmn:sequenceFlow id="f_ok" sourceRef="decide" targetRef="approve">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">ok</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f_skip" sourceRef="decide" targetRef="done" />
    <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="done" />
    <bpmn:sequenceFlow id="f_late" sourceRef="late" targetRef="escalated" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia">
    <bpmndi:BPMNPlane id="plane" bpmnElement="p">
      {shapes}
      {edges}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""
NODES = ("start", "review", "late", "escalated", "decide", "approve", "done")
FLOWS = ("f1", "f2", "f_ok", "f_skip", "f3", "f_late")


def write_model(folder: Path, *, drop_shape: str = "", drop_edge: str = "", xml: str = "") -> Path:
    shapes = "".join(
        f'<bpmndi:BPMNShape id="{n}_di" bpmnElement="{n}"><dc:Bounds x="0" y="0" width="10" '
        'height="10" /></bpmndi:BPMNShape>'
        for n in NODES
        if n != drop_shape
    )
    edges = "".join(
        f'<bpmndi:BPMNEdge id="{f}_di" bpmnElement="{f}"><di:waypoint x="0" y="0" />'
        '<di:waypoint x="5" y="5" /></bpmndi:BPMNEdge>'
        for f in FLOWS
        if f != drop_edge
    )
    path = folder / "model.bpmn"
    path.write_text((xml or SMALL_MODEL).replace("{shapes}", shapes).replace("{edges}", edges))
    return path


@pytest.fixture
def model(tmp_path: Path) -> BpmnModel:
    return load_model(write_model(tmp_path))


def test_reads_nodes_flows_and_kinds(model):
    assert set(model.nodes) == set(NODES)
    assert {flow.id for flow in model.flows} == set(FLOWS)
    assert model.of_kind("startEvent") == ["start"]
    assert sorted(model.of_kind("endEvent")) == ["done", "escalated"]
    assert model.nodes["decide"].default_flow == "f_skip"
    assert model.successors("review") == {"decide", "late"}  # the boundary event sits on it


def test_a_well_formed_and_fully_drawn_model_has_no_problems(model):
    assert model.structure_problems() == []
    assert model.layout_problems() == []


@pytest.mark.parametrize(
    "trail",
    [
        ["start", "review", "decide", "approve", "done"],
        ["start", "review", "decide", "done"],
        ["start", "review", "late", "escalated"],
    ],
)
def test_a_path_from_start_to_end_is_a_completed_trail(model, trail):
    assert model.trail_problems(trail, completed=True) == []


def test_a_running_workflow_may_stop_midway(model):
    assert model.trail_problems(["start", "review"], completed=False) == []
    assert model.trail_problems(["start", "review"], completed=True) == [
        "the workflow completed but its trail stops at 'review'"
    ]


def test_a_trail_that_skips_a_step_is_refused(model):
    problems = model.trail_problems(["start", "decide", "approve", "done"], completed=True)
    assert problems == ["step 1: no sequence flow leads from 'start' to 'decide'"]


def test_a_trail_that_goes_backwards_is_refused(model):
    problems = model.trail_problems(["start", "review", "decide", "review"], completed=False)
    assert problems == ["step 3: no sequence flow leads from 'decide' to 'review'"]


def test_a_trail_must_begin_at_a_start_event(model):
    problems = model.trail_problems(["review", "decide", "done"], completed=True)
    assert problems == ["the trail begins at 'review', which is not a start event"]


def test_a_trail_naming_an_unknown_element_is_refused(model):
    assert model.trail_problems(["start", "reveiw"], completed=False) == [
        "'reveiw' is not an element of the model"
    ]
    assert model.trail_problems([], completed=False) != []


def test_missing_shapes_and_edges_are_reported(tmp_path):
    model = load_model(write_model(tmp_path, drop_shape="approve", drop_edge="f_ok"))
    assert model.layout_problems() == [
        "'approve' has no shape",
        "sequence flow 'f_ok' has no edge with at least two waypoints",
    ]


def test_dead_ends_unreachable_nodes_and_unconditioned_branches_are_reported(tmp_path):
    broken = (
        SMALL_MODEL.replace(
            '<bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="done" />', ""
        )
        .replace(' default="f_skip"', "")
        .replace(
            '<bpmn:task id="approve" />', '<bpmn:task id="approve" /><bpmn:task id="orphan" />'
        )
    )
    model = load_model(write_model(tmp_path, xml=broken))
    assert model.structure_problems() == [
        "'approve' has no outgoing sequence flow",
        "'orphan' has no outgoing sequence flow",
        "'f_skip' leaves gateway 'decide' without a condition",
        "'orphan' cannot be reached",
    ]


def test_a_file_with_two_processes_is_refused(tmp_path):
    path = tmp_path / "two.bpmn"
    path.write_text(
        textwrap.dedent(
            """\
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <bpmn:process id="a" /><bpmn:process id="b" />
            </bpmn:definitions>
            """
        )
    )
    with pytest.raises(ValueError, match="exactly one bpmn:process"):
        load_model(path)


class SmallProcess(BpmnTrail):
    """SMALL_MODEL as code: each element is named once, by the helper that runs it."""

    def __init__(self) -> None:
        super().__init__()
        self.reviewed: list[str] = []

    async def run(self, document: str, ok: bool) -> str:
        self.reached("start")
        await self.step("review", self._review, document)
        if self.chose("decide", ok):
            await self.step("approve", self._review, f"{document} approved")
        self.reached("done")
        return document

    async def _review(self, document: str) -> None:
        self.reviewed.append(document)


@pytest.mark.parametrize(
    ("ok", "expected"),
    [
        (True, ["start", "review", "decide", "approve", "done"]),
        (False, ["start", "review", "decide", "done"]),
    ],
)
def test_the_steps_keep_the_trail_as_they_run(model, ok, expected):
    process = SmallProcess()
    assert asyncio.run(process.run("spec", ok)) == "spec"
    assert process.trail() == expected
    assert model.trail_problems(process.trail(), completed=True) == []
    # Each step ran its code with its arguments, after its element was recorded.
    assert process.reviewed == (["spec", "spec approved"] if ok else ["spec"])


def test_a_business_refusal_is_told_from_an_outage():
    refused = ApplicationError("no bin", type="no_putaway_bin", non_retryable=True)
    assert business_refusal(refused) is refused
    assert business_refusal(ApplicationError("down", type="Unavailable")) is None
    assert business_refusal(RuntimeError("lost")) is None


def test_an_event_subprocess_catches_a_failure_of_any_activity_outside_it(tmp_path):
    """An error start event of an event subprocess follows every activity of the process, not
    its gateways and events, nor the subprocess's own activities; the subprocess is drawn."""
    subprocess = (
        '<bpmn:subProcess id="on_failure" triggeredByEvent="true">'
        '<bpmn:startEvent id="failed"><bpmn:errorEventDefinition /></bpmn:startEvent>'
        '<bpmn:userTask id="fix" /><bpmn:endEvent id="given_up" />'
        '<bpmn:sequenceFlow id="f_fix" sourceRef="failed" targetRef="fix" />'
        '<bpmn:sequenceFlow id="f_give_up" sourceRef="fix" targetRef="given_up" />'
        "</bpmn:subProcess>\n  </bpmn:process>"
    )
    extra = "".join(
        f'<bpmndi:BPMNShape id="{n}_di" bpmnElement="{n}"><dc:Bounds x="0" y="0" width="10" '
        'height="10" /></bpmndi:BPMNShape>'
        for n in ("failed", "fix", "given_up")
    ) + "".join(
        f'<bpmndi:BPMNEdge id="{f}_di" bpmnElement="{f}"><di:waypoint x="0" y="0" />'
        '<di:waypoint x="5" y="5" /></bpmndi:BPMNEdge>'
        for f in ("f_fix", "f_give_up")
    )
    xml = SMALL_MODEL.replace("</bpmn:process>", subprocess).replace("{edges}", "{edges}" + extra)
    model = load_model(write_model(tmp_path, xml=xml))
    assert model.successors("review") == {"decide", "late", "failed"}
    assert model.successors("decide") == {"approve", "done"}
    assert model.successors("fix") == {"given_up"}
    assert model.structure_problems() == []
    assert model.layout_problems() == ["'on_failure' has no shape"]
    trail = ["start", "review", "decide", "approve", "failed", "fix", "given_up"]
    assert model.trail_problems(trail, completed=True) == []
    assert model.trail_problems(["start", "review", "decide", "failed"], completed=False) == [
        "step 3: no sequence flow leads from 'decide' to 'failed'"
    ]

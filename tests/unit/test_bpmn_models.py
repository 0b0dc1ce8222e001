"""Every process package's model is well formed, fully drawn and named element by element in
its `elements.py` (constants equal to the ids in the XML)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import workflows
from workflows.bpmn import load_model
from workflows.worker import PROCESSES

pytestmark = pytest.mark.unit

WORKFLOWS_DIR = Path(workflows.__file__).parent
# Every process the worker runs: workflows.<process>.workflow holds its workflow class.
PROCESS_PACKAGES = sorted(workflow.__module__.split(".")[1] for workflow, _ in PROCESSES)


def test_there_is_at_least_one_process():
    assert "item_introduction" in PROCESS_PACKAGES


@pytest.mark.parametrize("process", PROCESS_PACKAGES)
def test_each_process_has_its_model_beside_its_code(process):
    model = load_model(WORKFLOWS_DIR / process / f"{process}.bpmn")
    assert model.process_id == process
    assert model.structure_problems() == []
    assert model.layout_problems() == []


def _constants(module_name: str) -> set[str]:
    module = importlib.import_module(module_name)
    return {
        value for name, value in vars(module).items() if name.isupper() and isinstance(value, str)
    }


@pytest.mark.parametrize("process", PROCESS_PACKAGES)
def test_the_workflow_names_every_element_of_its_model(process):
    """`workflows.<process>.elements` holds the ids the workflow's steps record: each one is
    an element of the model, and each flow node of the model has one."""
    model = load_model(WORKFLOWS_DIR / process / f"{process}.bpmn")
    elements = _constants(f"workflows.{process}.elements")
    assert elements - set(model.nodes) == set()
    assert set(model.nodes) - elements == set()

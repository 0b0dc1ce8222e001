"""BPMN-modelled Temporal workflows: one package per process, the worker and its client."""

"""BPMN-modelled Temporal workflows: one package per process and the worker."""

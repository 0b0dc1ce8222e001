"""Production use cases: one function each, run through `perform`."""

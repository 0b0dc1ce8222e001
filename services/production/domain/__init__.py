"""Production rules with no I/O: states, transitions and refusals."""

"""Production reads; never imports the write side."""

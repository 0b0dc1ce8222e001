"""The production order process: operations through operator Updates, backflush, output,
final inspection and completion."""

"""Item introduction: register a new item in the warehouse and, if it needs incoming
inspection, define its inspection plan in quality."""

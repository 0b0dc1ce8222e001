"""The production order feed: every released order's workflow started from production's events."""

"""Sending and receiving exchange packages, and the conflict inbox (issue: inspector,
consultant and manager on one enterprise)."""

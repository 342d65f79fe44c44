"""Checklist walk-throughs: the answering window and its table."""

"""SCORE Desktop: offline-first tool for SCORE consultants and their paired safety inspectors."""

__version__ = "0.1.0"

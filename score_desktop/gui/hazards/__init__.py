"""Hazard form, register table, risk matrix and legend."""

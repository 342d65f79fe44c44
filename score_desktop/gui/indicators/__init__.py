"""Monitoring indicators: the monthly grid, charts against the baseline, the baseline survey."""

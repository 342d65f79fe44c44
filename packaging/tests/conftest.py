"""Fixtures shared with the source's tests."""

from tests.test_app_under_xvfb import x_display  # noqa: F401 (a private X server)

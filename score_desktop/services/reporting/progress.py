"""Progress and cancellation of a report export, for a worker thread or the command line.
Free of reportlab so callers can build one before it loads."""

from collections.abc import Callable
from dataclasses import dataclass


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ExportProgress:
    """`report(done, total, what)` is called as work advances; `cancelled()` is polled."""

    report: Callable[[int, int, str], None] | None = None
    cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int, what: str) -> None:
        if self.cancelled():
            raise ExportCancelled()
        if self.report is not None:
            self.report(done, total, what)


NO_PROGRESS = ExportProgress()

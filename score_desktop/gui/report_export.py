"""Runs a report writer of services.reporting in the thread pool, with progress and Cancel,
and reports back by signal. The writer gets immutable records only; photos and backgrounds
are read through the repositories' loaders in the worker."""

from PySide6.QtCore import QObject, QRunnable, Signal

from ..domain.errors import KnownProblemError


class ReportExportSignals(QObject):
    """Signals:
    progressed(int, int, str): steps done, steps in all, what is being done.
    finished(object): the ReportResult.
    failed(str): a message for the user.
    cancelled(): the user cancelled; no file was written.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class PdfTask(QRunnable):
    """`write(*args, progress=…, **kwargs)` run in the pool."""

    def __init__(self, write, *args, **kwargs):
        super().__init__()
        self.signals = ReportExportSignals()
        self._write, self._args, self._kwargs = write, args, kwargs
        self._cancelled = False

    def cancel(self) -> None:
        """Asked from the GUI thread; the worker stops at its next step."""
        self._cancelled = True

    def run(self) -> None:
        from ..services.reporting.progress import ExportCancelled, ExportProgress

        progress = ExportProgress(
            report=self.signals.progressed.emit, cancelled=lambda: self._cancelled
        )
        try:
            result = self._write(*self._args, progress=progress, **self._kwargs)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except KnownProblemError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            self.signals.finished.emit(result)

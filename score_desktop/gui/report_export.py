"""Runs a report writer of services.reporting in the thread pool, with progress and Cancel,
and reports back by signal. The writer gets immutable records only; photos and backgrounds
are read through the repositories' loaders in the worker."""

from PySide6.QtCore import Signal

from .workers import Worker, WorkerSignals


class ReportExportSignals(WorkerSignals):
    """Signals (besides finished, failed and crashed):
    progressed(int, int, str): steps done, steps in all, what is being done.
    cancelled(): the user cancelled; no file was written.
    """

    progressed = Signal(int, int, str)
    cancelled = Signal()


class PdfTask(Worker):
    """`write(*args, progress=…, **kwargs)` run in the pool; `finished` carries the
    ReportResult. The writer leaves no file when it raises (temporary file, renamed last)."""

    signals_class = ReportExportSignals
    signals: ReportExportSignals

    def __init__(self, write, *args, **kwargs):
        super().__init__()
        self._write, self._args, self._kwargs = write, args, kwargs
        self._cancelled = False

    def cancel(self) -> None:
        """Asked from the GUI thread; the worker stops at its next step."""
        self._cancelled = True

    def work(self) -> object:
        from ..services.reporting.progress import ExportProgress

        progress = ExportProgress(
            report=self.signals.progressed.emit, cancelled=lambda: self._cancelled
        )
        return self._write(*self._args, progress=progress, **self._kwargs)

    def failure(self, exc: BaseException) -> bool:
        from ..services.reporting.progress import ExportCancelled

        if isinstance(exc, ExportCancelled):
            self.signals.cancelled.emit()
        elif isinstance(exc, OSError):
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            return super().failure(exc)
        return True

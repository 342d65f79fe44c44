"""Runs a visit-report export in the thread pool and reports back by signal."""

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ..domain.catalogues import ScoreModule
from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit


class ReportExportSignals(QObject):
    """Signals:
    finished(object): the ReportResult.
    failed(str): a message for the user.
    """

    finished = Signal(object)
    failed = Signal(str)


class PdfTask(QRunnable):
    """A report writer of services.reporting run in the pool, on immutable records."""

    def __init__(self, write, *args, **kwargs):
        super().__init__()
        self.signals = ReportExportSignals()
        self._write, self._args, self._kwargs = write, args, kwargs

    def writer(self):
        return self._write

    def run(self) -> None:
        try:
            result = self.writer()(*self._args, **self._kwargs)
        except KnownProblemError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            self.signals.finished.emit(result)


class ReportExportTask(PdfTask):
    """The visit report; `content` is a services.reporting.sections.VisitContent."""

    def __init__(
        self,
        enterprise: Enterprise,
        visit: Visit,
        modules: list[ScoreModule],
        path: Path,
        content=None,
    ):
        super().__init__(None, enterprise, visit, modules, path, content=content)

    def writer(self):
        # reportlab loads on the first export, in the worker, not during start-up.
        from ..services.reporting.visit_report import write_visit_report

        return write_visit_report

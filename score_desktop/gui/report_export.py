"""Runs a visit-report export in the thread pool and reports back by signal."""

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ..domain.catalogues import ScoreModule
from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit
from ..services.reporting.result import ReportResult


class ReportExportSignals(QObject):
    """Signals:
    finished(object): the ReportResult.
    failed(str): a message for the user.
    """

    finished = Signal(object)
    failed = Signal(str)


class ReportExportTask(QRunnable):
    """Works on immutable records only: no widget, no database session in the worker."""

    def __init__(
        self,
        enterprise: Enterprise,
        visit: Visit,
        modules: list[ScoreModule],
        path: Path,
        content=None,
    ):
        """`content`: a services.reporting.sections.VisitContent (immutable records)."""
        super().__init__()
        self.signals = ReportExportSignals()
        self._args = (enterprise, visit, modules, path)
        self._content = content

    def run(self) -> None:
        # reportlab loads on the first export, in the worker, not during start-up.
        from ..services.reporting.visit_report import write_visit_report

        try:
            result: ReportResult = write_visit_report(*self._args, content=self._content)
        except KnownProblemError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            self.signals.finished.emit(result)


class PdfTask(QRunnable):
    """Any report writer of services.reporting run in the pool, on immutable records."""

    def __init__(self, write, *args):
        super().__init__()
        self.signals = ReportExportSignals()
        self._write, self._args = write, args

    def run(self) -> None:
        try:
            result = self._write(*self._args)
        except KnownProblemError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        else:
            self.signals.finished.emit(result)

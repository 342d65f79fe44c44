"""File ▸ Export visit report… and Export monthly progress report…: the export dialog, the
file name, then the writer in the thread pool behind a progress bar with Cancel."""

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..document.portfolio import PortfolioDocument
from .report_runner import ReportRunner
from .settings_keys import EXPORT_FOLDER


def ask_pdf_path(parent: QWidget, settings: QSettings, title: str, stem: str) -> Path | None:
    """A save dialog in the last export folder; the chosen name always ends in .pdf."""
    folder = EXPORT_FOLDER.read(settings)
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")[:60]
    suggested = str(Path(folder) / f"{safe}.pdf")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        QCoreApplication.translate("ReportExports", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    path = path if path.lower().endswith(".pdf") else path + ".pdf"
    EXPORT_FOLDER.write(settings, str(Path(path).parent))
    return Path(path)


def short_name(name: str) -> str:
    return name.split("(")[0].strip() or name


class ReportExports(QObject):
    """Signals:
    finished(object): a ReportResult.
    failed(str): why the report could not be written.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, document: PortfolioDocument, settings: QSettings, window: QWidget):
        super().__init__(window)
        self.document, self.settings, self.window = document, settings, window
        self.runner = ReportRunner(window)
        self.runner.finished.connect(self.finished)
        self.runner.failed.connect(self.failed)
        self.dialog = None

    # Asking ---------------------------------------------------------------------------------

    def ask_visit_report(self, visit_id: uuid.UUID) -> None:
        from .report_dialog import ReportKind

        self._ask(ReportKind.VISIT, lambda d: self._on_visit_dialog_accepted(d, visit_id))

    def ask_progress_report(self, enterprise_id: uuid.UUID) -> None:
        from .report_dialog import ReportKind

        self._ask(
            ReportKind.PROGRESS, lambda d: self._on_progress_dialog_accepted(d, enterprise_id)
        )

    def _ask(self, kind, on_accepted) -> None:
        from .report_dialog import ReportOptionsDialog  # with the first export

        dialog = ReportOptionsDialog(self.settings, kind, self.window)
        dialog.accepted.connect(lambda: on_accepted(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_visit_dialog_accepted(self, dialog, visit_id: uuid.UUID) -> None:
        visit = self.document.visit(visit_id)
        enterprise = self.document.enterprise(visit.enterprise_id)
        stem = f"visit-report-{short_name(enterprise.name)}-{visit.date}"
        path = ask_pdf_path(self.window, self.settings, self.tr("Export visit report"), stem)
        if path is not None:
            options, problems = dialog.options()
            self._report_problems(problems)
            self.start_visit_report(visit_id, path, options)

    def _on_progress_dialog_accepted(self, dialog, enterprise_id: uuid.UUID) -> None:
        enterprise = self.document.enterprise(enterprise_id)
        first, last = dialog.period()
        stem = f"progress-{short_name(enterprise.name)}-{first:%Y-%m}"
        title = self.tr("Export monthly progress report")
        path = ask_pdf_path(self.window, self.settings, title, stem)
        if path is not None:
            options, problems = dialog.options()
            self._report_problems(problems)
            self.start_progress_report(enterprise_id, first, last, path, options)

    def _report_problems(self, problems: list[str]) -> None:
        if problems:
            self.failed.emit(self.tr("A logo could not be read:") + "\n" + "\n".join(problems))

    # Writing --------------------------------------------------------------------------------

    def start_visit_report(self, visit_id: uuid.UUID, path: Path, options=None):
        # reportlab loads with the first export, in the worker's module, not at start-up
        from ..services.reporting.visit_report import write_visit_report
        from .report_content import visit_content

        visit = self.document.visit(visit_id)
        enterprise = self.document.enterprise(visit.enterprise_id)
        content = visit_content(self.document, enterprise.id, dt.date.today())
        return self.runner.start(
            self.tr("Writing the visit report…"),
            write_visit_report,
            enterprise,
            visit,
            self.document.modules(),
            path,
            content=content,
            options=options,
        )

    def start_progress_report(self, enterprise_id, first, last, path: Path, options=None):
        from ..services.reporting.progress_report import Period, write_progress_report
        from .report_content import progress_content

        content = progress_content(self.document, enterprise_id, dt.date.today())
        return self.runner.start(
            self.tr("Writing the progress report…"),
            write_progress_report,
            self.document.enterprise(enterprise_id),
            content,
            Period.of(first, last),
            path,
            options=options,
        )

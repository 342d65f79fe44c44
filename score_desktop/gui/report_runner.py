"""Starts a report export in the thread pool behind a progress dialog with Cancel, and hands
the result back: one place for the visit, EIP and monthly progress reports."""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import workers
from .error_hook import report_crash
from .report_export import PdfTask


class ReportRunner(QObject):
    """Signals:
    finished(object): a services.reporting.result.ReportResult.
    failed(str): why the report could not be written.
    cancelled(): the user cancelled (nothing was written).
    running_changed(bool): an export started or ended.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.task: PdfTask | None = None
        self.progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, title: str, write, *args, **kwargs) -> PdfTask:
        task = PdfTask(write, *args, **kwargs)
        progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, self.parent())
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)  # never to the task's: see gui/workers.py
        progress.canceled.connect(lambda: progress.setLabelText(self.tr("Cancelling…")))
        self.task, self.progress = task, progress
        self.running_changed.emit(True)
        return workers.start(
            task,
            crashed=self._on_task_crashed,
            progressed=self._on_task_progressed,
            finished=self._on_task_finished,
            failed=self._on_task_failed,
            cancelled=self._on_task_cancelled,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_task_progressed(self, done: int, total: int, what: str) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(what)
        dialog.setMaximum(total)
        # last: a window-modal QProgressDialog processes events in setValue, where the
        # worker's "finished" may arrive and end this export
        dialog.setValue(done)

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.task, self.progress = None, None
        self.running_changed.emit(False)

    def _on_task_finished(self, result) -> None:
        self._end()
        self.finished.emit(result)

    def _on_task_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_task_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()

    def _on_task_crashed(self, exc: BaseException) -> None:
        """A bug in the writer: the export ends (its temporary file is gone) and the
        error dialog says so, on this thread."""
        self._end()
        report_crash(exc)

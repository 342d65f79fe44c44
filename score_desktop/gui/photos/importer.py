"""One photo import at a time, in the thread pool, with a progress bar and Cancel.

Used wherever photos can arrive (the gallery, the hazard form, the plan): each caller says
which enterprise and which links (hazard, visit, zone, pin) the new records get.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ...document.photo_commands import AddPhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.photo import Photo, PhotoKind
from .. import workers
from ..error_hook import report_crash
from ..message_boxes import open_message
from .import_task import PhotoImportTask


def dropped_paths(event) -> list[Path]:
    """Local files carried by a drag (URLs from a browser are not files and are ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class FileDropTarget:
    """Mixin for a widget that takes local files dropped on it: it says whether it can take
    them now (`accepts_files`) and what to do with them (`files_dropped`)."""

    def accepts_files(self) -> bool:
        return True

    def files_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_paths(event) and self.accepts_files():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_paths(event) and self.accepts_files():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped(paths)


def choose_photo_files(parent: QWidget) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("PhotoImporter", "Add photos"),
        "",
        QCoreApplication.translate(
            "PhotoImporter", "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"
        ),
    )
    return [Path(p) for p in paths]


class PhotoImporter(QWidget):
    """A progress bar with Cancel, shown while an import runs.

    Signals:
        finished(object, list): the ImportSummary, and the Photo records made from it (already
            added as one undoable step, unless the import was started with add=False).
    """

    finished = Signal(object, list)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.task: PhotoImportTask | None = None
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.hide()
        self._request: tuple = ()

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, paths: list[Path], enterprise_id, links: dict | None = None, add: bool = True):
        """Read `paths` in the background; None when nothing to do or an import still runs."""
        if self.task is not None or not paths or enterprise_id is None:
            return None
        library = self.document.photos
        task = PhotoImportTask(paths, library.repository, library.keep_max_pixels)
        # the photos are one step of the tab the import started from, whatever is in front
        # when it ends
        self._request = (enterprise_id, dict(links or {}), add, self.document.undo.current)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.show()
        self.task = task
        return workers.start(
            task,
            finished=self._on_finished,
            failed=self._on_failed,
            crashed=self._on_crashed,
            progress=self._on_progress,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _on_finished(self, summary) -> None:
        """`summary` is a services.photo_import.ImportSummary."""
        self.task = None
        self.hide()
        enterprise_id, links, add, context = self._request
        if self.document.reviewing:  # a manager adds the evidence of an improvement
            links = {"kind": PhotoKind.AFTER, **links}
        photos = [
            Photo(
                enterprise_id=enterprise_id,
                sha256=p.sha256,
                width=p.width,
                height=p.height,
                original_name=p.original_name,
                taken_at=p.taken_at,
                camera=p.camera,
                **links,
            )
            for p in summary.imported
        ]
        command = AddPhotosCommand(self.document, photos) if photos and add else None
        if command is not None and not self.document.push(command, context):
            photos = []
        if summary.failures or summary.cancelled:
            self._show_summary(summary)
        self.finished.emit(summary, photos)

    def _on_failed(self, message: str) -> None:
        """A known problem stopped the whole batch (each file's own problems are in the
        summary): told as the summary's one failure."""
        from ...services.photo_import import ImportSummary

        self._on_finished(ImportSummary(failures=[("", message)]))

    def _on_crashed(self, exc: BaseException) -> None:
        """A bug in the worker: no record is made (bytes it stored are left to compaction),
        the caller hears the import ended, and the error dialog says why."""
        from ...services.photo_import import ImportSummary

        self.task = None
        self.hide()
        self.finished.emit(ImportSummary(), [])
        report_crash(exc)

    def _show_summary(self, summary) -> None:
        lines = [self.tr("%n photo(s) imported.", "", len(summary.imported))]
        if summary.cancelled:
            lines.append(self.tr("The import was cancelled; the rest was not read."))
        lines += [message for _name, message in summary.failures]
        open_message(
            self.window(),
            QMessageBox.Icon.Information,
            self.tr("Photo import"),
            "\n".join(lines),
            "import_summary",
        )

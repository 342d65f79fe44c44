"""Photo import in the thread pool: bytes are stored by the worker, records by the GUI.

The worker reads files and stores their bytes (content-addressed, so a repeat costs nothing);
it never touches a widget or the document. Records are made on the GUI thread from the
finished summary, as one undoable command.
"""

import threading
from pathlib import Path

from PySide6.QtCore import Signal

from ...domain.ports import PhotoRepository
from ..workers import Worker, WorkerSignals
from .thumbnails import remember


class PhotoImportSignals(WorkerSignals):
    """Signals (besides finished, with the ImportSummary, and crashed):
    progress(int, int): files done, files in all.
    """

    progress = Signal(int, int)


class PhotoImportTask(Worker):
    signals_class = PhotoImportSignals
    signals: PhotoImportSignals

    def __init__(self, paths: list[Path], repository: PhotoRepository, keep_max_pixels: int):
        super().__init__()
        self._keep_max_pixels = keep_max_pixels
        self._paths = list(paths)
        self._repository = repository
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def work(self) -> object:
        # Pillow loads with the first import, in the worker, not at start-up.
        from ...services.photo_import import import_photos

        def store(photo) -> None:
            self._repository.store_blob(photo.data, photo.thumbnail, photo.media_type)
            remember(photo.sha256, photo.thumbnail)

        return import_photos(
            self._paths,
            store,
            progress=self.signals.progress.emit,
            cancelled=self._cancel.is_set,
            keep_max_pixels=self._keep_max_pixels,
        )

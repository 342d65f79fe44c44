"""Decoded thumbnails, shared by every gallery and kept for the session.

Decoding a hundred thumbnails on the GUI thread would freeze the window, so the import
worker decodes the ones it made (QImage may be built on any thread) and puts them here;
others are read from storage in one query when first shown.
"""

import threading

from PySide6.QtGui import QImage, QPixmap

from ...domain.errors import KnownProblemError
from ...domain.ports import PhotoRepository

_images: dict[str, QImage] = {}
_lock = threading.Lock()


def remember(sha256: str, data: bytes) -> None:
    """Decode and keep a thumbnail; safe to call from a worker thread."""
    image = QImage.fromData(data)
    if not image.isNull():
        with _lock:
            _images[sha256] = image


def pixmaps(repository: PhotoRepository, hashes: list[str]) -> dict[str, QPixmap]:
    """Thumbnails of `hashes` that could be shown; a missing or unreadable one is left out."""
    with _lock:
        missing = [h for h in set(hashes) if h not in _images]
    if missing:
        try:
            for sha256, data in repository.load_thumbnails(missing).items():
                remember(sha256, data)
        except KnownProblemError:
            pass  # shown as damaged by the caller
    with _lock:
        return {h: QPixmap.fromImage(_images[h]) for h in set(hashes) if h in _images}

"""Decoded thumbnails, shared by every gallery and kept for the session.

Decoding a hundred thumbnails on the GUI thread would freeze the window, so the import
worker decodes the ones it made and puts their pixels here; others are read from storage in
one query when first shown. The worker decodes with Pillow, not QImage: QImage.fromData
holds the GIL while it takes Qt's locks (probing the format), and the GUI thread, holding
one of those locks while an object is destroyed, waited for the GIL: the app froze.
"""

import io
import threading

from PIL import Image
from PySide6.QtGui import QImage, QPixmap

from ...domain.errors import KnownProblemError
from ...domain.ports import PhotoRepository

_pixels: dict[str, tuple[bytes, int, int]] = {}  # RGBA bytes, width, height
_images: dict[str, QImage] = {}  # made from _pixels on the GUI thread
_lock = threading.Lock()


def remember(sha256: str, data: bytes) -> None:
    """Decode and keep a thumbnail; safe to call from a worker thread (no Qt call)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            rgba = image.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return  # unreadable: shown as damaged by the caller
    with _lock:
        _pixels[sha256] = (rgba.tobytes(), rgba.width, rgba.height)


def _image(sha256: str) -> QImage | None:
    """The thumbnail as a QImage (call with the lock held, on the GUI thread)."""
    image = _images.get(sha256)
    if image is None and sha256 in _pixels:
        raw, width, height = _pixels.pop(sha256)
        image = QImage(raw, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        _images[sha256] = image
    return image


def pixmaps(repository: PhotoRepository, hashes: list[str]) -> dict[str, QPixmap]:
    """Thumbnails of `hashes` that could be shown; a missing or unreadable one is left out."""
    with _lock:
        missing = [h for h in set(hashes) if h not in _images and h not in _pixels]
    if missing:
        try:
            for sha256, data in repository.load_thumbnails(missing).items():
                remember(sha256, data)
        except KnownProblemError:
            pass  # shown as damaged by the caller
    with _lock:
        images = {h: _image(h) for h in set(hashes)}
        return {h: QPixmap.fromImage(image) for h, image in images.items() if image is not None}

"""Thumbnails decoded off the GUI thread without Qt, shown as pixmaps on it."""

import io
import threading
import uuid

from PIL import Image

from score_desktop.gui.photos import thumbnails


class NoThumbnails:
    def load_thumbnails(self, hashes):
        return {}


def test_a_worker_decodes_a_thumbnail_without_qt_and_the_gallery_shows_it(qtbot, monkeypatch):
    def no_qt_decoding(*_args):
        raise AssertionError("QImage decoding in the worker holds the GIL under Qt's locks")

    monkeypatch.setattr(thumbnails.QImage, "fromData", no_qt_decoding)
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 40, 10)).save(buffer, "JPEG")
    good, broken = str(uuid.uuid4()), str(uuid.uuid4())
    worker = threading.Thread(
        target=lambda: [
            thumbnails.remember(good, buffer.getvalue()),
            thumbnails.remember(broken, b"not a jpeg"),
        ]
    )
    worker.start()
    worker.join()
    shown = thumbnails.pixmaps(NoThumbnails(), [good, broken])
    assert list(shown) == [good]  # the unreadable one is left out
    image = shown[good].toImage()
    assert (image.width(), image.height()) == (32, 24)
    red, green, blue, _ = image.pixelColor(16, 12).getRgb()
    assert red > 170 and green < 80 and blue < 60

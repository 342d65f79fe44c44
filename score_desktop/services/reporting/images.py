"""Photos and plan backgrounds prepared for print: decoded once, EXIF orientation applied,
downsampled to ~200 dpi for the size they are placed at, written as JPEG.

Each prepared image is a file in a folder that lives as long as the export; reportlab embeds a
JPEG file as it is (no re-encoding) and names it by its path, so an image placed twice at the
same size is embedded once.
"""

import hashlib
import io
import tempfile
from pathlib import Path

from PIL import Image, ImageOps

from ...domain.errors import KnownProblemError

PRINT_DPI = 200
JPEG_QUALITY = 85


class PhotoUnreadableError(KnownProblemError):
    """Stored bytes that no longer decode (reported, the report goes on without them)."""


def print_pixels(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> tuple[int, int]:
    return max(1, round(width_pt / 72 * dpi)), max(1, round(height_pt / 72 * dpi))


def prepare_jpeg(data: bytes, width_pt: float, height_pt: float, fade: float = 0.0) -> bytes:
    """The image fitted into the placed box at print resolution; `fade` blends it towards
    white (plan backgrounds are printed at their on-screen opacity)."""
    target = print_pixels(width_pt, height_pt)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format == "JPEG":
                image.draft("RGB", target)  # the decoder scales down while decoding
            picture = ImageOps.exif_transpose(image)
            picture = picture.convert("RGB")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoUnreadableError(f"An image could not be read: {exc}") from exc
    if picture.width > target[0] or picture.height > target[1]:
        picture.thumbnail(target, Image.Resampling.LANCZOS)
    if fade > 0:
        picture = Image.blend(picture, Image.new("RGB", picture.size, "white"), min(fade, 0.95))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


class PrintImages:
    """Prepared images of one export, by source and fade.

    A photo placed twice (a hazard's detail block and its before/after pair) is prepared once,
    at the largest size it is placed at (see reserve()), and embedded once.
    """

    def __init__(self):
        self._folder = tempfile.TemporaryDirectory(prefix="score-report-")
        self._paths: dict[tuple, str] = {}
        self._largest: dict[tuple, tuple[float, float]] = {}

    def reserve(self, key: str, width_pt: float, height_pt: float, fade: float = 0.0) -> None:
        """Announce a placement before anything is prepared."""
        cache_key = (key, round(fade, 3))
        w, h = self._largest.get(cache_key, (0.0, 0.0))
        self._largest[cache_key] = (max(w, width_pt), max(h, height_pt))

    def path_for(
        self, key: str, data_loader, width_pt: float, height_pt: float, fade: float = 0.0
    ) -> str:
        """`key` names the source (a photo's SHA-256); the loader is called only once."""
        cache_key = (key, round(fade, 3))
        if cache_key not in self._paths:
            w, h = self._largest.get(cache_key, (width_pt, height_pt))
            jpeg = prepare_jpeg(data_loader(), max(w, width_pt), max(h, height_pt), fade)
            name = hashlib.sha256(repr(cache_key).encode()).hexdigest()[:24] + ".jpg"
            path = Path(self._folder.name) / name
            path.write_bytes(jpeg)
            self._paths[cache_key] = str(path)
        return self._paths[cache_key]

    def close(self) -> None:
        self._folder.cleanup()

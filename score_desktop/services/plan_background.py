"""Turning a file into a plan background: an image (PNG, JPEG, WebP) or one page of a PDF.

Everything is checked before anything is stored: the result is PNG or JPEG bytes Qt can show,
with EXIF rotation applied, within a pixel budget. Failures raise BackgroundImportError with a
message for the user.
"""

import io
import math
import warnings
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image, ImageOps, UnidentifiedImageError

from ..domain import text
from ..domain.errors import KnownProblemError
from .reporting.progress import NO_PROGRESS, ExportProgress
from .user_files import UnreadableFileError, read_user_file

MAX_PIXELS = 50_000_000  # ~ a 10,000 × 5,000 scan; beyond this the editor would crawl
PDF_DPI = 150
MAX_PDF_SIDE_PX = 8000


class BackgroundImportError(KnownProblemError):
    """The file cannot be used as a background; the plan was not changed."""


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    media_type: str
    width: int
    height: int
    source_name: str


def prepare_background(
    path: Path, page: int = 0, scale_down: bool = False, progress: ExportProgress = NO_PROGRESS
) -> PreparedImage:
    """Read `path` (image or PDF) and return bytes ready to store as a background. An image
    over MAX_PIXELS raises ImageTooLargeError, unless `scale_down`: then it is made smaller
    to fit (up to Pillow's own decompression-bomb limit, past which it is refused)."""
    path = Path(path)
    progress.step(0, 3, "read")
    if _head(path).startswith(b"%PDF"):
        return _pdf_page(path, page)
    return _image(path, scale_down, progress)


class ImageTooLargeError(BackgroundImportError):
    """An image over the pixel budget that could be scaled down to fit."""

    def __init__(self, path: Path, width: int, height: int, page: int = 0):
        super().__init__(_too_large(path, width, height))
        self.path, self.page, self.width, self.height = path, page, width, height
        self.limit = MAX_PIXELS


def _image(path: Path, scale_down: bool, progress: ExportProgress) -> PreparedImage:
    image: Image.Image  # opened as an ImageFile, transposed into a plain Image
    try:
        with warnings.catch_warnings():
            # the budget below is the check; Pillow still refuses a bomb (DecompressionBombError)
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS and not scale_down:
                    raise ImageTooLargeError(path, width, height)
                factor = min(1.0, math.sqrt(MAX_PIXELS / (width * height)))
                if factor < 1:  # a JPEG decodes straight to a smaller size
                    image.draft("RGB", (int(width * factor) + 1, int(height * factor) + 1))
                image.load()
                progress.step(1, 3, "decode")
                if factor < 1:
                    size = (max(1, int(width * factor)), max(1, int(height * factor)))
                    image = image.resize(size, Image.Resampling.LANCZOS)
                image = ImageOps.exif_transpose(image)
                progress.step(2, 3, "encode")
                return _encode(image, path.name)
    except BackgroundImportError:
        raise
    except Image.DecompressionBombError as exc:
        raise BackgroundImportError(
            f"{path.name} has more pixels than a background may have (at most "
            f"{MAX_PIXELS / 1e6:.0f} megapixels). Scale it down (a 5,000-pixel-wide scan is "
            "plenty to trace over) and import it again."
        ) from exc
    except UnidentifiedImageError as exc:
        raise BackgroundImportError(
            f"{path.name} is not an image this application can read (PNG, JPEG, WebP or PDF)."
        ) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise BackgroundImportError(f"{path.name} is damaged or incomplete: {exc}") from exc


def _too_large(path: Path, width: int, height: int) -> str:
    megapixels = width * height / 1e6
    return (
        f"{path.name} is {width} × {height} pixels ({megapixels:.0f} megapixels); backgrounds "
        f"can have at most {MAX_PIXELS / 1e6:.0f}. Scale it down (a 5,000-pixel-wide scan is "
        "plenty to trace over) and import it again."
    )


def _pdf_page(path: Path, page: int) -> PreparedImage:
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise BackgroundImportError(
                f"{path.name} is protected by a password; save an unprotected copy first."
            ) from exc
        raise BackgroundImportError(f"{path.name} is not a readable PDF: {exc}") from exc
    try:
        if not 0 <= page < len(pdf):
            raise BackgroundImportError(f"{path.name} has no page {page + 1}.")
        pdf_page = pdf[page]
        width_pt, height_pt = pdf_page.get_size()
        scale = min(PDF_DPI / 72, MAX_PDF_SIDE_PX / max(width_pt, height_pt, 1))
        bitmap = pdf_page.render(scale=scale)
        image = bitmap.to_pil()
        prepared = _encode(image, f"{path.name} (page {page + 1})")
        bitmap.close()
        pdf_page.close()
        return prepared
    except pypdfium2.PdfiumError as exc:
        raise BackgroundImportError(f"{path.name}: page {page + 1} cannot be drawn: {exc}") from exc
    finally:
        pdf.close()


def _encode(image: Image.Image, source_name: str) -> PreparedImage:
    """Photos as JPEG, drawings and transparency as PNG: small enough to keep in the database.
    A file name's characters that text may not hold (domain.text) become U+FFFD."""
    source_name = text.replaced(source_name)[0]
    has_alpha = (
        image.mode in ("RGBA", "LA", "P")
        and "transparency" in image.info
        or (image.mode in ("RGBA", "LA"))
    )
    buffer = io.BytesIO()
    if image.format == "JPEG" or (
        not has_alpha and image.mode in ("RGB", "L", "CMYK", "YCbCr") and _looks_photographic(image)
    ):
        image.convert("RGB").save(buffer, "JPEG", quality=90, optimize=True)
        media_type = "image/jpeg"
    else:
        image.save(buffer, "PNG", optimize=False)
        media_type = "image/png"
    return PreparedImage(buffer.getvalue(), media_type, image.width, image.height, source_name)


def _looks_photographic(image: Image.Image) -> bool:
    """Many distinct colours in a thumbnail: a photo (JPEG); few: a drawing or scan (PNG)."""
    sample = image.convert("RGB")
    sample.thumbnail((64, 64))
    colours = sample.getcolors(maxcolors=4096)
    return colours is None or len(colours) > 1500


def _head(path: Path) -> bytes:
    """The first bytes of a regular file (a pipe or device is refused, never waited on)."""
    try:
        return read_user_file(path, head=5)
    except UnreadableFileError as exc:
        raise BackgroundImportError(f"{path.name} {exc}") from exc


def page_count(path: Path) -> int:
    """Pages of a PDF (1 for an image), for the page chooser."""
    path = Path(path)
    if _head(path).startswith(b"%PDF"):
        try:
            pdf = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            return 1
        try:
            return len(pdf)
        finally:
            pdf.close()
    return 1

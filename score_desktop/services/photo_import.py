"""Reading photo files for import: orientation, capture data, size policy, thumbnails.

Each file is judged on its own: a bad one gets a message in the summary and the rest of the
batch goes on. Nothing here touches storage; `import_photos` hands each good photo to a
callback, so the caller decides where bytes go (and a worker thread can run it).
"""

import datetime as dt
import functools
import hashlib
import io
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..domain import text
from ..domain.errors import KnownProblemError
from ..domain.photo import KEEP_ORIGINAL_MAX_PIXELS
from .user_files import ReadCancelled, UnreadableFileError, read_user_file

DOWNSCALE_LONG_SIDE = 4000
THUMBNAIL_PX = 320
JPEG_QUALITY = 90
_EXIF_DATETIME = (36867, 36868, 306)  # DateTimeOriginal, DateTimeDigitized, DateTime
_EXIF_MAKE, _EXIF_MODEL = 271, 272


class PhotoImportError(KnownProblemError):
    """One file could not be imported; the message says why, in words for the user."""


@dataclass(frozen=True)
class ReadPhoto:
    sha256: str  # of the stored bytes
    data: bytes
    media_type: str
    width: int
    height: int
    thumbnail: bytes
    taken_at: dt.datetime | None
    camera: str
    original_name: str
    downscaled: bool


@dataclass
class ImportSummary:
    imported: list[ReadPhoto] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)
    cancelled: bool = False


SUPPORTED_FORMATS = ("JPEG", "PNG", "WEBP", "MPO", "HEIF")


@functools.cache
def _enable_heif() -> None:
    """Phone cameras save HEIC; pillow-heif teaches Pillow to read it (stored as JPEG)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def read_photo(
    path: Path,
    keep_max_pixels: int = KEEP_ORIGINAL_MAX_PIXELS,
    cancelled: Callable[[], bool] = lambda: False,
) -> ReadPhoto:
    """Raises PhotoImportError (this file only), or ReadCancelled. Only a regular file is
    read (services/user_files.py), a chunk at a time, so Cancel reaches a long read."""
    _enable_heif()
    path = Path(path)
    name = text.replaced(path.name)[0]
    try:
        original = read_user_file(path, cancelled=cancelled)
    except UnreadableFileError as exc:
        raise PhotoImportError(f"{name}: {exc}") from exc
    if not original:
        raise PhotoImportError(f"{name}: the file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(original)) as image:
                source_format = image.format
                exif = image.getexif()
                width, height = image.size
                keep = (
                    source_format == "JPEG"
                    and exif.get(0x0112, 1) == 1
                    and width * height <= keep_max_pixels
                )
                if keep:
                    # The bytes are stored as they are, so only a thumbnail is needed: the
                    # decoder scales down while decoding (a truncated file still fails).
                    image.draft("RGB", (2 * THUMBNAIL_PX, 2 * THUMBNAIL_PX))
                image.load()
                upright = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoImportError(f"{name}: has more pixels than this application accepts.") from exc
    except UnidentifiedImageError as exc:
        raise PhotoImportError(
            f"{name}: is not a photo this application can read (JPEG, PNG, WebP or HEIC)."
        ) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise PhotoImportError(f"{name}: is damaged or incomplete ({exc}).") from exc
    if source_format not in SUPPORTED_FORMATS:
        raise PhotoImportError(
            f"{name}: {source_format} images are not supported; use JPEG, PNG, WebP or HEIC."
        )

    downscaled = False
    if keep:
        data, media_type = original, "image/jpeg"
    elif source_format == "PNG" and exif.get(0x0112, 1) == 1 and width * height <= keep_max_pixels:
        data, media_type = original, "image/png"
    else:  # turned upright, too large, or a format stored as JPEG: re-encode
        if upright.width * upright.height > keep_max_pixels:
            # at most DOWNSCALE_LONG_SIDE wide, and within the policy's pixel count
            scale = min(
                DOWNSCALE_LONG_SIDE / max(upright.size),
                (keep_max_pixels / (upright.width * upright.height)) ** 0.5,
            )
            size = (max(1, int(upright.width * scale)), max(1, int(upright.height * scale)))
            upright = upright.resize(size, Image.Resampling.LANCZOS)
            downscaled = True
        data, media_type = _encode(upright)
        width, height = upright.size
    thumbnail = upright.copy()
    thumbnail.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    thumb_bytes, _ = _encode(thumbnail, force_jpeg=True)
    return ReadPhoto(
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        media_type=media_type,
        width=width,
        height=height,
        thumbnail=thumb_bytes,
        taken_at=_taken_at(exif),
        camera=text.replaced(_camera(exif))[0],
        original_name=name,
        downscaled=downscaled,
    )


def _encode(image: Image.Image, force_jpeg: bool = False) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if force_jpeg or image.mode not in ("RGBA", "LA", "P"):
        image.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return buffer.getvalue(), "image/jpeg"
    image.save(buffer, "PNG")
    return buffer.getvalue(), "image/png"


def _taken_at(exif: Image.Exif) -> dt.datetime | None:
    sub = exif.get_ifd(0x8769) if exif else {}
    for tag in _EXIF_DATETIME:
        value = sub.get(tag) or exif.get(tag)
        if isinstance(value, str):
            try:
                return dt.datetime.strptime(value.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
            except ValueError:
                continue
    return None


def _camera(exif: Image.Exif) -> str:
    make, model = (str(exif.get(tag, "")).strip("\x00 ") for tag in (_EXIF_MAKE, _EXIF_MODEL))
    if model.startswith(make):
        return model
    return " ".join(part for part in (make, model) if part)


def import_photos(
    paths: Iterable[Path],
    store: Callable[[ReadPhoto], None],
    *,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    keep_max_pixels: int = KEEP_ORIGINAL_MAX_PIXELS,
) -> ImportSummary:
    """Read each file and hand good ones to `store`; a bad file never stops the batch.
    `cancelled` is asked before each file and between the chunks of a long read."""
    paths = list(paths)
    summary = ImportSummary()
    for done, path in enumerate(paths):
        try:
            if cancelled():
                raise ReadCancelled
            photo = read_photo(path, keep_max_pixels, cancelled)
            store(photo)
            summary.imported.append(photo)
        except ReadCancelled:
            summary.cancelled = True
            break
        except KnownProblemError as exc:
            summary.failures.append((text.replaced(Path(path).name)[0], str(exc)))
        progress(done + 1, len(paths))
    return summary

"""Whether photos and plan backgrounds can be imported, without a workspace: each file is
read exactly as the import reads it (services/photo_import.py, services/plan_background.py).

For support ("my phone's photos do not import") and for checking a bundle: HEIC needs
pillow-heif's libheif, PDF pages need PDFium, and a bundle that lacks either fails here.
"""

from pathlib import Path

from ..domain.errors import KnownProblemError
from .photo_import import read_photo
from .plan_background import page_count, prepare_background
from .user_files import UnreadableFileError, read_user_file


def check_file(path: Path) -> str:
    """One line on what an import would make of `path`; raises KnownProblemError if none."""
    path = Path(path)
    try:
        head = read_user_file(path, head=5)
    except UnreadableFileError as exc:
        raise KnownProblemError(f"{path.name}: {exc}") from exc
    if head.startswith(b"%PDF"):
        prepared = prepare_background(path)
        pages = page_count(path)
        return (
            f"{path.name}: plan background, PDF page 1 of {pages} rendered at "
            f"{prepared.width}×{prepared.height} ({prepared.media_type})"
        )
    photo = read_photo(path)
    taken = photo.taken_at.isoformat(sep=" ") if photo.taken_at else "capture time unknown"
    return (
        f"{path.name}: photo {photo.width}×{photo.height}, stored as {photo.media_type}"
        f"{' (downscaled)' if photo.downscaled else ''}, {taken}"
    )

"""Reading files the user names (photos, plan backgrounds, cover logos): regular files only,
a chunk at a time, so a read never waits where Cancel cannot reach it.

A named pipe opened for an ordinary read waits for a writer: a pipe given as a photo hung
the import for ever. Files are opened without blocking (a pipe then opens at once) and
anything but a regular file (a pipe, a device, a folder) is refused with a reason. Messages
say why without the file's name; the caller puts it in front.
"""

import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import KnownProblemError

MAX_BYTES = 512 * 1024 * 1024  # a phone photo is under 30 MB, a scanned plan under 200
CHUNK_BYTES = 1024 * 1024  # read between looks at the cancel flag
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class UnreadableFileError(KnownProblemError):
    """Why a file cannot be read, in words for the user (without its name)."""


class ReadCancelled(Exception):
    """The user cancelled while the file was read."""


def read_user_file(
    path: Path,
    *,
    limit: int | None = None,
    head: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """The bytes of the regular file at `path` (only its first `head` bytes, if given), at
    most `limit` bytes (default MAX_BYTES).

    Raises:
        UnreadableFileError: not a regular file, larger than `limit`, or unreadable.
        ReadCancelled: `cancelled()` said so between two chunks.
    """
    limit = MAX_BYTES if limit is None else limit
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise UnreadableFileError("does not exist.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"cannot be read ({exc.strerror or exc}).") from exc
    try:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode):
            raise UnreadableFileError("is not a file but a folder, pipe or device.")
        wanted = limit if head is None else min(head, limit)
        if head is None and found.st_size > limit:
            raise UnreadableFileError(
                f"is {found.st_size / 1e6:,.0f} MB, more than the {limit / 1e6:,.0f} MB "
                "this application reads."
            )
        return _read(handle, wanted, cancelled, whole=head is None)
    except OSError as exc:
        raise UnreadableFileError(f"cannot be read ({exc.strerror or exc}).") from exc
    finally:
        os.close(handle)


def _read(handle: int, wanted: int, cancelled: Callable[[], bool], whole: bool) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < wanted:
        if cancelled():
            raise ReadCancelled
        chunk = os.read(handle, min(CHUNK_BYTES, wanted - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    else:  # `wanted` bytes read: the whole file should have ended there
        if whole and os.read(handle, 1):
            raise UnreadableFileError("grew while it was read; try again.")
    return b"".join(chunks)

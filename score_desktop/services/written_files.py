"""Files the app writes for the user (reports, exports): written under a temporary name in
the target folder, then renamed, with the user's normal file mode.

`tempfile.mkstemp` creates its file readable by its owner alone (0600); renamed as it was,
a report could not be read by the colleague the folder is shared with.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def user_file_mode() -> int:
    """0666 less the process's umask, read without changing it where the system allows
    (changing it, even for a moment, would race with other threads creating files)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def move_into_place(temporary: str | Path, path: str | Path) -> None:
    """Give the finished temporary file the user's mode, then rename it over `path`."""
    os.chmod(temporary, user_file_mode())
    os.replace(temporary, path)


@contextmanager
def written_in_place(path: str | Path, prefix: str = ".export-") -> Iterator[Path]:
    """A temporary file beside `path` for the block to write; renamed over `path` when the
    block ends, removed if it raises (a failed export leaves neither a partial file nor an
    empty one where the user's was)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        move_into_place(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""The log file in the user's log folder: bugs and their tracebacks go there for support.

Set up after the window's first paint (platformdirs and the handler cost start-up time),
or at once by the first uncaught error, whichever comes first. Stdlib and platformdirs only:
the window and the headless commands share it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

APP_DIR_NAME = "score-desktop"
LOG_FILE_NAME = "score-desktop.log"

log = logging.getLogger("score_desktop")
_configured: list[Path] = []
_lock = threading.Lock()  # two threads failing at once set up one handler


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def configure_logging() -> Path:
    """Log to a rotating file in the user's log folder; returns the file. Idempotent."""
    with _lock:
        return _configured[0] if _configured else _configure()


def _configure() -> Path:
    from logging.handlers import RotatingFileHandler

    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _configured.append(path)
    return path

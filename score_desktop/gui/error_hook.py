"""The application's excepthook: a bug is logged and shown in a dialog, on the GUI thread only.

Python calls `sys.excepthook` on the thread where the exception escaped: a `QRunnable.run`
of the thread pool, a Python thread (through `threading.excepthook`). A widget made there
crashes the process (a QMessageBox off the GUI thread segfaulted on an export), so the hook
logs on any thread but hands the dialog to the GUI thread by a queued signal.

The log file is set up by the first error if the start has not done it yet, so a bug before
the first paint is written down too; the dialog names the file. The last few errors are
kept (type and place only: their messages may quote the user's records) for the About
dialog's diagnostics.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("score_desktop")


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class ErrorHook(QObject):
    """Made on the GUI thread. Call it as `sys.excepthook(type, exc, tb)` from any thread.

    Signals:
        arrived(object, object, object): an exception met off the GUI thread (queued to it).
    """

    arrived = Signal(object, object, object)

    def __init__(self, log_file: Callable[[], Path] | None = None) -> None:
        super().__init__()
        self._log_file = log_file  # sets up the log file (once) and returns its path
        self.log_path: Path | None = None  # known once the log file is set up
        self.recent: deque[str] = deque(maxlen=5)  # "time Type at file:line in function"
        self.arrived.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def ensure_log_file(self) -> Path | None:
        if self.log_path is None and self._log_file is not None:
            try:
                self.log_path = self._log_file()
            except OSError as exc:  # a full or read-only disk must not hide the bug itself
                print(f"score-desktop: cannot write the log file: {exc}", file=sys.stderr)
        return self.log_path

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        self.ensure_log_file()
        self.recent.append(summary(exc_type, tb))
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        traceback.print_exception(exc_type, exc, tb)
        if QCoreApplication.instance() is None:
            return
        if on_gui_thread():
            self.show(exc_type, exc, tb)
        else:
            self.arrived.emit(exc_type, exc, tb)

    def show(self, _exc_type: object, exc: BaseException, _tb: object) -> None:
        """The dialog; a slot, so it always runs on the GUI thread."""
        if self.log_path is not None:
            where = QCoreApplication.translate(
                "app",
                "The details were written to %1: please send that file with your report of "
                "the problem.",
            ).replace("%1", str(self.log_path))
        else:
            where = QCoreApplication.translate(
                "app", "The details could not be written to a log file."
            )
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong: %1\n\nEverything you had saved is safe in the workspace. %2",
            )
            .replace("%2", where)
            .replace("%1", str(exc)),
        )


def summary(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """When, what and where, without the message: e.g. `09:12:03 KeyError at gui/x.py:40 in f`."""
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    frames = traceback.extract_tb(tb) if tb is not None else []
    if not frames:
        return f"{when} {exc_type.__name__}"
    last = frames[-1]
    parts = Path(last.filename).parts
    own = parts.index("score_desktop") if "score_desktop" in parts else len(parts) - 1
    short = "/".join(parts[own:])  # the app's own path, or the file name: never the home
    return f"{when} {exc_type.__name__} at {short}:{last.lineno} in {last.name}"


def install(log_file: Callable[[], Path] | None = None) -> ErrorHook:
    """The hook for Python's and Qt's threads alike; kept by `sys.excepthook`."""
    hook = ErrorHook(log_file)
    sys.excepthook = hook
    threading.excepthook = _from_thread
    return hook


def _from_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    sys.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def report_crash(exc: BaseException) -> None:
    """A worker's bug, handed over by its `crashed` signal: shown by the excepthook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)

"""The application's excepthook: a bug is logged and shown in a dialog, on the GUI thread only.

Python calls `sys.excepthook` on the thread where the exception escaped: a `QRunnable.run`
of the thread pool, a Python thread (through `threading.excepthook`). A widget made there
crashes the process (a QMessageBox off the GUI thread segfaulted on an export), so the hook
logs on any thread but hands the dialog to the GUI thread by a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
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

    def __init__(self) -> None:
        super().__init__()
        self.log_folder: Path | None = None  # known once logging is set up
        self.arrived.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
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
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong: %1\n\nEverything you had saved is safe in the "
                "workspace. Details are in %2.",
            )
            .replace("%1", str(exc))
            .replace("%2", str(self.log_folder) if self.log_folder else "-"),
        )


def install() -> ErrorHook:
    """The hook for Python's and Qt's threads alike; kept by `sys.excepthook`."""
    hook = ErrorHook()
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

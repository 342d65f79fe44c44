"""The one way work runs off the GUI thread: a `Worker` in the global thread pool.

Whatever `work()` raises leaves the worker as a signal, never as an exception: an exception
escaping `QRunnable.run` reaches `sys.excepthook` on the worker's thread, and a dialog opened
there crashes the process. Known problems (`KnownProblemError` and what a subclass's
`failure()` recognises) become `failed(str)`; anything else, a bug, becomes `crashed(object)`.
The signals object is made on the GUI thread, and `start` connects every slot queued, so each
outcome is handled there: the receiver ends its progress display, removes what the work
left, and hands a crash to `error_hook.report_crash` (the window's error dialog).

The signals object also dies on the GUI thread. The pool deletes a finished worker on the
worker's thread, and a QObject the worker owned would die there with it while the GUI thread
may still deliver its signals (Qt allows deleting a QObject only on its own thread). So the
application owns the signals object, and `ended` (emitted last, queued) deletes it on the
GUI thread once every outcome has been handled.

For the same reason no Qt signal may be connected to a worker's own method (a progress
dialog's Cancel to `task.cancel`): PySide then keeps a weak reference to the worker, whose
callback disconnects on the pool's thread as the worker dies there, while the GUI thread
deletes the dialog. That crashed an office sync now and then (seen in gdb). Connect to a
method of the QObject that owns the worker instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

from ..domain.bulk import collector_paused
from ..domain.errors import KnownProblemError


class WorkerSignals(QObject):
    """Signals:
    finished(object): what `work()` returned.
    failed(str): a known problem, in words for the user.
    crashed(object): any other exception (a bug), for `error_hook.report_crash`.
    ended(): after any outcome, last; queued to this object's deleteLater.
    """

    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)
    ended = Signal()  # after any outcome: the signals object can go


class Worker(QRunnable):
    """Subclasses implement `work()`; those with more outcomes (cancelled, progress, damage)
    give a `WorkerSignals` subclass as `signals_class` and override `failure()`."""

    signals_class: type[WorkerSignals] = WorkerSignals

    def __init__(self) -> None:
        super().__init__()
        # on the GUI thread, so slots there run queued; owned by the application, so it
        # does not die with this worker on the pool's thread (see the module's docstring)
        self.signals = self.signals_class(QCoreApplication.instance())
        self.signals.ended.connect(self.signals.deleteLater, Qt.ConnectionType.QueuedConnection)

    def work(self) -> object:
        raise NotImplementedError

    def failure(self, exc: BaseException) -> bool:
        """Emit the signal that tells the known problem `exc`; False if it is not one."""
        if isinstance(exc, KnownProblemError):
            self.signals.failed.emit(str(exc))
            return True
        return False

    def run(self) -> None:
        # The cyclic collector never runs on a worker's thread: a pass there may free a
        # cycle holding Qt objects of the GUI thread, which crashes the process (seen in
        # an office sync's failed open). Collections wait for the GUI thread.
        try:
            with collector_paused():
                self._run()
        finally:
            self.signals.ended.emit()

    def _run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every exception leaves as a signal
            try:
                known = self.failure(exc)
            except BaseException as inner:  # noqa: BLE001 - a bug in failure() itself
                exc, known = inner, False
            if not known:
                self.signals.crashed.emit(exc)
        else:
            self.signals.finished.emit(result)


W = TypeVar("W", bound=Worker)


def start(
    worker: W,
    *,
    finished: Callable[[object], None],
    failed: Callable[[str], None],
    crashed: Callable[[BaseException], None],
    **more: Callable,
) -> W:
    """Connect the three outcomes and any `more` signals (name → slot) queued, then start
    `worker` in the global pool: every outcome has a receiver, so no worker ends unheard.
    Slots should be bound methods of QObjects on the GUI thread (Qt drops those
    connections when their owner goes first, never a lambda's)."""
    queued = Qt.ConnectionType.QueuedConnection
    slots = {"finished": finished, "failed": failed, "crashed": crashed, **more}
    for name, slot in slots.items():
        getattr(worker.signals, name).connect(slot, queued)
    QThreadPool.globalInstance().start(worker)
    return worker

"""One sync with the office server off the GUI thread."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal

from ...domain.office import OfficeAddress, OfficePasswordRefusedError, SyncReport
from ..workers import Worker, WorkerSignals


class OfficeHost(Protocol):
    """What the composition root gives the window (window_workspace.py): the window may not
    import storage, and the sync needs the workspace's own database."""

    @property
    def can_sync(self) -> bool: ...  # a workspace file is open and can be written

    def sync_office(  # worker
        self, address: OfficeAddress, password: str, name: str, progress
    ) -> SyncReport: ...


class SyncSignals(WorkerSignals):
    """Signals (besides finished(SyncReport), failed and crashed):
    progressed(int, int): enterprises done, enterprises in all.
    """

    progressed = Signal(int, int)


class SyncTask(Worker):
    signals_class = SyncSignals
    signals: SyncSignals

    def __init__(
        self, host: OfficeHost, address: OfficeAddress, password: str, name: str, automatic: bool
    ):
        super().__init__()
        self.host, self.address, self.name = host, address, name
        self._password = password
        self.automatic = automatic
        self._cancelled = False
        self.password_refused = False  # read on the GUI thread once `failed` is received

    def cancel(self) -> None:
        """Stop between two enterprises: what was synced stays synced."""
        self._cancelled = True

    def work(self) -> object:
        try:
            return self.host.sync_office(self.address, self._password, self.name, self._progress)
        except OfficePasswordRefusedError:
            self.password_refused = True
            raise

    def _progress(self, done: int, total: int, _what: str) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancelled

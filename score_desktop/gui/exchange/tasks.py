"""Writing and merging a package off the GUI thread."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal

from ...domain.exchange import ExchangeRepository
from ...domain.history import Person
from ..workers import Worker, WorkerSignals


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


class PackageSignals(WorkerSignals):
    """Signals (besides finished, failed and crashed):
    progressed(int, int): files written, files in all.
    cancelled(): the user cancelled; no file was left.
    """

    progressed = Signal(int, int)
    cancelled = Signal()


class SendTask(Worker):
    """Writes the package; `finished` carries a services.packages.WrittenPackage."""

    signals_class = PackageSignals
    signals: PackageSignals

    def __init__(
        self,
        exchange: ExchangeRepository,
        path: Path,
        enterprise_id: uuid.UUID,
        person: Person,
        to_device: uuid.UUID | None,
        changes_only: bool,
    ):
        super().__init__()
        self.exchange, self.path, self.enterprise_id = exchange, path, enterprise_id
        self.person, self.to_device, self.changes_only = person, to_device, changes_only
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def work(self) -> object:
        from ...services.exchange import send_enterprise

        return send_enterprise(
            self.exchange,
            self.path,
            self.enterprise_id,
            self.person,
            to_device=self.to_device,
            changes_only=self.changes_only,
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise Cancelled
        self.signals.progressed.emit(done, total)

    def failure(self, exc: BaseException) -> bool:
        if isinstance(exc, Cancelled):
            self.signals.cancelled.emit()
            return True
        if isinstance(exc, OSError):
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
            return True
        return super().failure(exc)


class ReceiveTask(Worker):
    """Checks and merges a package (one transaction); `finished` carries a
    services.exchange.Received."""

    def __init__(self, exchange: ExchangeRepository, path: Path):
        super().__init__()
        self.exchange, self.path = exchange, path

    def work(self) -> object:
        from ...services.exchange import receive_package

        return receive_package(self.exchange, self.path)

    def failure(self, exc: BaseException) -> bool:
        if isinstance(exc, OSError):
            self.signals.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
            return True
        return super().failure(exc)

"""File ▸ Connect to office… and File ▸ Sync, the automatic sync every few minutes, and the
status-bar indicator (not connected, online, offline, syncing, conflicts to decide).

The password is asked once and kept in the system keyring where there is one; otherwise
only in this object for the session. A sync the user asked for shows a progress dialog with
Cancel and its problems in a message box; an automatic one shows only in the indicator, and
an unreachable server just makes it say "offline" until a later sync gets through.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QToolButton

from ...domain.office import OfficeAddress, SyncReport
from ...services import office_passwords
from .. import workers
from ..actions import ActionId
from ..error_hook import report_crash
from ..profile import stored_person
from ..settings_keys import OFFICE_SYNC_EVERY_MINUTES
from .connect_dialog import ConnectDialog, PasswordDialog, store_address, stored_address
from .sync_task import OfficeHost, SyncTask


class Link(Enum):
    NOT_CONNECTED = "not connected"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


# the indicator's dot: grey, green, amber, blue; red while conflicts wait
DOTS = {
    Link.NOT_CONNECTED: "#9e9e9e",
    Link.ONLINE: "#2e7d32",
    Link.OFFLINE: "#e69500",
    Link.SYNCING: "#1565c0",
}
CONFLICT_DOT = "#c62828"


def dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class OfficeActions(QObject):
    """Needs a window with `document`, `settings`, `actions`, `statusBar()`, `show_problem`,
    `exchange` (the conflict inbox) and `read_only`."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.host: OfficeHost | None = None
        self.task: SyncTask | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None
        self._password: str | None = None  # this session's, when no keyring keeps it
        self.link = Link.NOT_CONNECTED if stored_address(window.settings) is None else Link.ONLINE
        self.indicator = QToolButton(window)
        self.indicator.setAutoRaise(True)
        self.indicator.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.indicator.clicked.connect(self._on_indicator_clicked)
        window.statusBar().addPermanentWidget(self.indicator)
        window.actions[ActionId.CONNECT_OFFICE].triggered.connect(self.connect_office)
        window.actions[ActionId.SYNC_OFFICE].triggered.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        window.document.reset.connect(self.show_link)
        window.exchange.conflicts_counted.connect(self._on_conflicts_counted)
        self.apply_settings()
        self.show_link()

    def attach_host(self, host: OfficeHost) -> None:
        self.host = host
        self.update_actions()

    def apply_settings(self) -> None:
        minutes = OFFICE_SYNC_EVERY_MINUTES.read(self.window.settings)
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _can_sync(self) -> bool:
        return self.host is not None and self.host.can_sync and not self.window.read_only

    def update_actions(self) -> None:
        actions = self.window.actions
        actions[ActionId.CONNECT_OFFICE].setEnabled(self._can_sync() and not self.busy)
        actions[ActionId.SYNC_OFFICE].setEnabled(self._can_sync() and not self.busy)

    # Connecting -----------------------------------------------------------------------

    def connect_office(self) -> None:
        if self.busy or not self._can_sync():
            return
        dialog = ConnectDialog(
            stored_address(self.window.settings), office_passwords.has_keyring(), self.window
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._on_connect_accepted(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_connect_accepted(self, dialog: ConnectDialog) -> None:
        address, password = dialog.address(), dialog.password.text()
        old = stored_address(self.window.settings)
        if old is not None and old != address:
            office_passwords.forget(old)
        store_address(self.window.settings, address)
        self._remember(address, password)
        self.link = Link.ONLINE
        self._start(address, password, automatic=False)

    def _remember(self, address: OfficeAddress, password: str) -> None:
        if office_passwords.keep(address, password):
            self._password = None
        else:
            self._password = password

    # Syncing --------------------------------------------------------------------------

    def sync_now(self) -> None:
        """File ▸ Sync: with a progress dialog; asks for the address or the password first
        when none is known."""
        if self.busy or not self._can_sync():
            return
        address = stored_address(self.window.settings)
        if address is None:
            self.connect_office()
            return
        password = self._known_password(address)
        if password is None:
            dialog = PasswordDialog(address, self.window)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.accepted.connect(lambda: self._on_password_given(address, dialog))
            self.dialog = dialog
            dialog.open()
            return
        self._start(address, password, automatic=False)

    def _on_password_given(self, address: OfficeAddress, dialog: PasswordDialog) -> None:
        password = dialog.password.text()
        self._remember(address, password)
        self._start(address, password, automatic=False)

    def _known_password(self, address: OfficeAddress) -> str | None:
        if self._password is not None:
            return self._password
        return office_passwords.recall(address)

    def _on_timer(self) -> None:
        """The automatic sync: only with a known password, never over a dialog's work."""
        if self.busy or not self._can_sync() or self.window.exchange.busy:
            return
        if QApplication.activeModalWidget() is not None:
            return  # records are being edited in a dialog: not under its feet; next time
        address = stored_address(self.window.settings)
        if address is None:
            return
        password = self._known_password(address)
        if password is not None:
            self._start(address, password, automatic=True)

    def _start(self, address: OfficeAddress, password: str, *, automatic: bool) -> None:
        assert self.host is not None
        person = stored_person(self.window.settings)
        name = person.name if person is not None else address.login
        task = SyncTask(self.host, address, password, name, automatic)
        self.task = task
        if not automatic:
            progress = QProgressDialog(
                self.tr("Syncing with the office server…"), self.tr("Cancel"), 0, 0, self.window
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(self.cancel)  # never to the task's: see gui/workers.py
            self.progress = progress
        self.link = Link.SYNCING
        self.show_link()
        self.window.update_actions()
        workers.start(
            task,
            finished=self._on_synced,
            failed=self._on_failed,
            crashed=self._on_crashed,
            progressed=self._on_progressed,
        )

    def _on_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def cancel(self) -> None:
        """Stop the sync under way between two enterprises."""
        if self.task is not None:
            self.task.cancel()

    def _end(self) -> SyncTask | None:
        task = self.task
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.task, self.progress = None, None
        self.window.update_actions()
        return task

    def _on_synced(self, report: SyncReport) -> None:
        task = self._end()
        self.link = Link.ONLINE
        if report.pulled:
            self.window.document.records_arrived()
        conflicts = self.window.exchange.count_conflicts()
        self.show_link()
        if report.cancelled:
            text = self.tr("Sync cancelled: what was synced stays; the next sync goes on.")
        else:
            text = (
                self.tr("Synced with the office: %1 sent, %2 received.")
                .replace("%1", self.tr("%n change(s)", "", report.pushed))
                .replace("%2", self.tr("%n change(s)", "", report.pulled))
            )
        self.window.statusBar().showMessage(text, 15000)
        if conflicts and report.conflicts and task is not None and not task.automatic:
            self.open_inbox()

    def _on_failed(self, message: str) -> None:
        task = self._end()
        if task is not None and task.password_refused:
            # a kept password the server refuses is not tried again every few minutes
            office_passwords.forget(task.address)
            self._password = None
        self.link = Link.OFFLINE
        self.show_link(message)
        if task is not None and not task.automatic:
            self.window.show_problem(message, self.tr("Sync with the office"))
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "The automatic sync did not get through; it tries again in %n minute(s).",
                    "",
                    OFFICE_SYNC_EVERY_MINUTES.read(self.window.settings),
                ),
                15000,
            )

    def _on_crashed(self, exc: BaseException) -> None:
        self._end()
        self.link = Link.OFFLINE
        self.show_link()
        report_crash(exc)

    # The indicator ----------------------------------------------------------------------

    def show_link(self, problem: str = "") -> None:
        conflicts = self._conflicts()
        address = stored_address(self.window.settings)
        if self.link is Link.SYNCING:
            text = self.tr("Office: syncing…")
        elif address is None:
            self.link = Link.NOT_CONNECTED
            text = self.tr("Office: not connected")
        elif conflicts:
            text = self.tr("Office: %n conflict(s)", "", conflicts)
        elif self.link is Link.OFFLINE:
            text = self.tr("Office: offline")
        else:
            text = self.tr("Office: online")
        self.indicator.setText(text)
        colour = CONFLICT_DOT if conflicts and self.link is not Link.SYNCING else DOTS[self.link]
        self.indicator.setIcon(dot(colour))
        tip = address.describe() if address is not None else self.tr("Connect to the office…")
        self.indicator.setToolTip(f"{tip}\n{problem}".strip())

    def _conflicts(self) -> int:
        document = self.window.document
        return document.inbox.count() if document.is_attached() else 0

    def open_inbox(self) -> None:
        self.window.exchange.open_inbox()

    def _on_conflicts_counted(self, _count: int) -> None:
        if self.link is not Link.SYNCING:
            self.show_link()

    def _on_indicator_clicked(self) -> None:
        if self.link is Link.NOT_CONNECTED:
            self.connect_office()
        elif self._conflicts():
            self.open_inbox()
        else:
            self.sync_now()

"""File ▸ Send enterprise…, Receive package… (or a package dropped on the window) and
Conflict inbox…, with a status-bar button while conflicts wait. Kept out of main_window.py,
which places the actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QToolButton, QWidget

from .. import workers
from ..actions import ActionId
from ..error_hook import report_crash
from ..profile import stored_person

if TYPE_CHECKING:  # the dialog and the tasks load when first used (docs: Start-up)
    from .send_dialog import SendDialog
    from .tasks import ReceiveTask, SendTask


def package_in(event) -> Path | None:
    """The one package file a drag carries, if it does."""
    from ...services.packages import SUFFIX  # loaded by the first drag, not at start-up

    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if len(paths) == 1 and paths[0].suffix.lower() == SUFFIX:
        return paths[0]
    return None


class ExchangeActions(QObject):
    """Needs a window with `document`, `settings`, `actions`, `statusBar()`, `show_problem`,
    `current_enterprise_id()` and `read_only`."""

    conflicts_counted = Signal(int)  # the office indicator shows the count too

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.task: SendTask | ReceiveTask | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QWidget | None = None
        self.summary_box: QMessageBox | None = None
        actions = window.actions
        actions[ActionId.SEND_ENTERPRISE].triggered.connect(self.send_current)
        actions[ActionId.RECEIVE_PACKAGE].triggered.connect(lambda: self.receive())
        actions[ActionId.CONFLICT_INBOX].triggered.connect(self.open_inbox)
        self.conflicts_button = QToolButton(window)
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.clicked.connect(self.open_inbox)
        self.conflicts_button.hide()
        window.statusBar().addPermanentWidget(self.conflicts_button)
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # this window's own drops only, not the application's
        window.document.reset.connect(self.count_conflicts)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def update_actions(self, has_enterprise: bool) -> None:
        attached = self.window.document.is_attached()
        actions = self.window.actions
        actions[ActionId.SEND_ENTERPRISE].setEnabled(has_enterprise and not self.busy)
        writable = attached and not self.window.read_only and not self.busy
        actions[ActionId.RECEIVE_PACKAGE].setEnabled(writable)
        actions[ActionId.CONFLICT_INBOX].setEnabled(attached and not self.window.read_only)

    def count_conflicts(self) -> int:
        document = self.window.document
        count = document.inbox.count() if document.is_attached() else 0
        self.conflicts_button.setText(self.tr("%n conflict(s) to decide", "", count))
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_counted.emit(count)
        return count

    # Sending ----------------------------------------------------------------------------

    def send_current(self) -> None:
        enterprise_id = self.window.current_enterprise_id()
        if enterprise_id is None or self.busy:
            return
        from .send_dialog import SendDialog

        document = self.window.document
        enterprise = document.enterprise(enterprise_id)
        dialog = SendDialog(enterprise.name, document.exchange.peers(enterprise_id), self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._send_chosen(dialog, enterprise_id, enterprise.name))
        self.dialog = dialog
        dialog.open()

    def _send_chosen(self, dialog: SendDialog, enterprise_id, name: str) -> None:
        from .send_dialog import ask_package_path
        from .tasks import SendTask

        to_device, changes_only = dialog.chosen()
        path = ask_package_path(self.window, self.window.settings, name.split("(")[0].strip())
        if path is None:
            return
        person = stored_person(self.window.settings)
        if person is None:
            from ...domain.history import Person

            person = Person(self.tr("SCORE Desktop user"))
        task = SendTask(
            self.window.document.exchange, path, enterprise_id, person, to_device, changes_only
        )
        self._begin(task, self.tr("Writing the package…"), cancellable=True)
        workers.start(
            task,
            finished=self._on_sent,
            failed=self._on_failed,
            crashed=self._on_crashed,
            progressed=self._on_progressed,
            cancelled=self._on_cancelled,
        )

    def _on_sent(self, written) -> None:
        self._end()
        size = (
            f"{written.size / 1_048_576:.1f} MB"
            if written.size >= 1_048_576
            else (f"{max(1, written.size // 1024)} KB")
        )
        self.window.statusBar().showMessage(
            self.tr("Package written: %1 (%2 records, %3 photos and images, %4)")
            .replace("%1", str(written.path))
            .replace("%2", str(written.records))
            .replace("%3", str(written.files))
            .replace("%4", size),
            15000,
        )

    # Receiving --------------------------------------------------------------------------

    def receive(self, path: Path | None = None) -> None:
        if self.busy or self.window.read_only or not self.window.document.is_attached():
            return
        from .send_dialog import ask_received_path
        from .tasks import ReceiveTask

        if path is None:
            path = ask_received_path(self.window, self.window.settings)
            if path is None:
                return
        task = ReceiveTask(self.window.document.exchange, path)
        self._begin(task, self.tr("Checking and merging %1…").replace("%1", path.name), False)
        workers.start(
            task, finished=self._on_received, failed=self._on_failed, crashed=self._on_crashed
        )

    def _on_received(self, received) -> None:
        self._end()
        document = self.window.document
        summary = received.summary
        if not summary.already_received:
            document.records_arrived()
        conflicts = self.count_conflicts()
        box = QMessageBox(self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setWindowTitle(self.tr("Package received"))
        box.setIcon(QMessageBox.Icon.Information)
        if summary.already_received:
            box.setText(self.tr("This package was received before: nothing changed."))
        else:
            sender = received.from_name or self.tr("an unnamed sender")
            box.setText(
                self.tr("%1, from %2").replace("%1", received.enterprise_name).replace("%2", sender)
            )
            counts = [
                (summary.added, self.tr("%n record(s) added", "", summary.added)),
                (summary.merged, self.tr("%n record(s) merged", "", summary.merged)),
                (summary.deleted, self.tr("%n record(s) deleted", "", summary.deleted)),
                (summary.restored, self.tr("%n record(s) restored", "", summary.restored)),
                (summary.photos_copied, self.tr("%n photo(s) copied", "", summary.photos_copied)),
                (
                    summary.photos_held,
                    self.tr("%n photo(s) already here, not copied again", "", summary.photos_held),
                ),
                (
                    summary.conflicts,
                    self.tr("%n change(s) left in the conflict inbox", "", summary.conflicts),
                ),
            ]
            lines = [text for count, text in counts if count] or [
                self.tr("Nothing new: every change in it was already here.")
            ]
            box.setInformativeText("\n".join(lines))
        box.addButton(QMessageBox.StandardButton.Close)
        if conflicts:
            inbox = QPushButton(self.tr("Open the conflict &inbox"), box)
            box.addButton(inbox, QMessageBox.ButtonRole.AcceptRole)
            inbox.clicked.connect(self.open_inbox)
        self.summary_box = box
        box.open()

    # Both ----------------------------------------------------------------------------

    def open_inbox(self) -> None:
        from .conflict_inbox import ConflictInboxDialog

        dialog = ConflictInboxDialog(self.window.document, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.settled.connect(self.count_conflicts)
        dialog.finished.connect(lambda _result: self.count_conflicts())
        self.dialog = dialog
        dialog.open()

    def _begin(self, task, text: str, cancellable: bool) -> None:
        progress = QProgressDialog(
            text, self.tr("Cancel") if cancellable else "", 0, 0, self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if cancellable:
            progress.canceled.connect(self.cancel)  # never to the task's: see gui/workers.py
        else:
            progress.setCancelButton(None)
        self.task, self.progress = task, progress
        self.window.update_actions()

    def _on_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)  # last: a modal progress dialog processes events

    def cancel(self) -> None:
        """Stop the package work under way at its next step."""
        if self.task is not None:
            self.task.cancel()

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.task, self.progress = None, None
        self.window.update_actions()

    def _on_failed(self, message: str) -> None:
        self._end()
        self.window.show_problem(message)

    def _on_cancelled(self) -> None:
        self._end()
        self.window.statusBar().showMessage(
            self.tr("Sending cancelled: no file was written."), 8000
        )

    def _on_crashed(self, exc: BaseException) -> None:
        self._end()
        report_crash(exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if package_in(event) is not None and not self.window.read_only:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            path = package_in(event)
            if path is not None:
                event.acceptProposedAction()
                self.receive(path)
                return True
        return super().eventFilter(watched, event)

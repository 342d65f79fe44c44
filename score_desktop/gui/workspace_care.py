"""The care of the workspace file in the window: rolling backups, File ▸ Restore from
backup…, File ▸ Compact workspace, and the way out of a damaged workspace.

The window may not import storage: app.py hands over a `WorkspaceHost` once a workspace is
open (or failed to open as damaged). Slow work (a backup with its check of the whole file,
a compaction, the copy of a restore, a recovery) runs in the thread pool; its result, its
failure and any exception come back by signal, so every dialog opens on the window's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ..domain.errors import DamagedFileError, KnownProblemError
from . import workers
from .actions import ActionId
from .error_hook import report_crash
from .message_boxes import open_message
from .settings_keys import BACKUP_EVERY_MINUTES, BACKUP_KEEP
from .workers import Worker, WorkerSignals

if TYPE_CHECKING:
    from ..domain.maintenance import Backup, Compaction, Recovery

log = logging.getLogger(__name__)


class WorkspaceHost(Protocol):
    """The workspace file as app.py hands it over (`window_workspace.WindowWorkspace`)."""

    @property
    def read_only(self) -> bool: ...  # no edits: a read-only medium, or damage found

    @property
    def can_replace(self) -> bool: ...  # a restored or recovered file may take its place

    def backups(self) -> list[Backup]: ...

    def refuse_writes(self, message: str) -> None: ...

    def checked_sound(self) -> None: ...  # the check after the start found no damage

    def put_in_place(self, incoming: Path, label: str) -> Path: ...

    # run in the thread pool
    def last_good_backup(self) -> Backup | None: ...

    def back_up(self, keep: int) -> Backup | None: ...  # None: not a file

    def compact(self) -> Compaction: ...

    def stage_backup(self, backup: Backup) -> Path: ...

    def stage_recovery(self) -> Recovery: ...


class TaskSignals(WorkerSignals):
    """Signals (besides finished, failed and crashed):
    damaged(str): the workspace's pages cannot all be read.
    """

    damaged = Signal(str)


class WorkspaceTask(Worker):
    """`work()` in the thread pool. What to do with the outcome stays with the task
    (`on_finished`, `on_failed`), for the window's thread."""

    signals_class = TaskSignals
    signals: TaskSignals

    def __init__(
        self,
        work: Callable[[], object],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ):
        super().__init__()
        self._work = work
        self.on_finished, self.on_failed = on_finished, on_failed

    def work(self) -> object:
        return self._work()

    def failure(self, exc: BaseException) -> bool:
        if isinstance(exc, DamagedFileError):
            self.signals.damaged.emit(str(exc))
            return True
        return super().failure(exc)


class WorkspaceCare(QObject):
    """Needs a window with `document`, `settings`, `actions` and `show_problem`.

    Signals:
        backed_up(object): a Backup was made (after the start, then every N minutes of
            editing, N from Preferences).
        task_done(): a task of the thread pool ended, whatever its outcome.
    """

    backed_up = Signal(object)
    task_done = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.host: WorkspaceHost | None = None
        self.tasks: dict[TaskSignals, WorkspaceTask] = {}
        self.busy: QProgressDialog | None = None
        self.edited = False
        self._backing_up = False
        self._told_backup_failed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        actions = window.actions
        actions[ActionId.RESTORE_BACKUP].triggered.connect(self.choose_backup)
        actions[ActionId.COMPACT_WORKSPACE].triggered.connect(self.compact)
        window.document.undo.edited.connect(self._on_edited)
        self.update_actions()

    def attach_host(self, host: WorkspaceHost) -> None:
        """A workspace is open: back it up now (which checks the whole file) and then
        every N minutes of editing."""
        self.host = host
        self.update_actions()
        self.apply_settings()
        self.back_up()

    def apply_settings(self) -> None:
        minutes = max(1, BACKUP_EVERY_MINUTES.read(self.window.settings))
        self.timer.start(minutes * 60_000)

    def update_actions(self) -> None:
        host, idle = self.host, not self.tasks
        actions = self.window.actions
        actions[ActionId.RESTORE_BACKUP].setEnabled(bool(host and host.can_replace and idle))
        writable = bool(host and not host.read_only)
        actions[ActionId.COMPACT_WORKSPACE].setEnabled(writable and idle)

    # Backups -----------------------------------------------------------------------------

    def back_up(self) -> None:
        host = self.host
        if host is None or host.read_only or self._backing_up:
            return
        self.edited, self._backing_up = False, True
        keep = max(1, BACKUP_KEEP.read(self.window.settings))
        self.run(lambda: host.back_up(keep), self._on_backed_up, self._on_backup_failed)

    def _on_timer_timeout(self) -> None:
        if self.edited:
            self.back_up()

    def _on_edited(self) -> None:
        self.edited = True

    def _on_backed_up(self, backup: Backup | None) -> None:
        self._backing_up = False
        if self.host is not None:
            self.host.checked_sound()
        if backup is not None:
            self.backed_up.emit(backup)

    def _on_backup_failed(self, message: str) -> None:
        self._backing_up = False
        if self.host is not None:  # the copy failed (a full disk), not the check
            self.host.checked_sound()
        log.warning("backup failed: %s", message)
        if not self._told_backup_failed:  # once a session, not every N minutes
            self._told_backup_failed = True
            self.window.show_problem(
                self.tr("The workspace could not be backed up: %1").replace("%1", message)
            )

    # Restore -----------------------------------------------------------------------------

    def choose_backup(self):
        """File ▸ Restore from backup…: pick one by date."""
        if self.host is None:
            return None
        backups = self.host.backups()
        if not backups:
            self.window.show_problem(self.tr("There is no backup of this workspace yet."))
            return None
        from .workspace_dialogs import RestoreBackupDialog

        dialog = RestoreBackupDialog(backups, self.window)
        dialog.accepted.connect(lambda: self.restore(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore(self, backup: Backup, label: str = "before-restore") -> None:
        """Put `backup` in the workspace's place; the workspace is renamed aside as
        `<name>-<label>-<time>`."""
        host = self.host
        if host is None or self._pool_is_busy():
            return
        done = self.tr("The backup of %1 is now the workspace.").replace(
            "%1", f"{backup.made_at:%Y-%m-%d %H:%M}"
        )
        self.run(
            lambda: host.stage_backup(backup),
            lambda incoming: self._put_in_place(incoming, label, done),
            busy=self.tr("Restoring the backup of %1…").replace(
                "%1", f"{backup.made_at:%Y-%m-%d %H:%M}"
            ),
        )

    def _put_in_place(self, incoming: Path, label: str, done: str) -> None:
        host = self.host
        if host is None:
            return
        try:
            aside = host.put_in_place(incoming, label)
        except KnownProblemError as exc:
            self.window.show_problem(str(exc))
            return
        kept = self.tr("The workspace as it was is kept beside it, as %1.")
        self.inform(self.tr("Workspace replaced"), f"{done}\n\n{kept.replace('%1', str(aside))}")

    # Compact -----------------------------------------------------------------------------

    def compact(self) -> None:
        host = self.host
        if host is None or self._pool_is_busy():
            return
        self.run(host.compact, self._on_compacted, busy=self.tr("Compacting the workspace…"))

    def _on_compacted(self, result: Compaction) -> None:
        text = (
            self.tr(
                "Removed the bytes of %n photo(s) that no record refers to.\n"
                "The workspace went from %2 to %3: %4 freed.",
                "",
                result.removed_photo_bytes,
            )
            .replace("%2", _size(result.size_before))
            .replace("%3", _size(result.size_after))
            .replace("%4", _size(result.freed))
        )
        self.inform(self.tr("Workspace compacted"), text)

    # Damage ------------------------------------------------------------------------------

    def offer_way_out(
        self, message: str, *, at_start: bool, host: WorkspaceHost | None = None
    ) -> None:
        """The damaged workspace's dialog: recover, restore the last good backup, or quit
        (at the start, when `host` is the workspace that could not be opened) / go on
        without editing (later)."""
        if host is not None:
            self.host = host
        host = self.host
        if host is None:
            return
        if at_start:
            self.window.statusBar().showMessage(
                self.tr("The workspace is damaged: nothing is written to it.")
            )
        self.run(
            host.last_good_backup,
            lambda backup: self._show_way_out(message, backup, at_start),
            busy=self.tr("Looking for the last good backup…"),
        )

    def _show_way_out(self, message: str, backup: Backup | None, at_start: bool) -> None:
        from .workspace_dialogs import DamagedWorkspaceDialog

        can_replace = bool(self.host and self.host.can_replace)
        dialog = DamagedWorkspaceDialog(message, backup, can_replace, at_start, self.window)
        dialog.recover_chosen.connect(self.recover)
        dialog.restore_chosen.connect(lambda chosen: self.restore(chosen, "damaged"))
        if at_start:
            dialog.quit_chosen.connect(lambda: QApplication.exit(1))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def recover(self) -> None:
        host = self.host
        if host is None:
            return
        self.run(
            host.stage_recovery,
            self._on_recovered,
            busy=self.tr("Recovering what can be read…"),
        )

    def _on_recovered(self, recovery: Recovery) -> None:
        self._put_in_place(recovery.target, "damaged", recovery.summary())

    # Running -----------------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], object],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        busy: str = "",
    ) -> WorkspaceTask:
        """`work` in the thread pool; `busy` (if given) in a window-modal progress dialog
        meanwhile, so no edit can meet the file half-replaced. The signals go to this
        object's methods (Qt drops those connections if the window goes first)."""
        task = WorkspaceTask(work, on_finished, on_failed or self.window.show_problem)
        if busy:
            self._show_busy(busy)
        self.tasks[task.signals] = task
        self.update_actions()
        return workers.start(
            task,
            crashed=self._on_task_crashed,
            finished=self._on_task_finished,
            failed=self._on_task_failed,
            damaged=self._on_task_damaged,
        )

    def _ended(self) -> WorkspaceTask:
        """The task whose signal is being handled, forgotten (the busy dialog closes with
        the last one)."""
        task = self.tasks.pop(cast(TaskSignals, self.sender()))
        if self.busy is not None and not self.tasks:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None
        self.update_actions()
        self.task_done.emit()
        return task

    def _on_task_finished(self, result: object) -> None:
        self._ended().on_finished(result)

    def _on_task_failed(self, message: str) -> None:
        self._ended().on_failed(message)

    def _on_task_damaged(self, message: str) -> None:
        """The whole-file check of a backup found damage: stop writing, offer a way out."""
        self._ended()
        self._backing_up = False
        if self.host is not None:
            self.host.refuse_writes(message)
        self.update_actions()
        self.offer_way_out(message, at_start=False)

    def _on_task_crashed(self, exc: BaseException) -> None:
        """A bug in a worker: logged and shown by the application's excepthook, here on the
        window's thread."""
        self._ended()
        self._backing_up = False
        report_crash(exc)

    def _show_busy(self, text: str) -> None:
        if self.busy is None:
            self.busy = QProgressDialog(text, "", 0, 0, self.window)
            self.busy.setObjectName("care_busy")
            self.busy.setCancelButton(None)
            self.busy.setWindowModality(Qt.WindowModality.WindowModal)
            self.busy.setMinimumDuration(0)
        self.busy.setLabelText(text)
        self.busy.show()

    def _pool_is_busy(self) -> bool:
        if QThreadPool.globalInstance().activeThreadCount() == 0 and not self.tasks:
            return False
        self.window.show_problem(
            self.tr("Wait until the photo import, report or backup under way has finished.")
        )
        return True

    def inform(self, title: str, text: str) -> QMessageBox:
        return open_message(self.window, QMessageBox.Icon.Information, title, text, "care_box")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

"""The dialogs of the workspace's care: pick a backup to restore, and the way out of a
damaged workspace. Both only ask; `workspace_care` does the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..domain.maintenance import Backup


def when(backup: Backup, seconds: bool = False) -> str:
    return f"{backup.made_at:%Y-%m-%d %H:%M:%S}" if seconds else f"{backup.made_at:%Y-%m-%d %H:%M}"


class RestoreBackupDialog(QDialog):
    """The workspace's backups, newest first, by date; Restore takes the chosen one."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("restore_backup_dialog")
        self.backups = backups
        note = QLabel(
            self.tr(
                "Choose the backup to put in the workspace's place. The workspace as it is "
                "now is not overwritten: it is renamed and kept in its folder."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        for backup in backups:
            text = self.tr("%1  (%2 MB)").replace("%1", when(backup, seconds=True))
            item = QListWidgetItem(text.replace("%2", f"{backup.size / 1_000_000:.1f}"))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(440, 320)

    def chosen(self) -> Backup:
        return self.backups[max(0, self.list.currentRow())]


class DamagedWorkspaceDialog(QMessageBox):
    """What to do with a damaged workspace: recover what can be read, restore the last good
    backup, or quit (at the start) / go on without editing (found later).

    Signals:
        recover_chosen(): copy what can be read into a file that takes the workspace's place.
        restore_chosen(object): put this Backup in the workspace's place.
        quit_chosen(): at the start, nothing else was chosen.
    """

    recover_chosen = Signal()
    restore_chosen = Signal(object)
    quit_chosen = Signal()

    def __init__(
        self,
        message: str,
        backup: Backup | None,
        can_replace: bool,
        at_start: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("damaged_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Damaged workspace"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(message)
        self.backup = backup
        self.recover_button: QAbstractButton | None = None
        self.restore_button: QAbstractButton | None = None
        if can_replace:
            info = self.tr(
                "Recover copies every record that can still be read into a new workspace, "
                "which takes this one's place; the damaged file is renamed and kept."
            )
            self.recover_button = self.addButton(
                self.tr("Recover what can be read"), QMessageBox.ButtonRole.AcceptRole
            )
            if backup is not None:
                self.restore_button = self.addButton(
                    self.tr("Restore the backup of %1").replace("%1", when(backup)),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            else:
                info += "\n" + self.tr("There is no good backup of this workspace.")
        else:
            info = self.tr(
                "Its folder cannot be written. Copy the file to a folder you can write to, "
                "or recover it from the command line: score-desktop recover FILE NEW-FILE"
            )
        self.setInformativeText(info)
        self.quit_button = self.addButton(
            self.tr("Quit") if at_start else self.tr("Go on without editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        self.setDefaultButton(self.recover_button or self.quit_button)
        self.buttonClicked.connect(self._on_button_clicked)

    def _on_button_clicked(self, button: QAbstractButton) -> None:
        if button is self.recover_button:
            self.recover_chosen.emit()
        elif button is self.restore_button:
            self.restore_chosen.emit(self.backup)
        else:
            self.quit_chosen.emit()

"""File ▸ Send enterprise…: the whole enterprise, or only what changed since the last
package sent to someone it was exchanged with."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.exchange import Peer
from ..settings_keys import EXPORT_FOLDER

SUFFIX = ".scorepkg"


def package_filter() -> str:
    return QCoreApplication.translate("SendDialog", "SCORE packages (*.scorepkg)")


def ask_package_path(parent: QWidget, settings: QSettings, stem: str) -> Path | None:
    """A save dialog in the last export folder; the name always ends in .scorepkg."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem).strip("-")[:60]
    suggested = str(Path(EXPORT_FOLDER.read(settings)) / f"{safe or 'enterprise'}{SUFFIX}")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SendDialog", "Send enterprise"),
        suggested,
        package_filter(),
    )
    if not path:
        return None
    path = path if path.lower().endswith(SUFFIX) else path + SUFFIX
    EXPORT_FOLDER.write(settings, str(Path(path).parent))
    return Path(path)


def ask_received_path(parent: QWidget, settings: QSettings) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SendDialog", "Receive a package"),
        EXPORT_FOLDER.read(settings),
        package_filter(),
    )
    return Path(path) if path else None


class SendDialog(QDialog):
    """What to send; `chosen()` after Accept: (device id or None, changes only)."""

    def __init__(self, enterprise_name: str, peers: list[Peer], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send %1").replace("%1", enterprise_name))
        self.peers = peers
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A package is one file with the enterprise's records, their history and "
                "the photos they use. Send it by e-mail, USB stick or a shared folder; the "
                "receiver merges it with File ▸ Receive package…"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.whole = QRadioButton(self.tr("The &whole enterprise"), self)
        self.changes = QRadioButton(
            self.tr("Only what &changed since the last package sent to:"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.changes)
        self.peer_box = QComboBox(self)
        for peer in peers:
            self.peer_box.addItem(peer.person_name or self.tr("(unnamed)"), str(peer.device_id))
        layout.addWidget(self.whole)
        layout.addWidget(self.changes)
        layout.addWidget(self.peer_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        if peers:
            self.changes.setChecked(True)
            self.note.setText(
                self.tr(
                    "Much smaller: the person must have received the earlier packages. If "
                    "they lost one, send the whole enterprise."
                )
            )
        else:
            self.whole.setChecked(True)
            self.changes.setEnabled(False)
            self.peer_box.setEnabled(False)
            self.note.setText(
                self.tr(
                    "Once a package has come back from someone, you can send them only "
                    "what changed since."
                )
            )
        self.whole.toggled.connect(lambda whole: self.peer_box.setEnabled(not whole))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[uuid.UUID | None, bool]:
        if self.changes.isChecked() and self.peer_box.currentData():
            return uuid.UUID(self.peer_box.currentData()), True
        return None, False

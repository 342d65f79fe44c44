"""File ▸ Send enterprise…: the whole enterprise, or only what changed since the last
package a person acknowledged (said, in a package of their own, that they had merged): one
lost on the way is then sent again, never skipped."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QSettings
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
from ...services.packages import SUFFIX
from ..settings_keys import EXPORT_FOLDER


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
            self.tr("Only what &changed since the last package acknowledged by:"), self
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
            self.peer_box.currentIndexChanged.connect(self._show_acknowledged)
            self._show_acknowledged()
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

    def _show_acknowledged(self) -> None:
        """When the chosen person last acknowledged a package, or that none was yet."""
        peer = self.peers[self.peer_box.currentIndex()] if self.peers else None
        if peer is None:
            return
        name = peer.person_name or self.tr("(unnamed)")
        if peer.acknowledged_through is None:
            text = self.tr(
                "No package from %1 has said yet what they received from you: the whole "
                "enterprise will be sent."
            )
        elif peer.acknowledged_at is None:
            text = self.tr(
                "Much smaller: what changed since the last package %1 acknowledged. A "
                "package lost on the way is sent again."
            )
        else:
            text = self.tr(
                "Much smaller: what changed since the last package %1 acknowledged, in the "
                "package received from them on %2. A package lost on the way is sent again."
            )
        self.note.setText(text.replace("%1", name).replace("%2", _local(peer.acknowledged_at)))

    def chosen(self) -> tuple[uuid.UUID | None, bool]:
        if self.changes.isChecked() and self.peer_box.currentData():
            return uuid.UUID(self.peer_box.currentData()), True
        return None, False


def _local(moment: dt.datetime | None) -> str:
    """Local wall time, year first (as the history shows it); stored times are UTC."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return local.toString("yyyy-MM-dd HH:mm")

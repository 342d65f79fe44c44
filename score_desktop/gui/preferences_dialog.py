"""Preferences: the UI language (applied at the next start), the photo size policy, and
where the workspace is."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ..domain.photo import KEEP_ORIGINAL_MAX_PIXELS
from .i18n import AVAILABLE_LANGUAGES, LANGUAGE_KEY

PHOTO_KEEP_KEY = "photos/keep_original_megapixels"


def photo_keep_max_pixels(settings: QSettings) -> int:
    megapixels = settings.value(PHOTO_KEEP_KEY, KEEP_ORIGINAL_MAX_PIXELS // 1_000_000, type=int)
    return max(1, min(200, megapixels)) * 1_000_000


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, workspace_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System language"), "")
        for code, name in AVAILABLE_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        current = settings.value(LANGUAGE_KEY, "", type=str)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        workspace = QLabel(workspace_name, self)
        workspace.setWordWrap(True)
        note = QLabel(self.tr("A new language is used from the next start."), self)
        self.photo_spin = QSpinBox(self)
        self.photo_spin.setRange(1, 200)
        self.photo_spin.setSuffix(self.tr(" megapixels"))
        self.photo_spin.setValue(photo_keep_max_pixels(settings) // 1_000_000)
        self.photo_spin.setToolTip(
            self.tr("Larger photos are stored as a high-quality copy of this size (≤ 4000 px wide)")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language_combo)
        layout.addRow("", note)
        layout.addRow(self.tr("Keep photos as taken up to:"), self.photo_spin)
        layout.addRow(self.tr("Workspace:"), workspace)
        layout.addRow(buttons)

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        self._settings.setValue(PHOTO_KEEP_KEY, self.photo_spin.value())
        self._settings.sync()
        super().accept()

"""Preferences: the UI language (applied at the next start) and where the workspace is."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .i18n import AVAILABLE_LANGUAGES, LANGUAGE_KEY


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language_combo)
        layout.addRow("", note)
        layout.addRow(self.tr("Workspace:"), workspace)
        layout.addRow(buttons)

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        self._settings.sync()
        super().accept()

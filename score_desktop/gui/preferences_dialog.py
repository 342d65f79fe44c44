"""Preferences: who is using the app, the UI language (applied at the next start), the photo
size policy, the logos printed on report covers, the rolling backups, and where the
workspace is."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSettings
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.photo import KEEP_ORIGINAL_MAX_PIXELS
from ..services.user_files import UnreadableFileError, read_user_file
from .i18n import AVAILABLE_LANGUAGES
from .profile import ProfileFields, store_person, stored_person
from .report_dialog import LOGO_MAX_BYTES
from .settings_keys import (
    BACKUP_EVERY_MINUTES,
    BACKUP_KEEP,
    LANGUAGE,
    LOGOS,
    PHOTO_KEEP_MEGAPIXELS,
)


def photo_keep_max_pixels(settings: QSettings) -> int:
    megapixels = PHOTO_KEEP_MEGAPIXELS.read(settings, KEEP_ORIGINAL_MAX_PIXELS // 1_000_000)
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
        current = LANGUAGE.read(settings)
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
        self.profile = ProfileFields(stored_person(settings), self)
        layout = QFormLayout(self)
        layout.addRow(self.profile)
        layout.addRow(self.tr("&Language:"), self.language_combo)
        layout.addRow("", note)
        layout.addRow(self.tr("Keep photos as taken up to:"), self.photo_spin)
        self.logo_edits: dict[str, QLineEdit] = {}
        names = {
            "programme": self.tr("Programme logo:"),
            "consultant": self.tr("Consultant logo:"),
            "enterprise": self.tr("Enterprise logo:"),
        }
        for role, label in names.items():
            layout.addRow(label, self._logo_row(role))
        self.logo_problem = QLabel(self)
        self.logo_problem.setWordWrap(True)
        self.logo_problem.setStyleSheet("color: #C0392B;")
        self.logo_problem.hide()
        layout.addRow("", self.logo_problem)
        layout.addRow(self.tr("Back up the workspace every:"), self._backup_row())
        layout.addRow(self.tr("Workspace:"), workspace)
        layout.addRow(buttons)

    def _logo_row(self, role: str) -> QWidget:
        row = QWidget(self)
        edit = QLineEdit(LOGOS[role].read(self._settings), row)
        edit.setReadOnly(True)
        edit.setPlaceholderText(self.tr("No logo"))
        edit.setToolTip(self.tr("Printed on the cover of PDF reports"))
        edit.setMinimumWidth(220)
        choose = QPushButton(self.tr("Choose…"), row)
        clear = QPushButton(self.tr("Clear"), row)
        choose.clicked.connect(lambda: self.choose_logo(role))
        clear.clicked.connect(edit.clear)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (edit, choose, clear):
            box.addWidget(widget)
        self.logo_edits[role] = edit
        return row

    def _backup_row(self) -> QWidget:
        """Every N minutes of editing (and at each start), the last K kept."""
        row = QWidget(self)
        self.backup_minutes_spin = QSpinBox(row)
        self.backup_minutes_spin.setRange(1, 24 * 60)
        self.backup_minutes_spin.setSuffix(self.tr(" minutes of editing"))
        self.backup_minutes_spin.setValue(max(1, BACKUP_EVERY_MINUTES.read(self._settings)))
        self.backup_keep_spin = QSpinBox(row)
        self.backup_keep_spin.setRange(1, 100)
        self.backup_keep_spin.setPrefix(self.tr("keep the last "))
        self.backup_keep_spin.setValue(max(1, BACKUP_KEEP.read(self._settings)))
        self.backup_keep_spin.setToolTip(
            self.tr("Backups are kept in your data folder, one folder per workspace")
        )
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.backup_minutes_spin)
        box.addWidget(self.backup_keep_spin)
        return row

    def choose_logo(self, role: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp)")
        )
        if path:
            self.set_logo(role, path)

    def set_logo(self, role: str, path: str) -> bool:
        """Only an image that decodes is kept; otherwise the user is told why. The bytes are
        read first, from a regular file only (Qt's reader waited for ever on a pipe)."""
        try:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(read_user_file(Path(path), limit=LOGO_MAX_BYTES)))
            reader = QImageReader(buffer)
            why = "" if not reader.read().isNull() else reader.errorString()
        except UnreadableFileError as exc:
            why = str(exc)
        if why:
            message = self.tr("%1 cannot be used as a logo: %2")
            self.logo_problem.setText(message.replace("%1", path).replace("%2", why))
            self.logo_problem.show()
            return False
        self.logo_problem.hide()
        self.logo_edits[role].setText(path)
        return True

    def accept(self) -> None:
        untouched = stored_person(self._settings) is None and not self.profile.person().name
        if not untouched:  # who is using the app: kept once a name is given
            person = self.profile.checked_person()
            if person is None:  # the reason is shown beside the name
                return
            store_person(self._settings, person)
        LANGUAGE.write(self._settings, self.language_combo.currentData())
        PHOTO_KEEP_MEGAPIXELS.write(self._settings, self.photo_spin.value())
        BACKUP_EVERY_MINUTES.write(self._settings, self.backup_minutes_spin.value())
        BACKUP_KEEP.write(self._settings, self.backup_keep_spin.value())
        for role, edit in self.logo_edits.items():
            LOGOS[role].write(self._settings, edit.text())
        self._settings.sync()
        super().accept()

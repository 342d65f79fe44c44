"""Who is using the app: asked on the first start, changed in Preferences, kept in settings.

The person is the author of every change recorded from then on. Kept per user account (in
QSettings, not in a workspace) so that each workspace opened learns the same person under
the same id.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.history import MAX_NAME_LENGTH, Person, Role
from .settings_keys import PERSON_ID, PERSON_NAME, PERSON_ORGANISATION, PERSON_ROLE


def role_labels() -> dict[Role, str]:
    return {
        Role.CONSULTANT: QCoreApplication.translate("profile", "SCORE consultant"),
        Role.INSPECTOR: QCoreApplication.translate("profile", "Safety inspector"),
        Role.MANAGER: QCoreApplication.translate("profile", "Enterprise manager"),
        Role.OFFICER: QCoreApplication.translate("profile", "Programme officer"),
    }


def stored_person(settings: QSettings) -> Person | None:
    """The person chosen on this computer, or None before the first choice (or if the
    stored values cannot be read)."""
    name = PERSON_NAME.read(settings)
    try:
        person_id = uuid.UUID(PERSON_ID.read(settings))
        role = Role(PERSON_ROLE.read(settings))
    except ValueError:
        return None
    if not name.strip():
        return None
    return Person(name, role, PERSON_ORGANISATION.read(settings), person_id)


def store_person(settings: QSettings, person: Person) -> None:
    PERSON_ID.write(settings, str(person.id))
    PERSON_NAME.write(settings, person.name)
    PERSON_ROLE.write(settings, person.role.value)
    PERSON_ORGANISATION.write(settings, person.organisation)
    settings.sync()


class ProfileFields(QWidget):
    """Name, role and organisation; used by the first-start dialog and by Preferences."""

    def __init__(self, person: Person | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._id = person.id if person is not None else uuid.uuid4()
        self.name_edit = QLineEdit(person.name if person else "", self)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("As colleagues know you"))
        self.role_combo = QComboBox(self)
        for role, label in role_labels().items():
            self.role_combo.addItem(label, role.value)
        if person is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        self.organisation_edit = QLineEdit(person.organisation if person else "", self)
        self.organisation_edit.setMaxLength(MAX_NAME_LENGTH)
        self.organisation_edit.setPlaceholderText(self.tr("For example ILO SCORE Viet Nam"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #C0392B;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Your name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow("", self.problem)

    def person(self) -> Person:
        return Person(
            " ".join(self.name_edit.text().split()),
            Role(self.role_combo.currentData()),
            " ".join(self.organisation_edit.text().split()),
            self._id,
        )

    def checked_person(self) -> Person | None:
        """The person typed, or None with the reason shown beside the fields."""
        person = self.person()
        try:
            person.validate()
        except ValidationError:
            self.problem.setText(self.tr("Type your name: it is shown beside every change."))
            self.problem.show()
            self.name_edit.setFocus()
            return None
        self.problem.hide()
        return person


class ProfileDialog(QDialog):
    """Asked once, on the first start: who is using this computer."""

    def __init__(self, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using SCORE Desktop?"))
        intro = QLabel(
            self.tr(
                "Your name is recorded with every change you make, so that the consultant, "
                "the paired inspector and the enterprise manager can see who changed what. "
                "You can change it later in Preferences."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = ProfileFields(person, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(intro)
        layout.addRow(self.fields)
        layout.addRow(buttons)
        self.chosen: Person | None = None

    def accept(self) -> None:
        person = self.fields.checked_person()
        if person is None:
            return
        self.chosen = person
        super().accept()

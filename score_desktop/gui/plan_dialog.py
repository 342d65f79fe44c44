"""Name, building, floor and notes of a floor plan."""

import dataclasses

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ..domain.errors import ValidationError
from ..domain.floorplan import FloorPlan
from .discard_guard import DiscardGuard
from .text_fields import note_edit


class PlanDialog(DiscardGuard, QDialog):
    def __init__(self, plan: FloorPlan, *, is_new: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New floor plan") if is_new else self.tr("Floor plan details"))
        self._original = plan
        self.name_edit = QLineEdit(plan.name, self)
        self.building_edit = QLineEdit(plan.building, self)
        self.floor_edit = QLineEdit(plan.floor, self)
        self.notes_edit = note_edit(plan.notes, self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Name:"), self.name_edit)
        layout.addRow(self.tr("&Building:"), self.building_edit)
        layout.addRow(self.tr("&Floor:"), self.floor_edit)
        layout.addRow(self.tr("N&otes:"), self.notes_edit)
        layout.addRow(self.problems)
        layout.addRow(buttons)

    def value(self) -> FloorPlan:
        return dataclasses.replace(
            self._original,
            name=self.name_edit.text().strip(),
            building=self.building_edit.text().strip(),
            floor=self.floor_edit.text().strip(),
            notes=self.notes_edit.toPlainText().rstrip(),
        )

    def accept(self) -> None:
        try:
            self.value().validate()
        except ValidationError:
            self.problems.setText(self.tr("A floor plan needs a name."))
            self.name_edit.setFocus()
            return
        super().accept()

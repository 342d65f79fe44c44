"""Choosing a hazard's status in the register's cell, as a consultant walking the floor on a
follow-up visit does for one hazard after another, without opening its form."""

from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ...domain.hazard import HazardStatus
from ..i18n import translated
from .labels import STATUS_LABELS


class StatusDelegate(QStyledItemDelegate):
    """A list of the four statuses; the choice is saved (one undo step) as it is picked."""

    def createEditor(self, parent, option, index) -> QComboBox:  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        for status in HazardStatus:
            combo.addItem(translated(STATUS_LABELS[status]), status.value)
        combo.activated.connect(lambda _row: self._picked(combo))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802 - Qt override
        status = index.model().hazard_at(index.row()).status
        editor.setCurrentIndex(editor.findData(status.value))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData())

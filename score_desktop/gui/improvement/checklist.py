"""A list of check boxes holding ids (attendees, linked projects)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


class IdChecklist(QListWidget):
    def __init__(self, entries, checked, parent=None):
        """`entries`: (id, text) pairs; `checked`: ids ticked at first."""
        super().__init__(parent)
        for record_id, text in entries:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            tick = Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked
            item.setCheckState(tick)

    def checked_ids(self) -> tuple:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, record_id, checked: bool = True) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.item(row).setCheckState(state)

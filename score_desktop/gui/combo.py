"""Choosing a combo box entry by its data, compared by value.

QComboBox.findData compares Python objects by identity: a UUID read from the database again is
equal to, but not the same object as, the one in the combo, and would not be found.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


def index_of(combo: QComboBox, value) -> int:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_data(combo: QComboBox, value, default: int = 0) -> None:
    index = index_of(combo, value)
    combo.setCurrentIndex(index if index >= 0 else default)


class ElidingCombo(QComboBox):
    """A combo narrower than its choice shows it cut with "…": cut bare, "Mọi trạng thá"
    (Vietnamese, in a 1,024-pixel window) read as a word misspelt. The open list shows the
    names whole."""

    def shown_text(self, room: int | None = None) -> str:
        """The current choice as painted in `room` pixels (the edit field's by default)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if room is None:
            room = self._text_room(option)
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0)
        )

    def _text_room(self, option: QStyleOptionComboBox) -> int:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        return field.width() - icon

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(self._text_room(option))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

"""Choosing a combo box entry by its data, compared by value.

QComboBox.findData compares Python objects by identity: a UUID read from the database again is
equal to, but not the same object as, the one in the combo, and would not be found.
"""

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value) -> int:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_data(combo: QComboBox, value, default: int = 0) -> None:
    index = index_of(combo, value)
    combo.setCurrentIndex(index if index >= 0 else default)

"""Small editors the EIT and EIP forms share: an optional date and a money or number field."""

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from ...domain.money import editable_number, parse_number
from ..numbers import ui_language


class OptionalDate(QWidget):
    """A date that may be left out (the check box says whether there is one)."""

    def __init__(self, value: dt.date | None, parent: QWidget | None = None, default=None):
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value, default or dt.date.today())

    def set_value(self, value: dt.date | None, default: dt.date | None = None) -> None:
        shown = value or default or dt.date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


class NumberField(QLineEdit):
    """Free text read as a decimal in the UI's language ("1 234,50" in French); empty means
    unknown. `decimal()` and `number()` raise ValueError."""

    def __init__(self, value, parent: QWidget | None = None):
        super().__init__(editable_number(value, ui_language()), parent)
        self.setPlaceholderText("—")

    def decimal(self) -> Decimal | None:
        return parse_number(self.text(), ui_language())

    def number(self) -> float | None:
        value = self.decimal()
        return None if value is None else float(value)

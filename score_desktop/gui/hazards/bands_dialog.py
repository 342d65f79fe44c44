"""Edit a risk method's bands (labels, upper limits, colours) and save them as a named profile."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.errors import ValidationError
from ...domain.risk import BUILT_IN_METHODS, Band, RiskMethod, make_profile
from ..i18n import problems_text, translated


def base_key_of(method: RiskMethod) -> str:
    """The built-in method a profile (or a built-in) shares its factors with."""
    return next((m.key for m in BUILT_IN_METHODS.values() if m.factors == method.factors), "5x5")


class BandsDialog(QDialog):
    """accepted_profile() is the new profile once OK passed validation."""

    def __init__(self, method: RiskMethod, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Risk bands"))
        self.resize(560, 360)
        self._method = method
        self._profile: RiskMethod | None = None
        self.name_edit = QLineEdit(
            self.tr("%1 (custom)").replace("%1", translated(method.name)), self
        )
        self.table = QTableWidget(len(method.bands), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Up to (score)"), self.tr("Colour")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, band in enumerate(method.bands):
            self.table.setItem(row, 0, QTableWidgetItem(translated(band.label)))
            upper = QTableWidgetItem("" if band.upper is None else f"{band.upper:g}")
            if band.upper is None:
                upper.setFlags(upper.flags() & ~Qt.ItemFlag.ItemIsEditable)
                upper.setText(self.tr("(no limit)"))
            self.table.setItem(row, 1, upper)
            colour = QTableWidgetItem(band.colour)
            colour.setBackground(QColor(band.colour))
            self.table.setItem(row, 2, colour)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Profile name:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Factors stay those of %1; bands are checked from the "
                    "top: a score up to each limit takes that band."
                ).replace("%1", translated(method.name)),
                self,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column != 2:
            return
        item = self.table.item(row, 2)
        colour = QColorDialog.getColor(QColor(item.text()), self, self.tr("Band colour"))
        if colour.isValid():
            item.setText(colour.name().upper())
            item.setBackground(colour)

    def bands(self) -> tuple[Band, ...]:
        bands = []
        last = self.table.rowCount() - 1
        for row, original in enumerate(self._method.bands):
            label = self.table.item(row, 0).text().strip() or translated(original.label)
            upper = None
            if row < last:
                text = self.table.item(row, 1).text().strip().replace(",", ".")
                try:
                    upper = float(text)
                except ValueError:
                    raise ValidationError(
                        {"bands": self.tr("“%1” is not a number.").replace("%1", text)}
                    ) from None
            colour = self.table.item(row, 2).text().strip()
            bands.append(
                Band(original.key, label, upper, colour, original.action, original.upper_inclusive)
            )
        return tuple(bands)

    def accept(self) -> None:
        try:
            self._profile = make_profile(
                uuid.uuid4(), self.name_edit.text(), base_key_of(self._method), self.bands()
            )
        except ValidationError as exc:
            self.problems.setText(problems_text(exc.problems))
            return
        super().accept()

    def accepted_profile(self) -> RiskMethod:
        assert self._profile is not None
        return self._profile

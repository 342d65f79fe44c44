"""Edit the hazard category catalogue: names, colours, badge letters, NR-5 groups; add new ones."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.codes import unique_code
from ...domain.errors import ValidationError
from ...domain.hazard import HazardCategory
from ..i18n import problems_text, translated
from .badges import category_badge
from .labels import NR5_LABELS


class CategoriesDialog(QDialog):
    """accepted_categories() is the edited catalogue once OK passed validation."""

    def __init__(self, categories: list[HazardCategory], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hazard categories"))
        self.resize(640, 480)
        self._codes = [c.code for c in categories]
        self._accepted: list[HazardCategory] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Colour"), self.tr("Symbol"), self.tr("NR-5 group")]
        )
        self.table.setColumnWidth(0, 260)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        for category in categories:
            self._add_row(category)
        self.table.itemChanged.connect(self._show_badge)  # as the letters or colour change
        add = QPushButton(self.tr("Add category"), self)
        add.clicked.connect(self.add_category)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Double-click a colour to change it. Categories in use "
                    "cannot be removed; rename them instead."
                ),
                self,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(add)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _add_row(self, category: HazardCategory) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(translated(category.name))
        name.setData(Qt.ItemDataRole.UserRole, category.name)  # kept unless edited
        self.table.setItem(row, 0, name)
        colour = QTableWidgetItem(category.colour)
        colour.setBackground(QColor(category.colour))
        colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 1, colour)
        symbol = QTableWidgetItem(category.symbol)
        symbol.setIcon(category_badge(category.colour, category.symbol))
        self.table.setItem(row, 2, symbol)
        group = QComboBox(self.table)
        for key, name in NR5_LABELS.items():
            group.addItem(translated(name), key)
        group.setCurrentIndex(max(0, group.findData(category.nr5_group)))
        self.table.setCellWidget(row, 3, group)

    def _show_badge(self, item: QTableWidgetItem) -> None:
        row = item.row()
        colour, symbol = self.table.item(row, 1), self.table.item(row, 2)
        if item.column() in (1, 2) and colour is not None and symbol is not None:
            badge = category_badge(colour.text(), symbol.text())
            if symbol.icon().cacheKey() != badge.cacheKey():  # setIcon is a change too
                symbol.setIcon(badge)

    def add_category(self) -> None:
        self._codes.append("")  # a code is made from the name on OK
        self._add_row(HazardCategory("", self.tr("New category"), "#7F8C8D", "?", "accident"))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def set_colour(self, row: int, colour: str) -> None:
        item = self.table.item(row, 1)
        item.setText(colour)
        item.setBackground(QColor(colour))

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column == 1:
            colour = QColorDialog.getColor(QColor(self.table.item(row, 1).text()), self)
            if colour.isValid():
                self.set_colour(row, colour.name().upper())

    def categories(self) -> list[HazardCategory]:
        result, taken = [], {c for c in self._codes if c}
        for row, code in enumerate(self._codes):
            item = self.table.item(row, 0)
            name, stored = item.text().strip(), item.data(Qt.ItemDataRole.UserRole)
            if stored and name == translated(stored):  # shown translated, not renamed
                name = stored
            if not code:
                code = unique_code(name, taken, fallback="category")
                taken.add(code)
            result.append(
                HazardCategory(
                    code,
                    name,
                    self.table.item(row, 1).text().strip(),
                    self.table.item(row, 2).text().strip(),
                    self.table.cellWidget(row, 3).currentData(),
                )
            )
        return result

    def accept(self) -> None:
        categories = self.categories()
        try:
            for category in categories:
                category.validate()
        except ValidationError as exc:
            self.problems.setText(problems_text(exc.problems))
            return
        self._accepted = categories
        super().accept()

    def accepted_categories(self) -> list[HazardCategory]:
        return self._accepted

"""Adding a programme's own indicator or good-practice question to the catalogue."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.codes import unique_code
from ...domain.custom_indicators import custom_indicator
from ...domain.errors import ValidationError
from ...domain.indicators import Direction, GoodPractice, Indicator
from ..record_dialog import RecordDialog

SCALES = (
    (None, QT_TRANSLATE_NOOP("CustomIndicatorDialog", "A: one typed value")),
    (1.0, QT_TRANSLATE_NOOP("CustomIndicatorDialog", "A ÷ B")),
    (100.0, QT_TRANSLATE_NOOP("CustomIndicatorDialog", "A ÷ B × 100 (%)")),
    (1000.0, QT_TRANSLATE_NOOP("CustomIndicatorDialog", "A ÷ B × 1,000")),
    (1_000_000.0, QT_TRANSLATE_NOOP("CustomIndicatorDialog", "A ÷ B × 1,000,000")),
)


def _problems_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CustomIndicatorDialog(RecordDialog):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an indicator"))
        self._taken = {i.code for i in document.indicators.indicators()}
        self.name_edit = QLineEdit(self)
        self.unit_edit = QLineEdit(self)
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("Lower is better"), Direction.LOWER_BETTER.value)
        self.direction_combo.addItem(self.tr("Higher is better"), Direction.HIGHER_BETTER.value)
        self.direction_combo.addItem(
            self.tr("Neither (describes the enterprise)"), Direction.NEUTRAL.value
        )
        self.formula_combo = QComboBox(self)
        for scale, text in SCALES:
            self.formula_combo.addItem(self.tr(text), scale)
        self.numerator_edit = QLineEdit(self)
        self.numerator_edit.setPlaceholderText(self.tr("e.g. Kg of scrap copper"))
        self.denominator_edit = QLineEdit(self)
        self.denominator_edit.setPlaceholderText(self.tr("e.g. Tonnes of copper drawn"))
        self.whole_check = QCheckBox(self.tr("Counted in &whole numbers (people, cases…)"), self)
        self.formula_combo.currentIndexChanged.connect(self._on_formula_changed)
        self.module_combo = QComboBox(self)
        for module in document.modules():
            self.module_combo.addItem(module.title, module.code)
        self.problems = _problems_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("Direction:"), self.direction_combo)
        form.addRow(self.tr("&Formula:"), self.formula_combo)
        form.addRow(self.tr("A (typed):"), self.numerator_edit)
        form.addRow(self.tr("B (typed, for a rate):"), self.denominator_edit)
        form.addRow("", self.whole_check)
        form.addRow(self.tr("SCORE module:"), self.module_combo)
        form.addRow(self.problems)
        form.addRow(_buttons(self))

    def checked_value(self) -> Indicator:
        name = self.name_edit.text()
        return custom_indicator(
            unique_code(name, self._taken, fallback="indicator"),
            name,
            self.unit_edit.text(),
            Direction(self.direction_combo.currentData()),
            self.numerator_edit.text(),
            self.denominator_edit.text(),
            self.formula_combo.currentData(),
            self.module_combo.currentData() or "WC",
            whole=self.whole_check.isChecked(),
        )

    def _on_formula_changed(self, _index: int) -> None:
        """A rate is never a count of whole things: the box is for one typed value."""
        single = self.formula_combo.currentData() is None
        self.whole_check.setEnabled(single)
        if not single:
            self.whole_check.setChecked(False)


class PracticeDialog(RecordDialog):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a good-practice question"))
        self._taken = {p.code for p in document.indicators.practices()}
        self.text_edit = QLineEdit(self)
        self.module_combo = QComboBox(self)
        for module in document.modules():
            self.module_combo.addItem(module.title, module.code)
        self.problems = _problems_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Good practice:"), self.text_edit)
        form.addRow(self.tr("SCORE module:"), self.module_combo)
        form.addRow(self.problems)
        form.addRow(_buttons(self))

    def checked_value(self) -> GoodPractice:
        text = " ".join(self.text_edit.text().split())
        if not text:
            raise ValidationError({"text": self.tr("Write the good practice to ask about.")})
        code = unique_code(text, self._taken, fallback="practice")
        return GoodPractice(code, self.module_combo.currentData() or "WC", text)

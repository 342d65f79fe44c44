"""A rating: one list per factor of a risk method and, beside them, the matrix whose cell
sets likelihood and severity at once (rating_matrix.py); the score and band below."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from ...domain.risk import Cell, RiskMethod, matrix_axes
from ..i18n import translated
from .rating_matrix import RatingMatrix


class RiskInputs(QWidget):
    """Signals:
    changed(): a rating changed.
    """

    changed = Signal()

    def __init__(self, method: RiskMethod, parent: QWidget | None = None):
        """Each factor starts "not rated": a rating is what the user chose, never a default."""
        super().__init__(parent)
        self.method = method
        self.axes = matrix_axes(method)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for factor in method.factors:
            combo = QComboBox(self)
            combo.setObjectName(f"factor_{factor.key}")
            combo.addItem(self.tr("not rated"), None)
            for level in factor.levels:
                combo.addItem(f"{level.value:g} — {translated(level.label)}", level.value)
            combo.currentIndexChanged.connect(self._on_changed)
            form.addRow(self.tr("%1:").replace("%1", translated(factor.name)), combo)
            self.combos[factor.key] = combo
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Risk:"), self.result)
        self.matrix = RatingMatrix(method, self)
        self.matrix.chosen.connect(self.choose_cell)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignTop)
        self._on_changed()

    def set_values(self, values: tuple[tuple[str, float], ...]) -> None:
        given = dict(values)
        for key, combo in self.combos.items():
            index = combo.findData(given[key]) if key in given else 0
            combo.setCurrentIndex(max(index, 0))
        self._on_changed()

    def choose_cell(self, cell: Cell) -> None:
        """A matrix cell: its likelihood and severity, as if chosen in their lists."""
        for factor, value in zip(self.axes, cell, strict=True):
            combo = self.combos[factor.key]
            combo.setCurrentIndex(combo.findData(value))

    def values(self) -> tuple[tuple[str, float], ...]:
        """The ratings, every factor's; () when any is not rated."""
        chosen = [(key, combo.currentData()) for key, combo in self.combos.items()]
        if any(value is None for _key, value in chosen):
            return ()
        return tuple((key, float(value)) for key, value in chosen)

    def partly_rated(self) -> bool:
        """Some factors rated, not all: neither a rating nor "not rated"."""
        rated = [combo.currentData() is not None for combo in self.combos.values()]
        return any(rated) and not all(rated)

    def _on_changed(self, *_args) -> None:
        values = self.values()
        if not values:
            self.result.setText(self.tr("not rated"))
            self.result.setStyleSheet("")
        else:
            assessment = self.method.assess(dict(values))
            self.result.setText(f"{assessment.score:g} — {translated(assessment.band.label)}")
            self.result.setStyleSheet(
                f"background-color: {assessment.band.colour}; padding: 2px 6px; color: black;"
            )
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        row, column = (chosen[factor.key] for factor in self.axes)
        on_axes = {factor.key for factor in self.axes}
        others = {k: v for k, v in chosen.items() if k not in on_axes and v is not None}
        cell = None if row is None or column is None else (row, column)
        self.matrix.show_rating(cell, others)
        self.changed.emit()

"""The risk-matrix cell the register is filtered by: outlined in the matrix and named by a
chip in the filter bar ("Likelihood 4 × Severity 3 ✕"), cleared by the chip or by Esc.

With the outline alone, a register showing two rows of fifteen gave no hint why, nor a way
back but finding the same cell and clicking it again.
"""

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QToolButton, QWidget

from ...domain.risk import Cell, RiskMethod, matrix_axes
from ..i18n import translated

CHIP_STYLE = (
    "QToolButton { border: 1px solid #1B4F72; border-radius: 10px; padding: 1px 8px;"
    " background: #D6EAF8; color: #1B2631; }"
    "QToolButton:hover, QToolButton:focus { background: #AED6F1; }"
)


CLEAR_MARK = "  ✕"


class Chip(QToolButton):
    """A button with a long and a short text ("Likelihood 3 × Severity 4  ✕", "L3 × S4  ✕"):
    the short one where the long one does not fit, rather than a wider window (beside six
    filters, the long text made a plan's window 1,100 pixels wide)."""

    def __init__(self, parent: QWidget, tip: str):
        super().__init__(parent)
        self._texts, self._tip = ("", ""), tip
        self._hint = QSize()
        # a tool button keeps its size (Fixed): this one gives way down to its short text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_chip_text(self, text: str, short: str) -> None:
        self._texts = (text, short)
        self.setText(text + CLEAR_MARK)
        self.setToolTip(f"{text}\n{self._tip}")  # whole, when the chip shows it short
        self._hint = super().sizeHint()
        self.updateGeometry()

    def chip_text(self) -> str:
        return self._texts[0]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._hint) if self._hint.isValid() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.sizeHint()
        least = self._width_of(self._texts[1])
        return QSize(min(hint.width(), least), hint.height())

    def _width_of(self, text: str) -> int:
        """The chip's width showing `text`: its text's, and the style's padding."""
        metrics = self.fontMetrics()
        padding = self._hint.width() - metrics.horizontalAdvance(self._texts[0] + CLEAR_MARK)
        return metrics.horizontalAdvance(text + CLEAR_MARK) + max(0, padding)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        text, short = self._texts
        self.setText((text if self._width_of(text) <= self.width() else short) + CLEAR_MARK)


class CellFilter(QObject):
    def __init__(self, panel: QWidget):
        super().__init__(panel)
        self.panel = panel
        self.cell: Cell | None = None
        self.chip = Chip(panel, self.tr("Show the hazards of every cell (Esc)"))
        self.chip.setObjectName("cell_filter_chip")
        self.chip.setStyleSheet(CHIP_STYLE)
        self.chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chip.hide()
        self.chip.clicked.connect(self.clear)
        panel.matrix.cell_clicked.connect(self.set_cell)
        for widget in (panel.table, panel.search_edit, panel.matrix, self.chip):
            widget.installEventFilter(self)  # Esc there clears the cell

    def set_cell(self, cell: Cell | None) -> None:
        self.cell = cell
        self.panel.model.set_filter(cell=cell)
        self.panel.matrix.selected = cell
        self.panel.matrix.update()
        self._show()

    def clear(self) -> None:
        had_focus = self.chip.hasFocus()
        self.set_cell(None)
        if had_focus:  # not lost with the hidden chip
            self.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_method(self, method: RiskMethod) -> None:
        """The enterprise's method changed: a cell it has no more is cleared; the names of
        one it has may have changed."""
        if self.cell is not None:
            rows, columns = matrix_axes(method)
            if not (_has(rows, self.cell[0]) and _has(columns, self.cell[1])):
                self.set_cell(None)
                return
        self._show()

    def _show(self) -> None:
        if self.cell is None:
            self.chip.hide()
            return
        rows, columns = matrix_axes(self.panel.document.risk_method(self.panel.enterprise_id))
        row, column = f"{self.cell[0]:g}", f"{self.cell[1]:g}"
        text = (
            self.tr("%1 %2 × %3 %4", "a risk-matrix cell: factor, level, factor, level")
            .replace("%1", translated(rows.name))
            .replace("%2", row)
            .replace("%3", translated(columns.name))
            .replace("%4", column)
        )
        # the chip of a narrow window
        short = f"{translated(rows.name)[:1]}{row} × {translated(columns.name)[:1]}{column}"
        self.chip.set_chip_text(text, short)
        self.chip.setAccessibleName(self.tr("Matrix cell filter: %1").replace("%1", text))
        self.chip.show()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            self.cell is not None
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not _editing(watched)
        ):
            self.clear()
            return True
        return False


def _has(factor, value: float) -> bool:
    return any(level.value == value for level in factor.levels)


def _editing(widget) -> bool:
    """A table editing a cell keeps Esc for its editor."""
    return (
        isinstance(widget, QAbstractItemView)
        and widget.state() == QAbstractItemView.State.EditingState
    )

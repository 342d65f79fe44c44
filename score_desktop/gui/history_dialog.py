"""Edit ▸ History…: every change of one record, who made it and when, old → new."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from ..domain.history import Change, Operation
from .history_format import (
    RecordRef,
    author_text,
    operation_label,
    when_text,
)
from .history_values import change_lines, input_names, needs_earlier
from .text_fields import leave_on_tab


class HistoryDialog(QDialog):
    """Newest change first; the header says who created the record and who changed it last."""

    def __init__(self, document: PortfolioDocument, ref: RecordRef, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of %1").replace("%1", ref.title))
        self.document, self.ref = document, ref
        self.changes: list[Change] = document.history.record_history(ref.record_id)
        self.summary = QLabel(self._summary(), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        leave_on_tab(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields: before → after")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 260)  # the action's words wrap
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # rows follow the wrapped text as the columns get their final widths
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 460)

    def _summary(self) -> str:
        if not self.changes:
            return self.tr("No change of this record is recorded.")
        first, last = self.changes[0], self.changes[-1]
        if first.operation is Operation.BASELINE:
            text = self.tr("Recorded before history was kept (%2).")
        elif first.author_name:
            text = self.tr("Created by %1, %2.")
        else:
            text = self.tr("Created %2.")
        text = text.replace("%1", first.author_name).replace("%2", when_text(first))
        if len(self.changes) > 1:
            deleted = last.operation is Operation.DELETE
            if not last.author_name:
                later = self.tr("Deleted %2.") if deleted else self.tr("Last changed %2.")
            elif deleted:
                later = self.tr("Deleted by %1, %2.")
            else:
                later = self.tr("Last changed by %1, %2.")
            text += " " + later.replace("%1", last.author_name).replace("%2", when_text(last))
        count = self.tr("%n change(s)", "", len(self.changes))
        return f"{self.ref.title}\n{text} {count}."

    def _fill(self) -> None:
        rows = list(reversed(self.changes))
        inputs = input_names(self.document.indicators.indicators())
        self.table.setRowCount(len(rows))
        for row, change in enumerate(rows):
            what = operation_label(change.operation)
            if change.action:
                what += f"\n({change.action})"
            earlier = self.changes[: len(rows) - 1 - row] if needs_earlier(change) else ()
            fields = "\n".join(change_lines(change, earlier, inputs))
            cells = (when_text(change), author_text(change), what, fields)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)

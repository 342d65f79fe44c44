"""What the team, meeting and suggestion panels share: a read-only table of one record type
of the enterprise, kept in step with the book, and edits through a dialog as one command."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.improvement_commands import (
    AddRecordsCommand,
    RemoveRecordsCommand,
    UpdateRecordsCommand,
)
from ...document.portfolio import PortfolioDocument
from ..tables import fit_columns
from ..text_fields import leave_on_tab


class RecordTablePanel(QWidget):
    """Subclasses set `record_type` and implement `rows()` → [(record, cells)]."""

    record_type: type = object

    def __init__(
        self,
        document: PortfolioDocument,
        headers: list[str],
        stretch: tuple[int, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.table = QTableWidget(0, len(headers), self)
        leave_on_tab(self.table)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.table, stretch)  # a position, a date whole; long fields share the rest
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda index: self.edit_row(index.row()))  # or Enter
        self.buttons = QHBoxLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table, 1)
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_records)
        book.reset.connect(self.refresh)

    def add_button(self, text: str, slot, edits: bool = True) -> QPushButton:
        """A button of the row; one that `edits` (add, delete) is off in review mode."""
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        if edits:
            from ..comments.review_mode import EditingControls

            row = EditingControls(self.document, self)
            row.add(button)
            self.buttons.addWidget(row)
        else:
            self.buttons.addWidget(button)
        return button

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def _on_records(self, _records) -> None:
        self.refresh()

    def rows(self) -> list[tuple[object, tuple[str, ...]]]:
        raise NotImplementedError

    def refresh(self) -> None:
        rows = self.rows() if self.enterprise_id is not None else []
        self.table.setRowCount(len(rows))
        for row, (record, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.table.setItem(row, column, item)

    def record_at(self, row: int):
        item = self.table.item(row, 0)
        if item is None:
            return None
        record_id = item.data(Qt.ItemDataRole.UserRole)
        book = self.document.improvement
        return book.record(record_id) if book.has(record_id) else None

    def history_record(self):
        from ..history_format import record_ref

        record = self.record_at(self.table.currentRow())
        if record is None:
            return None
        kind = {
            "EitMember": "eit_members",
            "EitMeeting": "eit_meetings",
            "Suggestion": "suggestions",
        }.get(type(record).__name__, "")
        name = getattr(record, "name", "") or str(getattr(record, "date", ""))
        return record_ref(kind, record.id, name) if kind else None

    def edit_row(self, row: int):
        record = self.record_at(row)
        return self.open_editor(record, is_new=False) if record is not None else None

    def make_dialog(self, record, is_new: bool):
        raise NotImplementedError

    def command_texts(self) -> tuple[str, str, str]:
        """Undo texts: add, edit, delete."""
        raise NotImplementedError

    def open_editor(self, record, is_new: bool):
        """The record's dialog; OK adds or updates it as one undoable step."""
        dialog = self.make_dialog(record, is_new)
        if self.document.reviewing:  # an enterprise manager reads the record
            from ..comments.review_mode import show_read_only

            show_read_only(dialog, keep=dialog.findChildren(QDialogButtonBox))
            for box in dialog.findChildren(QDialogButtonBox):
                box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        add_text, edit_text, _delete = self.command_texts()

        def on_accepted() -> None:
            value = dialog.accepted_value()
            if is_new:
                self.document.push(AddRecordsCommand(self.document, [value], add_text))
            elif value != record:
                self.document.push(UpdateRecordsCommand(self.document, [value], edit_text))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_current(self) -> None:
        record = self.record_at(self.table.currentRow())
        if record is not None:
            text = self.command_texts()[2]
            self.document.push(RemoveRecordsCommand(self.document, [record.id], text))

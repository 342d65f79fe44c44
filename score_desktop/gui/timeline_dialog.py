"""An enterprise's activity timeline: every change of its records, newest first, filtered by
person, kind of record and dates; exported as CSV; deleted records restored from it.

The model reads the change log a page at a time (fetchMore), so a timeline of a hundred
thousand changes opens as fast as one of ten.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from ..domain.errors import KnownProblemError
from ..domain.history import Change, Operation, TimelineFilter
from .export_notice import changed_text
from .history_format import (
    ENTERPRISE_KINDS,
    RecordRef,
    author_text,
    kind_label,
    operation_label,
    when_text,
)
from .history_values import change_lines, input_names, name_in_change, needs_earlier
from .screen_fit import fit_to_screen
from .text_fields import leave_on_tab

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    """Pages of the change log for one enterprise and filter."""

    COLUMNS = 5

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.document, self.enterprise_id = document, enterprise_id
        self.which = TimelineFilter()
        self.changes: list[Change] = []
        self.total = 0
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Record"),
            self.tr("What"),
            self.tr("Details"),
        ]
        self._names: dict[uuid.UUID, str] = {}
        self._histories: dict[uuid.UUID, list[Change]] = {}
        self._inputs: dict[str, dict[str, str]] = {}
        self.reload()

    def reload(self, which: TimelineFilter | None = None) -> None:
        self.beginResetModel()
        self._histories.clear()
        self._inputs = input_names(self.document.indicators.indicators())
        if which is not None:
            self.which = which
        history = self.document.history
        self.total = history.count_timeline(self.enterprise_id, self.which)
        self.changes = history.timeline(self.enterprise_id, self.which, None, PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.changes) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or not self.changes:
            return
        more = self.document.history.timeline(
            self.enterprise_id, self.which, self.changes[-1].sequence, PAGE
        )
        if not more:
            self.total = len(self.changes)
            return
        first = len(self.changes)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.changes.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        change = self.changes[index.row()]
        column = index.column()
        if column == 0:
            return when_text(change)
        if column == 1:
            return author_text(change)
        if column == 2:
            return self.record_title(change)
        if column == 3:
            what = operation_label(change.operation)
            return f"{what} ({change.action})" if change.action else what
        earlier = self._record_history(change) if needs_earlier(change) else ()
        before = [c for c in earlier if c.sequence < change.sequence]
        lines = change_lines(change, before, self._inputs)
        return "\n".join(lines) if role == Qt.ItemDataRole.ToolTipRole else "; ".join(lines)

    def _record_history(self, change: Change) -> list[Change]:
        """The record's changes, read once per record while the filter stays."""
        found = self._histories.get(change.record_id)
        if found is None:
            found = self._histories[change.record_id] = self.document.history.record_history(
                change.record_id
            )
        return found

    def record_title(self, change: Change) -> str:
        """ "Hazard “Forklift lane”": the kind, and the name the record has in its changes."""
        name = self._names.get(change.record_id)
        if name is None:
            name = name_in_change(change)
            if not name:
                for earlier in self._record_history(change):
                    name = name_in_change(earlier) or name
            self._names[change.record_id] = name
        kind = kind_label(change.record_kind)
        return f"{kind} “{name}”" if name else kind


class TimelineDialog(QDialog):
    def __init__(
        self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("timeline_dialog")
        self.document, self.enterprise_id = document, enterprise_id
        name = document.enterprise(enterprise_id).name
        self.setWindowTitle(self.tr("Activity of %1").replace("%1", name))
        self.model = TimelineModel(document, enterprise_id, self)
        self.person = QComboBox(self)
        self.kind = QComboBox(self)
        self.first_day, self.last_day = self._date_edit(), self._date_edit()
        self._fill_filters()
        self.view = QTableView(self)
        leave_on_tab(self.view)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((130, 130, 220, 200)):
            self.view.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.history_button = QPushButton(self.tr("&History of record…"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.history_button.clicked.connect(self.show_record_history)
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button.clicked.connect(self.export_csv)
        self.view.doubleClicked.connect(lambda _index: self.show_record_history())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._on_model_reset)
        for combo in (self.person, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Person:"), self.person),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&From:"), self.first_day),
            (self.tr("&To:"), self.last_day),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.history_button, self.restore_button, self.export_button):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        fit_to_screen(self, 1000, 560)
        self._on_model_reset()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(edit.minimumDate())  # the special value: no limit
        return edit

    def _fill_filters(self) -> None:
        self.person.addItem(self.tr("Anyone"), None)
        for person in self.document.history.timeline_authors(self.enterprise_id):
            self.person.addItem(person.name, person.id)
        self.kind.addItem(self.tr("Any record"), None)
        for kind in ENTERPRISE_KINDS:
            self.kind.addItem(kind_label(kind), kind)

    def _day(self, edit: QDateEdit) -> dt.date | None:
        if edit.date() == edit.minimumDate():
            return None
        return edit.date().toPython()

    def current_filter(self) -> TimelineFilter:
        return TimelineFilter(
            author_id=self.person.currentData(),
            record_kind=self.kind.currentData(),
            first_day=self._day(self.first_day),
            last_day=self._day(self.last_day),
        )

    def apply_filter(self) -> None:
        self.model.reload(self.current_filter())

    def _on_model_reset(self) -> None:
        self.count.setText(self.tr("%n change(s)", "", self.model.total))
        self._update_buttons()

    def selected_change(self) -> Change | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.changes[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        change = self.selected_change()
        self.history_button.setEnabled(change is not None)
        self.restore_button.setEnabled(
            change is not None
            and change.operation is Operation.DELETE
            and change.record_id in self._deleted_ids()
        )
        self.export_button.setEnabled(self.model.total > 0)

    def _deleted_ids(self) -> set[uuid.UUID]:
        return {c.record_id for c in self.document.history.deleted_records(self.enterprise_id)}

    def show_record_history(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        from .history_dialog import HistoryDialog

        ref = RecordRef(change.record_id, self.model.record_title(change))
        dialog = HistoryDialog(self.document, ref, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def restore_selected(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        title = self.model.record_title(change)
        text = self.tr("Restore %1").replace("%1", title)
        try:
            restored = self.document.restore_deleted(change.record_id, text)
        except KnownProblemError as exc:
            self._tell(str(exc))
            return
        self.apply_filter()
        children = len(restored) - 1
        if children:
            message = self.tr("%1 is back, with %n record(s) deleted with it.", "", children)
        else:
            message = self.tr("%1 is back.")
        self._tell(message.replace("%1", title))

    def _tell(self, message: str) -> None:
        self.count.setText(message)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export activity"), "activity.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> int:
        from ..services.history_export import export_timeline_csv

        try:
            result = export_timeline_csv(
                self.document.history, self.enterprise_id, self.current_filter(), path
            )
        except (OSError, KnownProblemError) as exc:
            self._tell(self.tr("Not exported: %1").replace("%1", str(exc)))
            return 0
        told = self.tr("%n change(s) exported to %1", "", result.rows).replace("%1", path)
        self._tell(" — ".join(filter(None, (told, changed_text(result.replaced)))))
        return result.rows

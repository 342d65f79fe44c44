"""The monthly entry grid: rows are the baseline, the targets and the months of the
engagement; columns are the raw inputs of each indicator and its computed value.

Only inputs are typed; rates and the indicators counted from EIT/EIP records are shown, never
typed. Every edit, and every pasted block, is one undoable command; a block with one bad cell
writes nothing.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ...document.indicator_commands import CorrectBaselineCommand, SetEntriesCommand
from ...document.portfolio import PortfolioDocument
from ...domain.errors import ValidationError
from ...domain.indicators import (
    BaselineCorrection,
    Entry,
    EntryKind,
    Indicator,
    Source,
    implausible_jump,
    month_of,
    months_between,
)
from ...domain.money import number_style
from ...domain.money import parse_number as parse_typed
from ..i18n import problems_text
from ..numbers import figure, ui_language
from .labels import translated

HISTORY_MONTHS = 12  # enterprises bring about a year of records to the intake visit
SEX_SIGNS = {"female": "♀", "male": "♂", "all": ""}
IMPROVED, WORSE, JUMP = QColor("#D5F5E3"), QColor("#FADBD8"), QColor("#FCF3CF")
JUMP_TEXT = QColor("#B9770E")  # a figure far from the month before
READ_ONLY = QColor("#F2F3F4")


@dataclass(frozen=True)
class Column:
    indicator: Indicator
    input_key: str | None  # None: the computed value
    sex: str = "all"

    @property
    def editable(self) -> bool:
        return self.input_key is not None and self.indicator.source is Source.ENTERED

    def header(self) -> str:
        name = translated(self.indicator.name)
        sign = SEX_SIGNS[self.sex]
        if self.input_key is None:
            return f"{name} ({translated(self.indicator.unit)})"
        label = next(i.label for i in self.indicator.inputs if i.key == self.input_key)
        if self.indicator.scale is None:
            return f"{name} {sign}".strip()
        return f"{name}: {translated(label)}"


def grid_columns(indicators) -> list[Column]:
    columns = []
    for indicator in indicators:
        if indicator.source is Source.RECORDS:
            columns.append(Column(indicator, None))
        elif indicator.sex_split:
            columns += [Column(indicator, "value", sex) for sex in ("female", "male")]
            columns.append(Column(indicator, None))
        elif indicator.scale is None:
            columns.append(Column(indicator, indicator.inputs[0].key))
        else:
            columns += [Column(indicator, spec.key) for spec in indicator.inputs]
            columns.append(Column(indicator, None))
    return columns


def parse_number(text: str) -> float | None:
    """Text typed or pasted into a cell, in the UI's language ("4,5" is four and a half in
    French, not 45); '' clears it. Raises ValueError for non-numbers."""
    value = parse_typed(text, ui_language())
    return None if value is None else float(value)


def cell_text(value: float) -> str:
    """A figure as the grid shows it: whole numbers whole, else up to two decimals, in the
    UI's language (1 234,5 in French)."""
    if value % 1 == 0:
        return figure(value, 0)
    return figure(value, 2).rstrip("0").rstrip(number_style(ui_language()).decimal)


class IndicatorGridModel(QAbstractTableModel):
    """Signals:
    refused(str): an edit or paste was not written, and why.
    """

    refused = Signal(str)

    def __init__(self, document: PortfolioDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.columns = grid_columns(document.indicators.indicators())
        self.rows: list[tuple[EntryKind, dt.date]] = []
        self.ask_reason = lambda _text: ("", False)  # set by the view: why a baseline changes
        book = document.indicators
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_entries_changed)
        document.indicators.catalogue_changed.connect(self._on_catalogue_changed)
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_records)

    # Shape ---------------------------------------------------------------------------------

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.beginResetModel()
        self.enterprise_id = enterprise_id
        self.rows = []
        if enterprise_id is not None:
            first, intake, today = self.engagement()
            self.rows = [(EntryKind.BASELINE, intake), (EntryKind.TARGET, intake)]
            self.rows += [(EntryKind.MONTH, m) for m in months_between(first, today)]
        self.endResetModel()

    def engagement(self) -> tuple[dt.date, dt.date, dt.date]:
        """(first month, intake month, last month): from a year before the intake visit,
        whose month holds the baseline and targets, to this month."""
        today = month_of(dt.date.today())
        visits = self.document.visits_of(self.enterprise_id)
        intake = month_of(min((v.date for v in visits), default=today))
        first = intake
        for _ in range(HISTORY_MONTHS):
            first = month_of(first - dt.timedelta(days=1))
        return first, intake, max(today, intake)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header()
            if role == Qt.ItemDataRole.ToolTipRole:
                if column.indicator.source is Source.RECORDS:
                    return self.tr("Counted from the EIT and EIP records")
                return self.tr("Formula: %1").replace("%1", column.indicator.formula)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind, month = self.rows[section]
        if kind is EntryKind.BASELINE:
            return self.tr("Baseline")
        if kind is EntryKind.TARGET:
            return self.tr("Target")
        return month.strftime("%Y-%m")

    def flags(self, index: QModelIndex):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # figures are records: an enterprise manager in review mode reads them
        editable = index.isValid() and self.columns[index.column()].editable
        if editable and not self.document.reviewing:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Values --------------------------------------------------------------------------------

    def cell_value(self, row: int, column: Column) -> float | None:
        kind, month = self.rows[row]
        indicator = column.indicator
        if indicator.source is Source.RECORDS:
            if kind is not EntryKind.MONTH:
                return None
            return self.document.indicators.from_records(self.enterprise_id, indicator.code, month)
        entry = self.document.indicators.entry(
            self.enterprise_id, indicator.code, kind, month, column.sex
        )
        if entry is None:
            return None
        if column.input_key is None:
            return entry.value
        return dict(entry.inputs).get(column.input_key)

    def entry_at(self, index: QModelIndex) -> Entry | None:
        """The stored entry a typed cell shows (None for a counted or empty cell)."""
        if not index.isValid() or self.enterprise_id is None:
            return None
        kind, month = self.rows[index.row()]
        column = self.columns[index.column()]
        if column.indicator.source is Source.RECORDS:
            return None
        return self.document.indicators.entry(
            self.enterprise_id, column.indicator.code, kind, month, column.sex
        )

    def series(self, indicator: Indicator) -> list[tuple[dt.date, float]]:
        """The monthly values of an indicator (all sexes), for charts."""
        column = Column(indicator, None)
        points = []
        for row, (kind, month) in enumerate(self.rows):
            if kind is EntryKind.MONTH:
                value = self.cell_value(row, column)
                if value is not None:
                    points.append((month, value))
        return points

    def reference(self, indicator: Indicator, kind: EntryKind) -> float | None:
        row = 0 if kind is EntryKind.BASELINE else 1
        return self.cell_value(row, Column(indicator, None))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.cell_value(index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(index.row(), column, value)
        computed = column.input_key is None and value is not None
        if role == Qt.ItemDataRole.ForegroundRole and computed:
            # a figure to check, whatever its tint says of the baseline
            return JUMP_TEXT if self._jump(index.row(), column, value) else None
        tooltip = role == Qt.ItemDataRole.ToolTipRole and column.input_key is None
        if tooltip and value is not None and self._jump(index.row(), column, value):
            return self.tr("More than 50 % away from the month before: please check.")
        return None

    def _jump(self, row: int, column: Column, value: float) -> bool:
        kind, _month = self.rows[row]
        if kind is not EntryKind.MONTH or self.rows[row - 1][0] is not EntryKind.MONTH:
            return False
        return implausible_jump(self.cell_value(row - 1, column), value)

    def _background(self, row: int, column: Column, value):
        if column.input_key is not None:
            return None if column.editable else READ_ONLY
        if value is None or self.rows[row][0] is not EntryKind.MONTH:
            return READ_ONLY
        baseline = self.reference(column.indicator, EntryKind.BASELINE)
        improved = None if baseline is None else column.indicator.improved(baseline, value)
        if improved is not None:  # better or worse is said even for a jump (its text tells)
            return IMPROVED if improved else WORSE
        return JUMP if self._jump(row, column, value) else READ_ONLY

    # Edits ---------------------------------------------------------------------------------

    def setData(self, index: QModelIndex, text, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.write_block(index.row(), index.column(), [[str(text)]])

    def write_block(self, top: int, left: int, block: list[list[str]]) -> bool:
        """Write a block of typed or pasted text at (top, left): all cells or none."""
        if not block or not block[0]:
            return False
        height, width = len(block), max(len(r) for r in block)
        if top + height > len(self.rows) or left + width > len(self.columns):
            self.refused.emit(
                self.tr("The pasted block (%1 × %2) does not fit from this cell.")
                .replace("%1", str(height))
                .replace("%2", str(width))
            )
            return False
        changes: dict[tuple, dict] = {}
        for r, line in enumerate(block):
            for c, text in enumerate(line):
                column = self.columns[left + c]
                if not column.editable:
                    self.refused.emit(
                        self.tr("“%1” is computed, not typed.").replace("%1", column.header())
                    )
                    return False
                try:
                    number = parse_number(text)
                except ValueError:
                    self.refused.emit(self.tr("“%1” is not a number.").replace("%1", text))
                    return False
                kind, month = self.rows[top + r]
                key = (column.indicator.code, kind, month, column.sex)
                changes.setdefault(key, {})[column.input_key] = number
        try:
            entries, corrected = self._entries(changes)
        except ValidationError as exc:
            self.refused.emit(problems_text(exc.problems))
            return False
        if not entries:
            return False
        count = sum(len(v) for v in changes.values())
        text = self.tr("Edit indicators (%n value(s))", "", count)
        if corrected:
            reason, ok = self.ask_reason(text)
            if not ok:
                return False
            corrections = [
                BaselineCorrection(
                    self.enterprise_id,
                    old.indicator,
                    old.sex,
                    old.value,
                    new.value,
                    reason.strip(),
                    dt.datetime.now(dt.UTC),
                )
                for old, new in corrected
            ]
            command = CorrectBaselineCommand(
                self.document, self.enterprise_id, entries, corrections, text
            )
        else:
            command = SetEntriesCommand(self.document, self.enterprise_id, entries, text)
        return self.document.push(command)

    def _entries(self, changes: dict) -> tuple[list[Entry], list[tuple[Entry, Entry]]]:
        """New entries for the changed cells (and the totals of sex-split indicators), with
        the baselines that already had a value (corrections)."""
        book = self.document.indicators
        by_code = {c.indicator.code: c.indicator for c in self.columns}
        made: dict[tuple, Entry] = {}
        corrected = []
        for (code, kind, month, sex), inputs in changes.items():
            indicator = by_code[code]
            old = book.entry(self.enterprise_id, code, kind, month, sex)
            merged = dict(old.inputs) if old else {}
            merged.update(inputs)
            merged = {k: v for k, v in merged.items() if v is not None}
            entry = Entry.make(self.enterprise_id, indicator, kind, month, merged, sex)
            made[entry.key()] = entry
            if kind is EntryKind.BASELINE and old is not None and old.value is not None:
                corrected.append((old, entry))
        for code, kind, month in {k[:3] for k in changes if k[3] != "all"}:
            parts = [
                made.get((self.enterprise_id, code, kind, month, s))
                or book.entry(self.enterprise_id, code, kind, month, s)
                for s in ("female", "male")
            ]
            values = [p.value for p in parts if p is not None and p.value is not None]
            total = Entry.make(
                self.enterprise_id,
                by_code[code],
                kind,
                month,
                {"value": sum(values)} if values else {},
            )
            made[total.key()] = total
        return list(made.values()), corrected

    def _on_catalogue_changed(self) -> None:
        self.beginResetModel()
        self.columns = grid_columns(self.document.indicators.indicators())
        self.endResetModel()

    def _on_entries_changed(self, records: list) -> None:
        # review items (in the improvement book) belong to a visit, not an enterprise
        mine = (getattr(r, "enterprise_id", None) == self.enterprise_id for r in records)
        if self.rows and any(mine):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def _on_records(self, records: list) -> None:
        """Values counted from the EIT and EIP records follow them."""
        self._on_entries_changed(records)

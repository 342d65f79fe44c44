"""The programme overview: hazards by current risk band and category, improvement projects
closed and their savings, by country, sector, SCORE module or consultant, over every
enterprise the workspace (or the office login) can read. Exportable as XLSX or CSV.

Its figures come from the database (domain/programme.py, storage/programme_queries.py),
read again after any edit, since the document holds only the enterprises opened."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from ..domain.errors import KnownProblemError
from ..domain.programme import (
    GROUP_TITLES,
    NONE_NAMED,
    GroupBy,
    GroupFigures,
    Overview,
    ProgrammeFacts,
    Selection,
    choices,
    overview,
)
from .export_notice import not_saved, tell_if_changed
from .i18n import sort_key, translated
from .numbers import money
from .text_fields import leave_on_tab

FILTERS = (GroupBy.COUNTRY, GroupBy.SECTOR, GroupBy.MODULE, GroupBy.CONSULTANT)
REREAD_DELAY_MS = 400


class ProgrammeOverview(QWidget):
    """Signals:
    exported(str): the path a table was written to.
    """

    exported = Signal(str)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.facts: ProgrammeFacts | None = None
        self.shown: Overview | None = None
        self.group_combo = QComboBox(self)
        for group_by in GroupBy:
            self.group_combo.addItem(translated(GROUP_TITLES[group_by]), group_by.value)
        self.filters = {group_by: QComboBox(self) for group_by in FILTERS}
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Write both tables to an XLSX or CSV file"))
        self.export_button.clicked.connect(self.ask_export)
        bar = QHBoxLayout()
        group_label = QLabel(self.tr("&Group by:"), self)
        group_label.setBuddy(self.group_combo)
        bar.addWidget(group_label)
        bar.addWidget(self.group_combo)
        for group_by, combo in self.filters.items():
            # the colon as the language writes it (French puts a space before it)
            title = self.tr("%1:", "a filter's label").replace(
                "%1", translated(GROUP_TITLES[group_by])
            )
            label = QLabel(title, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i: self.show_overview())
        bar.addWidget(self.export_button)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.show_overview())
        self.groups_table = self._table()
        self.categories_table = self._table()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.groups_table)
        splitter.addWidget(self.categories_table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        # Read again after edits, once for many (an import, a merge, typing), and only while
        # shown: over a programme's enterprises a read takes a noticeable moment.
        self._stale = False
        self._reread = QTimer(self, singleShot=True, interval=REREAD_DELAY_MS)
        self._reread.timeout.connect(self.read)
        for records in (document.enterprise_set, document.hazards, document.improvement):
            for signal in (records.added, records.changed, records.removed):
                signal.connect(self._records_changed)
            records.reset.connect(self._records_changed)
        self.read()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        leave_on_tab(table)
        return table

    def _records_changed(self, _records=None) -> None:
        if self.isVisible():
            self._reread.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._reread.start()

    # Reading -------------------------------------------------------------------------------

    def read(self) -> None:
        """Read the facts from the database again, then show them."""
        self._stale = False
        try:
            self.facts = self.document.programme_facts()
        except KnownProblemError as exc:  # a lost connection to the office server
            self.document.problem_occurred.emit(str(exc))
            return
        self._fill_filters()
        self.show_overview()

    def _fill_filters(self) -> None:
        assert self.facts is not None
        everyone = {
            GroupBy.COUNTRY: self.tr("All countries"),
            GroupBy.SECTOR: self.tr("All sectors"),
            GroupBy.MODULE: self.tr("All modules"),
            GroupBy.CONSULTANT: self.tr("All consultants"),
        }
        for group_by, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone[group_by], None)
            values = choices(self.facts, group_by)
            if group_by is not GroupBy.MODULE:
                values.sort(key=sort_key)
            for value in values:
                combo.addItem(self._group_name(group_by, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def selection(self) -> Selection:
        chosen = {g.value: combo.currentData() for g, combo in self.filters.items()}
        return Selection(**chosen)

    def group_by(self) -> GroupBy:
        return GroupBy(self.group_combo.currentData())

    def show_overview(self) -> None:
        if self.facts is None:
            return
        self.shown = overview(
            self.facts, self.group_by(), self.document.hazards.method, self.selection()
        )
        header, rows = self.group_rows(self.shown)
        self._fill(self.groups_table, header, rows)
        header, rows = self.category_rows(self.shown)
        self._fill(self.categories_table, header, rows)
        total = self.shown.total
        self.summary.setText(
            self.tr("%n enterprise(s); ", "", total.enterprises)
            + self.tr("%n hazard(s), ", "", total.hazards)
            + self.tr("%n open; ", "", total.hazards_open)
            + self.tr("%n improvement project(s), ", "", total.projects)
            + self.tr("%1 closed.").replace("%1", self._share(total.closure_rate))
            + " "
            + self.tr("Hazards are counted by their current risk.")
        )

    # Tables (shown, and exported with numbers as numbers) ---------------------------------

    def _currencies(self, shown: Overview) -> list[str]:
        return sorted(shown.total.savings)

    def group_rows(self, shown: Overview) -> tuple[list[str], list[list]]:
        currencies = self._currencies(shown)
        header = [
            translated(GROUP_TITLES[shown.group_by]),
            self.tr("Enterprises"),
            self.tr("Hazards"),
            self.tr("Open"),
            *(translated(band.label) for band in shown.bands),
            self.tr("Projects"),
            self.tr("Done"),
            self.tr("Share closed"),
            *(self.tr("Savings / month (%1)").replace("%1", c) for c in currencies),
        ]
        rows = [
            self._group_row(shown, figures, self._group_name(shown.group_by, figures.name))
            for figures in shown.groups
        ]
        rows.append(self._group_row(shown, shown.total, self.tr("All")))
        return header, rows

    def _group_row(self, shown: Overview, figures: GroupFigures, name: str) -> list:
        return [
            name,
            figures.enterprises,
            figures.hazards,
            figures.hazards_open,
            *(figures.by_band[band.key] for band in shown.bands),
            figures.projects,
            figures.projects_closed,
            figures.closure_rate,
            *(figures.savings.get(c) for c in self._currencies(shown)),
        ]

    def category_rows(self, shown: Overview) -> tuple[list[str], list[list]]:
        header = [
            self.tr("Hazard category"),
            *(translated(band.label) for band in shown.bands),
            self.tr("Hazards"),
        ]
        rows = []
        for code, counts in shown.by_category.items():
            category = self.document.hazards.category(code)
            name = translated(category.name) if category is not None else code
            rows.append([name, *(counts[b.key] for b in shown.bands), sum(counts.values())])
        rows.sort(key=lambda row: (-row[-1], sort_key(row[0])))
        return header, rows

    def _group_name(self, group_by: GroupBy, value: str) -> str:
        if value == NONE_NAMED:
            return self.tr("(none)")
        if group_by is GroupBy.MODULE:
            return f"{value} — {translated(self.document.module_title(value))}"
        return value

    def _fill(self, table: QTableWidget, header: list[str], rows: list[list]) -> None:
        currencies = self._currencies(self.shown) if self.shown else []
        money_from = len(header) - len(currencies) if table is self.groups_table else len(header)
        table.clear()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        closed = header.index(self.tr("Share closed")) if self.tr("Share closed") in header else -1
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if c >= money_from:
                    text = money(value, currencies[c - money_from])
                elif c == closed:
                    text = self._share(value)
                elif isinstance(value, int):
                    text = QLocale().toString(value)
                else:
                    text = str(value)
                item = QTableWidgetItem(text)
                if table is self.groups_table and r == len(rows) - 1:  # the total
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    def _share(self, rate: float | None) -> str:
        return "—" if rate is None else QLocale().toString(round(rate * 100)) + " %"

    # Export --------------------------------------------------------------------------------

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the programme overview"),
            self.tr("programme-overview.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the tables shown; a failure is reported, not raised."""
        if self.shown is None:
            return False
        from ..services.programme_export import Table, write_tables  # openpyxl: on first use

        header, rows = self.group_rows(self.shown)
        closed = header.index(self.tr("Share closed"))
        tables = [
            Table(translated(GROUP_TITLES[self.shown.group_by]), header, rows, frozenset({closed})),
            Table(self.tr("Hazard categories"), *self.category_rows(self.shown)),
        ]
        try:
            result = write_tables(path, tables)
        except OSError as exc:
            failure = self.tr("The overview could not be saved to %1: %2")
            self.document.problem_occurred.emit(not_saved(failure, path, exc))
            return False
        tell_if_changed(self, path, result.replaced, result.shortened)
        self.exported.emit(str(path))
        return True

"""One enterprise's indicators: the monthly grid, a dashboard and single charts against the
baseline (built when first shown; pyqtgraph loads with the first full-size chart), and the
baseline survey."""

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...document.indicator_commands import AddCatalogueItemCommand
from ...document.portfolio import PortfolioDocument
from ...domain.custom_indicators import indicator_to_json
from ...domain.indicators import EntryKind, Source, chart_rows
from ..export_notice import not_saved, tell_if_changed
from ..message_boxes import open_message
from .baseline_panel import BaselinePanel
from .custom_dialogs import CustomIndicatorDialog
from .grid_model import IndicatorGridModel
from .labels import translated

HEADER_LINES = 3  # a column header wraps onto at most this many lines


class IndicatorsPanel(QTabWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.model = IndicatorGridModel(document, self)
        self.model.ask_reason = self.ask_reason
        self.model.refused.connect(self.refuse)
        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        header = self.grid.horizontalHeader()
        header.setDefaultSectionSize(118)
        # "Absenteeism: Possible working days" in three lines, not cut at both ends
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(HEADER_LINES * header.fontMetrics().lineSpacing() + 6)
        self.grid.setWordWrap(True)
        self.formula = QLabel(self)
        self.formula.setTextFormat(Qt.TextFormat.PlainText)
        self.grid.selectionModel().currentChanged.connect(self._show_formula)
        self.paste_shortcut = QShortcut(
            QKeySequence.StandardKey.Paste, self.grid, activated=self.paste
        )
        # figures are read in review mode: cells are not editable (the model), nor pasted
        document.mode_changed.connect(self._on_document_mode_changed)
        self._on_document_mode_changed()
        page = QWidget(self)
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Type the raw figures; rates are computed (green: better than the baseline, "
                "red: worse; brown figures moved over 50 % from the month before: check them). "
                "Paste a block copied from a spreadsheet with Ctrl+V."
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.formula, 1)
        add = QPushButton(self.tr("Add indicator…"), page)
        add.setToolTip(self.tr("An indicator of your programme, for every enterprise"))
        add.clicked.connect(lambda: self.add_indicator())
        from ..comments.review_mode import EditingControls

        adding = EditingControls(document, page)
        adding.add(add)
        bottom.addWidget(adding)
        export = QPushButton(self.tr("Export data…"), page)
        export.setToolTip(self.tr("CSV or Excel, one row per month, indicator and sex"))
        export.clicked.connect(self.choose_export)
        bottom.addWidget(export)
        layout.addLayout(bottom)
        self.addTab(page, self.tr("Monthly data"))
        self.dashboard = None
        self.chart_page = None
        self.addTab(QWidget(self), self.tr("Dashboard"))
        self.addTab(QWidget(self), self.tr("Chart"))
        self.baseline = BaselinePanel(document, self)
        self.addTab(self.baseline, self.tr("Baseline survey"))
        self.currentChanged.connect(self._on_tab)
        book = document.indicators
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_entries_changed)
        document.indicators.catalogue_changed.connect(self.refresh_charts)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.model.set_enterprise(enterprise_id)
        self.baseline.set_enterprise(enterprise_id)
        self.refresh_charts()

    # Grid ----------------------------------------------------------------------------------

    def ask_reason(self, _text: str) -> tuple[str, bool]:
        return QInputDialog.getText(
            self,
            self.tr("Correct the baseline"),
            self.tr("The baseline already has a value. Why does it change?"),
        )

    def _on_document_mode_changed(self) -> None:
        self.paste_shortcut.setEnabled(not self.document.reviewing)

    def refuse(self, message: str) -> None:
        open_message(
            self, QMessageBox.Icon.Warning, self.tr("Not saved"), message, "indicator_refused"
        )

    def paste(self, text: str | None = None) -> bool:
        """A tab-separated block (a spreadsheet copy) at the current cell."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        lines = [line for line in text.replace("\r\n", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        block = [line.split("\t") for line in lines]
        index = self.grid.currentIndex()
        if not block or not index.isValid():
            return False
        return self.model.write_block(index.row(), index.column(), block)

    def history_record(self):
        """The value in the grid's current cell (Edit ▸ History…)."""
        if self.currentIndex() != 0:  # the grid is the first page
            return None
        index = self.grid.currentIndex()
        entry = self.model.entry_at(index)
        if entry is None:
            return None
        from ..history_format import record_ref

        header = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        row = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        return record_ref("indicator_entries", entry.id, f"{header} · {row}")

    def add_indicator(self) -> CustomIndicatorDialog:
        dialog = CustomIndicatorDialog(self.document, self)

        def on_accepted() -> None:
            indicator = dialog.accepted_value()
            text = self.tr("Add indicator “%1”").replace("%1", indicator.name)
            command = AddCatalogueItemCommand(
                self.document, "indicator", indicator.code, indicator_to_json(indicator), text
            )
            self.document.push(command)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export indicator data"),
            "indicators.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """This enterprise's entries and counted indicators in the documented long layout."""
        from ...services.indicator_export import EnterpriseData, writer_for

        if self.enterprise_id is None:
            return False
        enterprise = self.document.enterprise(self.enterprise_id)
        book = self.document.indicators
        months = [m for kind, m in self.model.rows if kind is EntryKind.MONTH]
        counted = [
            (indicator.code, month, book.from_records(self.enterprise_id, indicator.code, month))
            for indicator in book.indicators()
            if indicator.source is Source.RECORDS
            for month in months
        ]
        data = EnterpriseData(
            str(enterprise.id),
            enterprise.name,
            enterprise.country,
            enterprise.sector,
            book.entries_of(self.enterprise_id),
            counted,
        )
        try:
            catalogue = {i.code: i for i in book.indicators()}
            result = writer_for(path)(path, [data], catalogue)
        except OSError as exc:
            self.refuse(not_saved(self.tr("The data could not be saved to %1: %2"), path, exc))
            return False
        tell_if_changed(self, path, result.replaced, result.shortened)
        return True

    def _show_formula(self, current, _previous) -> None:
        if not current.isValid():
            self.formula.clear()
            return
        indicator = self.model.columns[current.column()].indicator
        self.formula.setText(
            f"{translated(indicator.name)}: {indicator.formula}  ({indicator.unit})"
        )

    # Charts --------------------------------------------------------------------------------

    def chart_rows(self):
        """The same rows the monthly progress report prints (domain.indicators.chart_rows)."""
        book, records = self.document.indicators, self.document.improvement
        eid = self.enterprise_id
        months = [m for kind, m in self.model.rows if kind is EntryKind.MONTH]
        return chart_rows(
            book.indicators(),
            book.entries_of(eid),
            months,
            records.meetings_of(eid),
            records.suggestions_of(eid),
            records.projects_of(eid),
        )

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.dashboard is None:
            from .dashboard import Dashboard

            self.dashboard = Dashboard(self)
            self.dashboard.chosen.connect(self.show_chart)
            self.removeTab(1)
            self.insertTab(1, self.dashboard, self.tr("Dashboard"))
            self.setCurrentIndex(1)
            self.refresh_charts()
        if index == 2 and self.chart_page is None:
            self.chart_page = ChartPage(self)
            self.removeTab(2)
            self.insertTab(2, self.chart_page, self.tr("Chart"))
            self.setCurrentIndex(2)
            self.refresh_charts()

    def refresh_charts(self) -> None:
        if self.enterprise_id is None:
            return
        rows = self.chart_rows()
        if self.dashboard is not None:
            self.dashboard.show_all(rows)
        if self.chart_page is not None:
            self.chart_page.show(rows)

    def show_chart(self, code: str) -> None:
        self.setCurrentIndex(2)
        self.chart_page.choose(code)

    def _on_entries_changed(self, records: list) -> None:
        if any(r.enterprise_id == self.enterprise_id for r in records):
            self.refresh_charts()


class ChartPage(QWidget):
    """One indicator at full size, with hover values and export."""

    def __init__(self, panel: IndicatorsPanel):
        super().__init__(panel)
        from .charts import IndicatorChart  # pyqtgraph loads with the first full chart
        from .dashboard import change_text

        self._change_text = change_text
        self.rows = {}
        self.panel = panel
        self.combo = QComboBox(self)
        self.combo.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart = IndicatorChart(self)
        self.change = QLabel(self)
        export = QPushButton(self.tr("Export chart…"), self)
        export.clicked.connect(self.choose_export)
        top = QHBoxLayout()
        top.addWidget(self.combo, 1)
        top.addWidget(self.change, 2)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)

    def show(self, rows) -> None:  # noqa: A003 - a page shows its data
        self.rows = {indicator.code: row for indicator, *row in rows}
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for indicator, *_row in rows:
            self.combo.addItem(translated(indicator.name), indicator.code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self._draw()
        super().show()

    def choose(self, code: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(code))

    def _draw(self) -> None:
        code = self.combo.currentData()
        if code not in self.rows:
            return
        series, baseline, target = self.rows[code]
        indicator = self.panel.document.indicators.indicator(code)
        self.chart.show_indicator(indicator, series, baseline, target)
        latest = series[-1][1] if series else None
        self.change.setText(self._change_text(indicator, baseline, latest))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            f"{self.combo.currentData()}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            self.chart.export(Path(path))

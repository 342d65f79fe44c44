"""Indicators over a selection of enterprises (by country, sector, SCORE module), for the
programme office: the monthly mean with the number of enterprises reporting, against the mean
baseline."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.indicators import Source, month_of
from ..checklists.most_missed import MostMissedTable
from ..text_fields import leave_on_tab
from .charts import IndicatorChart
from .dashboard import change_text, indicator_figure
from .labels import translated

SPAN_MONTHS = 36


class PortfolioIndicators(QWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.indicator_combo = QComboBox(self)
        for indicator in document.indicators.indicators():
            if indicator.source is Source.ENTERED:
                self.indicator_combo.addItem(translated(indicator.name), indicator.code)
        self.country_combo, self.sector_combo, self.module_combo = (
            QComboBox(self),
            QComboBox(self),
            QComboBox(self),
        )
        for combo in (
            self.indicator_combo,
            self.country_combo,
            self.sector_combo,
            self.module_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.chart = IndicatorChart(self)
        self.table = QTableWidget(0, 3, self)
        leave_on_tab(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Mean"), self.tr("Enterprises")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Indicator:"), self.indicator_combo),
            (self.tr("Country:"), self.country_combo),
            (self.tr("Sector:"), self.sector_combo),
            (self.tr("Module:"), self.module_combo),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        self.missed = MostMissedTable(document, self)
        missed_box = QWidget(self)
        missed_layout = QVBoxLayout(missed_box)
        missed_layout.setContentsMargins(0, 0, 0, 0)
        missed_layout.addWidget(
            QLabel(self.tr("Checklist items most often answered no, per sector and country"))
        )
        missed_layout.addWidget(self.missed)
        stacked = QSplitter(Qt.Orientation.Vertical, self)
        stacked.addWidget(splitter)
        stacked.addWidget(missed_box)
        stacked.setStretchFactor(0, 3)
        stacked.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(stacked, 1)
        layout.addWidget(self.summary)
        self._fill_filters()
        document.enterprise_set.added.connect(self._fill_filters)
        document.enterprise_set.changed.connect(self._fill_filters)
        book = document.indicators
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_values_changed)
        document.indicators.catalogue_changed.connect(self._fill_indicators)
        checklists = document.checklists
        for signal in (checklists.added, checklists.changed, checklists.removed):
            signal.connect(self._on_answers_changed)

    def _on_answers_changed(self, _records: list) -> None:
        self.missed.refresh(self.selection())

    def _on_values_changed(self, _records: list) -> None:
        self.refresh()

    def _fill_indicators(self) -> None:
        current = self.indicator_combo.currentData()
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for indicator in self.document.indicators.indicators():
            if indicator.source is Source.ENTERED:
                self.indicator_combo.addItem(translated(indicator.name), indicator.code)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(current)))
        self.indicator_combo.blockSignals(False)
        self.refresh()

    def _fill_filters(self, *_changed) -> None:
        enterprises = self.document.enterprises()
        choices = (
            (
                self.country_combo,
                self.tr("All countries"),
                sorted({e.country for e in enterprises if e.country}),
            ),
            (
                self.sector_combo,
                self.tr("All sectors"),
                sorted({e.sector for e in enterprises if e.sector}),
            ),
            (self.module_combo, self.tr("All modules"), [m.code for m in self.document.modules()]),
        )
        for combo, everyone, values in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.refresh()

    def selection(self) -> list:
        country, sector = self.country_combo.currentData(), self.sector_combo.currentData()
        module = self.module_combo.currentData()
        visited = self.document.enterprises_visited_for(module) if module else None
        chosen = []
        for e in self.document.enterprises():
            if country and e.country != country or sector and e.sector != sector:
                continue
            if visited is not None and e.id not in visited:
                continue
            chosen.append(e.id)
        return chosen

    def refresh(self) -> None:
        self.missed.refresh(self.selection())
        code = self.indicator_combo.currentData()
        if code is None:
            return
        indicator = self.document.indicators.indicator(code)
        ids = self.selection()
        last = month_of(dt.date.today())
        first = last
        for _ in range(SPAN_MONTHS - 1):
            first = month_of(first - dt.timedelta(days=1))
        book = self.document.indicators
        means = book.portfolio_means(code, first, last, ids) if ids else {}
        baselines = [v for v in book.portfolio_baselines(code, ids).values() if v is not None]
        baseline = sum(baselines) / len(baselines) if baselines else None
        series = [(month, mean) for month, (mean, _n) in sorted(means.items())]
        self.chart.show_indicator(indicator, series, baseline, None)
        self.table.setRowCount(len(series))
        for row, (month, (mean, count)) in enumerate(sorted(means.items())):
            shown = indicator_figure(indicator, mean)  # a mean of counts may be 108.5
            for column, text in enumerate((month.strftime("%Y-%m"), shown, str(count))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        latest = series[-1][1] if series else None
        self.summary.setText(
            self.tr("%n enterprise(s) selected; %2 with a baseline. Latest month: %3", "", len(ids))
            .replace("%2", str(len(baselines)))
            .replace("%3", change_text(indicator, baseline, latest) or "—")
        )

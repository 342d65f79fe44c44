"""The portfolio: searchable, sortable list of enterprises."""

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from .portfolio_model import ID_ROLE, PortfolioColumn, PortfolioFilterModel, PortfolioTableModel
from .tables import show_cut_text
from .text_fields import leave_on_tab

FIGURE_PADDING_PX = 28  # cell margins and the header's sort arrow
PLACE_WIDTH_PX = 140
PLACE_SHARE = 0.4  # of the room beside the figures, in a narrow pane


class PortfolioPanel(QWidget):
    """Search box over the enterprise table.

    Signals:
        current_enterprise_changed(object): the selected enterprise's id, or None.
        enterprise_activated(object): an enterprise was double-clicked or Enter pressed.
    """

    current_enterprise_changed = Signal(object)
    enterprise_activated = Signal(object)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = PortfolioTableModel(document, self)
        self.proxy = PortfolioFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, place, sector, products…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search_text)

        self.table = QTableView(self)
        leave_on_tab(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PortfolioColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        show_cut_text(self.table)  # a long location
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PortfolioColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(PortfolioColumn.COUNTRY, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(PortfolioColumn.COUNTRY, PLACE_WIDTH_PX)
        self.table.viewport().installEventFilter(self)  # the place column follows the pane
        self.table.setColumnHidden(PortfolioColumn.SECTOR, True)  # searchable, not shown
        # Figures of one format (a date, a headcount) get the width of that format and of
        # their header once: sized to contents, Qt asked a thousand rows for their text at
        # every reset and every sort (half of a sort's time with 1,400 enterprises).
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        for column, widest in (
            (PortfolioColumn.WORKFORCE, "000000"),
            (PortfolioColumn.LAST_VISIT, "0000-00-00"),
        ):
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(widest), head.horizontalAdvance(label))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width + FIGURE_PADDING_PX)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self.proxy.rowsRemoved.connect(self._on_rows_changed)
        self.proxy.modelReset.connect(self._on_rows_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._share_width()
        return False

    def _share_width(self) -> None:
        """The place takes a share of what the figures leave, at most its usual width: fixed,
        it pushed the name down to 60 px and the table into scrolling sideways in a window
        1,024 pixels wide."""
        header = self.table.horizontalHeader()
        figures = sum(
            header.sectionSize(c) for c in (PortfolioColumn.WORKFORCE, PortfolioColumn.LAST_VISIT)
        )
        room = self.table.viewport().width() - figures
        width = max(header.minimumSectionSize(), min(PLACE_WIDTH_PX, round(room * PLACE_SHARE)))
        self.table.setColumnWidth(PortfolioColumn.COUNTRY, width)

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.select_enterprise(self.proxy.index(0, 0).data(ID_ROLE))

    def current_enterprise_id(self) -> uuid.UUID | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_enterprise(self, enterprise_id: uuid.UUID) -> None:
        source = self.model.index(self.model.row_of(enterprise_id), 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the search: clear it so the record is seen
            self.search_edit.clear()
            index = self.proxy.mapFromSource(source)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_table_current_row_changed(self, current, _previous) -> None:
        self.current_enterprise_changed.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _on_table_activated(self, index) -> None:
        self.enterprise_activated.emit(index.data(ID_ROLE))

    def _on_rows_changed(self, *_args) -> None:
        if not self.table.selectionModel().currentIndex().isValid():
            self.current_enterprise_changed.emit(None)

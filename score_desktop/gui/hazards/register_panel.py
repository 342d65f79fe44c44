"""The hazard register under a plan: filters, table, risk matrix, legend and risk method."""

import uuid

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...document.hazard_commands import (
    ChangeRiskMethodCommand,
    EditCategoriesCommand,
    RemoveHazardsCommand,
)
from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError
from ...domain.hazard import HazardStatus, RiskView
from ...domain.plan_style import UNRATED_PIN_COLOUR, PinStyle
from ..combo import ElidingCombo
from ..i18n import error_text, translated
from ..labels import visit_caption
from ..portfolio_model import ID_ROLE
from ..tables import show_cut_text
from ..text_fields import leave_on_tab
from .badges import category_badge, colour_icon
from .bands_dialog import BandsDialog, base_key_of
from .categories_dialog import CategoriesDialog
from .cell_filter import CellFilter
from .labels import RISK_VIEW_LABELS, STATUS_LABELS
from .legend_contents import legend_contents
from .pin_legend import PinLegend
from .register_filter import NOT_RATED
from .register_model import HazardColumn, HazardTableModel
from .risk_matrix import RiskMatrixWidget
from .status_delegate import StatusDelegate

NOT_ON_PLAN = "\u0000not-on-plan"
OVERDUE = "\u0000overdue"  # the status filter's last choice: open or in progress, past due
FILTER_CHARACTERS = 6  # the least a filter shows of its choice, in a narrow window
SEARCH_CHARACTERS = 14


C = HazardColumn
COLUMN_WIDTHS = {
    C.NUMBER: 50,  # "H123"
    C.TITLE: 260,
    C.CATEGORY: 160,  # its badge and name
    C.ZONE: 120,
    C.EXPOSED: 80,
    C.INITIAL: 110,
    C.RESIDUAL: 110,
    C.STATUS: 90,
    C.RESPONSIBLE: 130,
}


class HazardRegisterPanel(QWidget):
    """Signals:
    selection_changed(list): ids of the selected hazards.
    edit_requested(object): a hazard id to open in the form.
    new_requested(): record a hazard without a position.
    pin_requested(object): a hazard id to place on the plan with the next click.
    pin_style_changed(str): a PinStyle value.
    risk_view_changed(str): a RiskView value: the ratings pins, legend, band filter and
        matrix show.
    """

    selection_changed = Signal(list)
    edit_requested = Signal(object)
    new_requested = Signal()
    pin_requested = Signal(object)
    pin_style_changed = Signal(str)
    risk_view_changed = Signal(str)

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id = enterprise_id
        self._syncing = False
        self.model = HazardTableModel(document, enterprise_id, self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search hazards…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda t: self.model.set_filter(text=t))
        self.category_combo = self._combo(self.tr("All categories"))
        self.category_combo.currentIndexChanged.connect(
            lambda: self.model.set_filter(category=self.category_combo.currentData())
        )
        self.band_combo = self._combo(self.tr("All risk bands"))
        self.band_combo.currentIndexChanged.connect(
            lambda: self.model.set_filter(band=self.band_combo.currentData())
        )
        self.status_combo = self._combo(self.tr("All statuses"))
        for status in HazardStatus:
            self.status_combo.addItem(translated(STATUS_LABELS[status]), status.value)
        self.status_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.status_combo.currentIndexChanged.connect(self._on_status_filter_changed)
        self.zone_combo = self._combo(self.tr("All zones"))
        self.zone_combo.currentIndexChanged.connect(self._on_zone_filter_changed)
        self.visit_combo = self._combo(self.tr("All visits"))
        self._refresh_visits()
        self.visit_combo.currentIndexChanged.connect(
            lambda: self.model.set_filter(visit_id=self.visit_combo.currentData())
        )

        self.table = QTableView(self)
        leave_on_tab(self.table)
        # hidden first: a shown row header sizes itself from the headers of 200 of the rows
        self.table.verticalHeader().hide()
        # rows as tall as a line of text and a little air (the style's default showed three
        # rows in a 1,024 × 700 window)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setModel(self.model)  # it filters and sorts itself (see register_model)
        # the model starts sorted by register number (highest initial risk first): say so
        # without re-sorting
        self.table.horizontalHeader().setSortIndicator(
            HazardColumn.NUMBER, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        show_cut_text(self.table)  # a long title, a long zone name
        self.table.setItemDelegateForColumn(HazardColumn.STATUS, StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the title first and widest; widths set, not measured (measuring reads every row)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(  # a double-click, or Enter on the row
            lambda index: self.edit_requested.emit(index.data(ID_ROLE))
        )

        self.method_combo = ElidingCombo(self)
        self.method_combo.setMinimumContentsLength(24)  # "5 × 5 likelihood × severity"
        self.method_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method_combo.activated.connect(self._on_method_chosen)
        self.bands_button = QPushButton(self.tr("Bands…"), self)
        self.bands_button.setToolTip(self.tr("Change band limits and labels as a named profile"))
        self.bands_button.clicked.connect(self.edit_bands)
        self.categories_button = QPushButton(self.tr("Categories…"), self)
        self.categories_button.clicked.connect(self.edit_categories)
        self.pin_style_combo = ElidingCombo(self)
        self.pin_style_combo.addItem(self.tr("Pins by category"), PinStyle.CATEGORY.value)
        self.pin_style_combo.addItem(self.tr("Pins by NR-5 colours"), PinStyle.NR5.value)
        self.pin_style_combo.addItem(self.tr("Pins by risk band"), PinStyle.BAND.value)
        self.pin_style_combo.currentIndexChanged.connect(self._on_pin_style_chosen)
        self.risk_view_combo = ElidingCombo(self)
        for view in RiskView:
            self.risk_view_combo.addItem(translated(RISK_VIEW_LABELS[view]), view.value)
        self.risk_view_combo.setToolTip(
            self.tr(
                "The risk the pins, the legend, the band filter and the matrix show. Current "
                "risk: the initial rating until the controls are in place (status controlled "
                "or verified), then the residual rating."
            )
        )
        self.risk_view_combo.currentIndexChanged.connect(self._on_risk_view_chosen)
        self.matrix = RiskMatrixWidget(self)
        self.cell_filter = CellFilter(self)  # a matrix cell clicked filters the rows
        self.legend = PinLegend(self)
        self.legend.setMaximumWidth(360)

        new_button = QPushButton(self.tr("New hazard…"), self)
        new_button.clicked.connect(self.new_requested)
        edit_button = QPushButton(self.tr("Edit…"), self)
        edit_button.clicked.connect(self._edit_current)
        pin_button = QPushButton(self.tr("Pin on plan"), self)
        pin_button.setToolTip(self.tr("Click on the plan to place the selected hazard"))
        pin_button.clicked.connect(self._pin_current)
        delete_button = QPushButton(self.tr("Delete"), self)
        delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        # the room beyond their least is shared, so a wide window shows the choices whole
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * SEARCH_CHARACTERS)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.cell_filter.chip)
        for combo in (
            self.category_combo,
            self.band_combo,
            self.status_combo,
            self.zone_combo,
            self.visit_combo,
        ):
            filters.addWidget(combo, 2)
        from ..comments.review_mode import EditingControls

        # hazards are records: in review mode a manager opens them (Edit…) and comments
        adding, changing = EditingControls(document, self), EditingControls(document, self)
        adding.add(new_button)
        changing.add(pin_button, delete_button)
        buttons = QHBoxLayout()
        for widget in (adding, edit_button, changing):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right_side = QWidget(self)
        right = QGridLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        # the method's label above its choice, not beside it: the column is as narrow as the
        # method's name and its button (a plan then fits a window 1,024 pixels wide)
        right.addWidget(QLabel(self.tr("Risk method:"), self), 0, 0, 1, 2)
        method_row = QHBoxLayout()
        method_row.addWidget(self.method_combo, 1)
        method_row.addWidget(self.bands_button)
        right.addLayout(method_row, 1, 0, 1, 2)
        right.addWidget(self.pin_style_combo, 2, 0)
        right.addWidget(self.categories_button, 2, 1)
        right.addWidget(self.risk_view_combo, 3, 0, 1, 2)
        right.addWidget(self.matrix, 4, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        right.setRowStretch(5, 1)  # the legend is shown on the plan (LegendCard)
        # a short register panel scrolls its side column rather than cutting the matrix off
        self.side = QScrollArea(self)
        self.side.setWidget(right_side)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.side)

        register = document.hazards
        for signal in (
            register.added,
            register.changed,
            register.removed,
            register.reset,
            document.enterprise_set.changed,
        ):
            signal.connect(self._on_document_changed)
        register.categories_changed.connect(self._refresh_categories)
        document.areas_changed.connect(lambda _plan_id: self._refresh_zones())
        for signal in (
            document.visit_set.added,
            document.visit_set.changed,
            document.visit_set.removed,
        ):
            signal.connect(self._on_document_visits_changed)
        self._on_document_changed()
        scroll_bar = self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(right_side.minimumSizeHint().width() + scroll_bar)  # filled now
        # the plan above gives way before the matrix is cut (the splitter keeps this least)
        self.side.setMinimumHeight(right_side.minimumSizeHint().height())

    def _combo(self, everything: str) -> QComboBox:
        """A filter: as wide as the row gives it, not as its longest name (a plan's hundreds
        of zones, a visit's date and type). Sized by its names, the six filters made the
        register, and so the window, at least 1,290 pixels wide; the open list still shows
        the names whole."""
        combo = ElidingCombo(self)
        combo.setMinimumContentsLength(FILTER_CHARACTERS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem(everything, None)
        return combo

    # Refreshing ----------------------------------------------------------------------------

    def _on_document_changed(self, *_args) -> None:
        method = self.document.risk_method(self.enterprise_id)
        self.method_combo.blockSignals(True)
        self.method_combo.clear()
        for known in self.document.hazards.methods():
            self.method_combo.addItem(translated(known.name), known.key)
        self.method_combo.setCurrentIndex(self.method_combo.findData(method.key))
        self.method_combo.blockSignals(False)
        chosen = self.band_combo.currentData()
        self.band_combo.blockSignals(True)
        while self.band_combo.count() > 1:
            self.band_combo.removeItem(1)
        for band in method.bands:
            self.band_combo.addItem(colour_icon(band.colour), translated(band.label), band.key)
        self.band_combo.addItem(colour_icon(UNRATED_PIN_COLOUR), self.tr("Not rated"), NOT_RATED)
        self.band_combo.setCurrentIndex(max(0, self.band_combo.findData(chosen)))
        self.band_combo.blockSignals(False)
        self._refresh_zones()
        self.refresh_matrix()
        self.cell_filter.follow_method(method)
        self._refresh_categories()

    def _on_document_visits_changed(self, visits: list) -> None:
        if any(v.enterprise_id == self.enterprise_id for v in visits):
            self._refresh_visits()

    def _refresh_visits(self) -> None:
        """The visit filter lists the enterprise's visits as they are now."""
        chosen = self.visit_combo.currentData()
        self.visit_combo.blockSignals(True)
        while self.visit_combo.count() > 1:
            self.visit_combo.removeItem(1)
        for visit in self.document.visits_of(self.enterprise_id):
            self.visit_combo.addItem(visit_caption(visit), visit.id)
        index = self.visit_combo.findData(chosen)
        self.visit_combo.setCurrentIndex(max(0, index))
        self.visit_combo.blockSignals(False)
        if chosen is not None and index < 0:  # the visit filtered on is gone: show all
            self.model.set_filter(visit_id=None)

    def _refresh_zones(self) -> None:
        """Zones, aisles and storage areas drawn on the enterprise's plans."""
        chosen = self.zone_combo.currentData()
        names = sorted(
            {
                item.label
                for plan in self.document.plans_of(self.enterprise_id)
                for item in self.document.plan_document(plan.id).areas()
                if item.label
            }
        )
        self.zone_combo.blockSignals(True)
        while self.zone_combo.count() > 1:
            self.zone_combo.removeItem(1)
        for name in names:
            self.zone_combo.addItem(name, name)
        self.zone_combo.addItem(self.tr("Not on the plan"), NOT_ON_PLAN)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(chosen)))
        self.zone_combo.blockSignals(False)

    @property
    def risk_view(self) -> RiskView:
        return RiskView(self.risk_view_combo.currentData())

    def set_risk_view(self, value: str) -> None:
        """Show the RiskView of this value (a remembered setting), as if chosen in the list;
        a value that names none changes nothing."""
        index = self.risk_view_combo.findData(value)
        if index >= 0:
            self.risk_view_combo.setCurrentIndex(index)

    def set_pin_style(self, value: str) -> None:
        """Colour the pins by this PinStyle value (a remembered setting), as if chosen in
        the list; a value that names none changes nothing."""
        index = self.pin_style_combo.findData(value)
        if index >= 0:
            self.pin_style_combo.setCurrentIndex(index)

    def _on_risk_view_chosen(self) -> None:
        self.model.set_risk_view(self.risk_view)
        self.refresh_matrix()
        self._refresh_legend()
        self.risk_view_changed.emit(self.risk_view.value)

    def refresh_matrix(self) -> None:
        self.matrix.set_data(
            self.document.risk_method(self.enterprise_id),
            self.document.hazards.hazards_of(self.enterprise_id),
            self.risk_view,
        )

    def _on_pin_style_chosen(self) -> None:
        self._refresh_legend()
        self.pin_style_changed.emit(self.pin_style_combo.currentData())

    def _refresh_legend(self) -> None:
        """Which risk the pins show, their colours in the chosen style, and what size and
        number mean."""
        style = PinStyle(self.pin_style_combo.currentData() or PinStyle.CATEGORY.value)
        title, entries, note = legend_contents(
            self.document, self.enterprise_id, style, self.risk_view
        )
        self.legend.set_contents(entries, note, title)

    # Selection both ways -------------------------------------------------------------------

    def history_record(self):
        from ..history_format import record_ref

        ids = self.selected_ids()
        hazard = self.document.hazards.get(ids[0]) if ids else None
        return record_ref("hazards", hazard.id, hazard.title) if hazard is not None else None

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [i for i in (index.data(ID_ROLE) for index in rows) if i is not None]

    def select_ids(self, hazard_ids: list[uuid.UUID]) -> None:
        """Select these rows (from the plan), without echoing back to the plan."""
        self._syncing = True
        try:
            selection = QItemSelection()
            for hazard_id in hazard_ids:
                row = self.model.row_of(hazard_id)
                if row is not None:
                    index = self.model.index(row, 0)
                    selection.select(index, index)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().select(selection, flags)
            if hazard_ids and not selection.isEmpty():
                self.table.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    def _on_table_selection_changed(self, *_args) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    # Actions -------------------------------------------------------------------------------

    def _edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    def _pin_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.pin_requested.emit(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.document.push(RemoveHazardsCommand(self.document, ids))

    def _on_method_chosen(self, _index: int) -> None:
        key = self.method_combo.currentData()
        if key != self.document.risk_method(self.enterprise_id).key:
            self.document.push(ChangeRiskMethodCommand(self.document, self.enterprise_id, key))

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self.document.hazards.categories(), self)
        dialog.accepted.connect(
            lambda: self.document.push(
                EditCategoriesCommand(self.document, dialog.accepted_categories())
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _refresh_categories(self) -> None:
        chosen = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        while self.category_combo.count() > 1:
            self.category_combo.removeItem(1)
        for category in self.document.hazards.categories():
            badge = category_badge(category.colour, category.symbol)
            self.category_combo.addItem(badge, translated(category.name), category.code)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        self.category_combo.blockSignals(False)
        self._refresh_legend()

    def edit_bands(self) -> BandsDialog:
        dialog = BandsDialog(self.document.risk_method(self.enterprise_id), self)

        def on_accepted() -> None:
            profile = dialog.accepted_profile()
            try:
                self.document.hazards.add_profile(profile, base_key_of(profile))
            except KnownProblemError as exc:
                self.document.problem_occurred.emit(error_text(exc))
                return
            self.document.push(
                ChangeRiskMethodCommand(self.document, self.enterprise_id, profile.key)
            )

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_status_filter_changed(self) -> None:
        status = self.status_combo.currentData()
        overdue = status == OVERDUE
        self.model.set_filter(status=None if overdue else status, overdue=overdue)

    def _on_zone_filter_changed(self) -> None:
        zone = self.zone_combo.currentData()
        self.model.set_filter(zone="" if zone == NOT_ON_PLAN else zone)

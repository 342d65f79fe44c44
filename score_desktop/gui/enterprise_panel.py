"""The selected enterprise: its profile at a glance, its visits, the selected visit's record."""

import uuid

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from ..domain.enterprise import Enterprise
from ..domain.visit import Visit
from .labelled_splitter import LabelledSplitter
from .labels import module_label, visit_caption
from .portfolio_model import ID_ROLE
from .settings_keys import GALLERY_SPLIT, VISITS_AND_RECORD
from .tables import fit_columns
from .text_fields import leave_on_tab, note_edit
from .visit_model import VisitColumn, VisitTableModel


def _plain_label(parent: QWidget) -> QLabel:
    """A label that never interprets user text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EnterprisePanel(QWidget):
    """Projection of one enterprise of the document.

    Signals:
        current_visit_changed(object): the selected visit's id, or None.
        visit_activated(object): a visit was double-clicked or Enter pressed.
        current_plan_changed(object): the selected floor plan's id, or None.
        plan_activated(object): a floor plan was double-clicked or Enter pressed.
        gallery_made(QWidget): the Photos tab's gallery was built (on its first showing).
    """

    current_visit_changed = Signal(object)
    visit_activated = Signal(object)
    plan_activated = Signal(object)
    current_plan_changed = Signal(object)
    gallery_made = Signal(QWidget)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._enterprise_id: uuid.UUID | None = None
        self.visit_model = VisitTableModel(document, self)

        self.empty_label = QLabel(self.tr("Select an enterprise, or add one with Ctrl+N."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        content = QWidget(self)
        self.name_label = _plain_label(content)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.profile_labels = {
            key: _plain_label(content)
            for key in ("sector", "location", "contact", "workforce", "buyers", "changed")
        }
        profile = QFormLayout()
        profile.addRow(self.tr("Sector:"), self.profile_labels["sector"])
        profile.addRow(self.tr("Location:"), self.profile_labels["location"])
        profile.addRow(self.tr("Contact:"), self.profile_labels["contact"])
        profile.addRow(self.tr("Workforce:"), self.profile_labels["workforce"])
        profile.addRow(self.tr("Main buyers:"), self.profile_labels["buyers"])
        profile.addRow(self.tr("Record:"), self.profile_labels["changed"])

        self.visit_table = QTableView(content)
        leave_on_tab(self.visit_table)
        self.visit_table.setModel(self.visit_model)
        self.visit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visit_table.verticalHeader().hide()
        # the module names the visit; the inspector's affiliation can give way
        fit_columns(self.visit_table, stretch=(VisitColumn.INSPECTOR,))
        self.visit_table.selectionModel().currentRowChanged.connect(self._on_visit_row_changed)
        self.visit_table.activated.connect(
            lambda index: self.visit_activated.emit(index.data(ID_ROLE))
        )
        self.visit_model.modelReset.connect(self._on_visit_model_reset)

        self.visit_details = note_edit("", content)
        self.visit_details.setReadOnly(True)
        self.visit_details.setPlaceholderText(self.tr("Select a visit to read its record."))

        self.visit_buttons = QHBoxLayout()
        self.visit_buttons.addWidget(QLabel(self.tr("Visits"), content))
        self.visit_buttons.addStretch(1)

        self.plan_list = QListWidget(content)
        rows = self.plan_list.fontMetrics().height() + 6
        self.plan_list.setMaximumHeight(3 * rows + 6)  # three plans; the visits need the room
        self.plan_list.currentItemChanged.connect(self._on_plan_list_current_changed)
        self.plan_list.itemActivated.connect(
            lambda item: self.plan_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.plan_buttons = QHBoxLayout()
        self.plan_buttons.addWidget(QLabel(self.tr("Floor plans"), content))
        self.plan_buttons.addStretch(1)

        visits_box = QWidget(content)
        visits_layout = QVBoxLayout(visits_box)
        visits_layout.setContentsMargins(0, 0, 0, 0)
        visits_layout.addLayout(self.visit_buttons)
        visits_layout.addWidget(self.visit_table)
        self._gallery = None  # built when the Photos tab is first shown (see `gallery`)
        self._photos_page = QWidget(content)
        self.lower_tabs = QTabWidget(content)
        self.lower_tabs.addTab(self.visit_details, self.tr("Visit record"))
        self.lower_tabs.addTab(self._photos_page, self.tr("Photos"))
        self.lower_tabs.currentChanged.connect(self._on_lower_tabs_current_changed)
        splitter = LabelledSplitter(content)
        splitter.addWidget(visits_box)
        splitter.addWidget(self.lower_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter  # the window keeps where the user leaves it (keep_splits)
        self._settings = None

        # the profile and plans fold away while the photos are shown: at 1,366 × 768 the
        # gallery was a strip of half thumbnails under them
        self.overview = QWidget(content)
        overview_layout = QVBoxLayout(self.overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addLayout(profile)
        overview_layout.addLayout(self.plan_buttons)
        overview_layout.addWidget(self.plan_list)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.name_label)
        content_layout.addWidget(self.overview)
        content_layout.addWidget(splitter, 1)
        self._label_splitter()

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(content)

        document.reset.connect(self._on_document_reset)
        document.enterprise_set.changed.connect(self._on_document_enterprises_changed)
        document.enterprise_set.removed.connect(self._on_document_enterprises_removed)
        document.visit_set.changed.connect(self._on_document_visits_changed)
        document.modules_changed.connect(self._show_current_visit)
        for signal in (
            document.plan_set.added,
            document.plan_set.changed,
            document.plan_set.removed,
        ):
            signal.connect(self._on_document_plans_touched)

    def add_visit_button(self, button: QToolButton) -> None:
        self.visit_buttons.addWidget(button)

    def add_plan_button(self, button: QToolButton) -> None:
        self.plan_buttons.addWidget(button)

    def history_record(self):
        """The visit or plan whose list has the focus (Edit ▸ History…)."""
        from .history_format import record_ref

        if self.visit_table.hasFocus() and self.current_visit_id() is not None:
            visit = self._document.visit(self.current_visit_id())
            return record_ref("visits", visit.id, visit.date.isoformat())
        if self.plan_list.hasFocus() and self.current_plan_id() is not None:
            plan = self._document.plan(self.current_plan_id())
            return record_ref("floor_plans", plan.id, plan.name)
        return None

    def current_plan_id(self) -> uuid.UUID | None:
        item = self.plan_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_plan(self, plan_id: uuid.UUID) -> None:
        for row in range(self.plan_list.count()):
            if self.plan_list.item(row).data(Qt.ItemDataRole.UserRole) == plan_id:
                self.plan_list.setCurrentRow(row)

    def _show_plans(self) -> None:
        selected = self.current_plan_id()
        self.plan_list.clear()
        if self._enterprise_id is None:
            return
        for plan in self._document.plans_of(self._enterprise_id):
            place = " · ".join(p for p in (plan.building, plan.floor) if p)
            item = QListWidgetItem(f"{plan.name} ({place})" if place else plan.name)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.plan_list.addItem(item)
        if selected is not None:
            self.select_plan(selected)
        if self.plan_list.currentItem() is None and self.plan_list.count():
            self.plan_list.setCurrentRow(0)

    def _on_plan_list_current_changed(self, current, _previous) -> None:
        self.current_plan_changed.emit(
            current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        )

    def _on_document_plans_touched(self, plans: list) -> None:
        mine = [plan for plan in plans if plan.enterprise_id == self._enterprise_id]
        if mine:
            self._show_plans()
            if self._document.has_plan(mine[-1].id):
                self.select_plan(mine[-1].id)

    @property
    def gallery(self):
        """The enterprise's photo gallery, built on first use: its modules (viewer, compare,
        importer) are not needed for the first paint (see the startup benchmark)."""
        if self._gallery is None:
            from .photos.gallery import PhotoGallery

            tabs = self.lower_tabs
            index = tabs.indexOf(self._photos_page)
            was_current = tabs.currentIndex() == index
            self._gallery = PhotoGallery(self._document, self)
            self.gallery_made.emit(self._gallery)
            tabs.blockSignals(True)
            tabs.removeTab(index)
            tabs.insertTab(index, self._gallery, self.tr("Photos"))
            if was_current:
                tabs.setCurrentIndex(index)
            tabs.blockSignals(False)
            self._photos_page.deleteLater()
            self._gallery.set_enterprise(self._enterprise_id)
        return self._gallery

    def _on_lower_tabs_current_changed(self, index: int) -> None:
        if self._gallery is None and self.lower_tabs.widget(index) is self._photos_page:
            self.gallery  # noqa: B018 - builds it (and takes the page's place)
        self.overview.setVisible(not self.photos_shown())
        self._label_splitter()
        self._restore_split()

    def photos_shown(self) -> bool:
        page = self.lower_tabs.currentWidget()
        return page is not None and page in (self._photos_page, self._gallery)

    def _label_splitter(self) -> None:
        below = self.tr("Photos") if self.photos_shown() else self.tr("Visit record")
        self.splitter.set_label(
            self.tr("▲ Visits · %1 ▼").replace("%1", below),
            self.tr("Drag to give the visits or the %1 more room").replace("%1", below.lower()),
        )

    def keep_splits(self, settings) -> None:
        """Where the user leaves the split, one place with the visit record below and one
        with the photos, stored at each move and given back at the next start."""
        self._settings = settings
        self.splitter.splitterMoved.connect(self._store_split)
        self._restore_split()

    def _split_setting(self):
        return GALLERY_SPLIT if self.photos_shown() else VISITS_AND_RECORD

    def _store_split(self, _pos: int, _index: int) -> None:
        if self._settings is not None:
            self._split_setting().write(self._settings, self.splitter.saveState())

    def _restore_split(self) -> None:
        state = self._split_setting().read(self._settings) if self._settings else None
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        elif self.photos_shown():  # once the folded profile's room reached the splitter
            QTimer.singleShot(0, self._split_for_photos)

    def _split_for_photos(self) -> None:
        """The visits keep their header and three rows; the photos take the rest (with four,
        a 1,366 × 768 window less its title bar cut the second row of thumbnails)."""
        if not self.photos_shown():
            return
        visits = self.visit_table.verticalHeader().defaultSectionSize() * 3 + 60
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([visits, max(total - visits, visits)])

    @property
    def enterprise_id(self) -> uuid.UUID | None:
        return self._enterprise_id

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self._enterprise_id = enterprise_id
        self.visit_model.set_enterprise(enterprise_id)
        if self._gallery is not None:
            self._gallery.set_enterprise(enterprise_id)
        self._show_plans()
        if enterprise_id is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self._show_enterprise(self._document.enterprise(enterprise_id))
        if self.visit_model.rowCount() > 0:
            self.select_visit(self.visit_model.visit_at(0).id)

    def current_visit_id(self) -> uuid.UUID | None:
        index = self.visit_table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_visit(self, visit_id: uuid.UUID) -> None:
        index = self.visit_model.index(self.visit_model.row_of(visit_id), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.visit_table.selectionModel().setCurrentIndex(index, flags)

    def _show_enterprise(self, e: Enterprise) -> None:
        self.name_label.setText(e.name)
        h = e.headcount
        share = f"{100 * h.share_women:.0f}" if h.share_women is not None else "—"
        texts = {
            "sector": e.sector or "—",
            "location": e.location or "—",
            "contact": " · ".join(p for p in (e.contact_person, e.phone, e.email) if p) or "—",
            "workforce": self.tr(
                "%1 workers (%2 women, %3 men), %4 managers (%5 women, %6 men); %7 % women"
            )
            .replace("%1", str(h.workers))
            .replace("%2", str(h.workers_women))
            .replace("%3", str(h.workers_men))
            .replace("%4", str(h.managers))
            .replace("%5", str(h.managers_women))
            .replace("%6", str(h.managers_men))
            .replace("%7", share)
            + ("; " + self.tr("trade union present") if e.union_present else ""),
            "buyers": e.main_buyers or "—",
        }
        texts["changed"] = self._record_text(e)
        for key, text in texts.items():
            self.profile_labels[key].setText(text)

    def _record_text(self, e: Enterprise) -> str:
        """Who created the enterprise's record and who changed it last, from its history."""
        from .history_format import when_text

        history = self._document.history
        changes = history.record_history(e.id) if history is not None else []
        if not changes:
            return "—"
        first, last = changes[0], changes[-1]
        if first.author_name:
            text = self.tr("created %1 by %2").replace("%2", first.author_name)
        else:
            text = self.tr("created %1")
        text = text.replace("%1", when_text(first))
        if len(changes) > 1:
            if last.author_name:
                later = self.tr("last changed %1 by %2").replace("%2", last.author_name)
            else:
                later = self.tr("last changed %1")
            text += "; " + later.replace("%1", when_text(last))
        return text + " " + self.tr("(Edit ▸ History…)")

    def _show_current_visit(self) -> None:
        visit_id = self.current_visit_id()
        if visit_id is None:
            self.visit_details.clear()
            return
        self.visit_details.setPlainText(self._visit_text(self._document.visit(visit_id)))

    def _visit_text(self, v: Visit) -> str:
        module = module_label(self._document.module_title(v.module_code))
        lines = [
            f"{visit_caption(v)} · {module}",
            self.tr("Consultant: %1").replace("%1", v.consultant or "—"),
            self.tr("Safety inspector: %1").replace("%1", v.inspector or "—"),
            self.tr("Attendees: %1").replace("%1", v.attendees or "—"),
            "",
            self.tr("Objectives"),
            v.objectives or "—",
            "",
            self.tr("Observations"),
            v.observations or "—",
            "",
            self.tr("Agreed next steps"),
            v.next_steps or "—",
            "",
            self.tr("Next visit: %1").replace(
                "%1", v.next_visit_date.isoformat() if v.next_visit_date else "—"
            ),
        ]
        return "\n".join(lines)

    def _on_visit_row_changed(self, current, _previous) -> None:
        self._show_current_visit()
        self.current_visit_changed.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _on_visit_model_reset(self) -> None:
        self._show_current_visit()
        self.current_visit_changed.emit(None)

    def _on_document_reset(self) -> None:
        self.set_enterprise(None)

    def _on_document_enterprises_changed(self, enterprises: list[Enterprise]) -> None:
        for enterprise in enterprises:
            if enterprise.id == self._enterprise_id:
                self._show_enterprise(enterprise)

    def _on_document_enterprises_removed(self, enterprises: list[Enterprise]) -> None:
        if any(e.id == self._enterprise_id for e in enterprises):
            self.set_enterprise(None)

    def _on_document_visits_changed(self, visits: list[Visit]) -> None:
        for visit in visits:
            if visit.enterprise_id == self._enterprise_id:
                self.select_visit(visit.id)

"""Follow-up review: open hazards and projects carried into a visit, and what the visit found
for each (done or verified with an after photo, re-scored, or carried on). The review items
stay with the visit as its record of what changed."""

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.commands import AddVisitCommand, CompositeCommand
from ...document.hazard_commands import UpdateHazardsCommand
from ...document.improvement_commands import AddRecordsCommand, UpdateRecordsCommand
from ...document.photo_commands import UpdatePhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.catalogues import VisitType
from ...domain.hazard import HazardStatus
from ...domain.improvement import (
    ProjectStatus,
    ReviewItem,
    ReviewKind,
    ReviewOutcome,
    carry_over,
)
from ...domain.photo import PhotoKind
from ...domain.visit import Visit, latest_visit
from ..combo import select_data
from ..hazards.hazard_dialog import HazardDialog
from ..hazards.labels import STATUS_LABELS as HAZARD_STATUS_LABELS
from ..i18n import sort_key, translated
from ..labels import visit_caption
from ..text_fields import leave_on_tab
from .labels import OUTCOME_LABELS, STATUS_LABELS

NEXT_VISIT_TYPE = {
    VisitType.INTAKE: VisitType.FOLLOW_UP_1,
    VisitType.FOLLOW_UP_1: VisitType.FOLLOW_UP_2,
    VisitType.FOLLOW_UP_2: VisitType.FOLLOW_UP_3,
}


class ReviewPanel(QWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.visit_combo = QComboBox(self)
        self.visit_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_visit_button = QPushButton(self.tr("New follow-up visit from the last one"), self)
        self.new_visit_button.clicked.connect(lambda: self.new_follow_up())
        self.start_button = QPushButton(self.tr("Carry open work into this visit"), self)
        self.start_button.clicked.connect(lambda: self.start_review())
        self.table = QTableWidget(0, 5, self)
        leave_on_tab(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Status now"),
                self.tr("Outcome"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note on the selected item"))
        self.photo_combo = QComboBox(self)
        self.photo_combo.setToolTip(self.tr("The after photo that shows the change"))
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.clicked.connect(lambda: self.mark(ReviewOutcome.DONE))
        self.verified_button = QPushButton(self.tr("Verified"), self)
        self.verified_button.clicked.connect(lambda: self.mark(ReviewOutcome.VERIFIED))
        self.rescore_button = QPushButton(self.tr("Re-score hazard…"), self)
        self.rescore_button.clicked.connect(lambda: self.rescore())
        self.carry_button = QPushButton(self.tr("Carry on"), self)
        self.carry_button.clicked.connect(lambda: self.mark(ReviewOutcome.CARRIED_ON))
        self.progress = QLabel(self)
        from ..comments.review_mode import EditingControls

        # review items are the consultant's records: off in review mode (a visit can still
        # be chosen and read)
        starting = EditingControls(document, self)
        starting.add(self.new_visit_button, self.start_button)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Visit:"), self))
        top.addWidget(self.visit_combo, 1)
        top.addWidget(starting)
        self.marking = EditingControls(document, self)
        self.marking.add(self.note_edit, stretch=2)
        self.marking.add(QLabel(self.tr("After photo:"), self))
        self.marking.add(self.photo_combo, stretch=1)
        self.marking.add(
            self.done_button, self.verified_button, self.rescore_button, self.carry_button
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.marking)
        layout.addWidget(self.progress)
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_changed)
        for signal in (document.hazards.changed,):
            signal.connect(self._on_changed)
        for signal in (
            document.visit_set.added,
            document.visit_set.changed,
            document.visit_set.removed,
        ):
            signal.connect(self._fill_visits)
        for signal in (document.photos.added, document.photos.removed):
            signal.connect(self._fill_photos)
        self.table.itemSelectionChanged.connect(self._show_selected)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self._fill_visits()
        self._fill_photos()

    def _visits(self) -> list[Visit]:
        if self.enterprise_id is None:
            return []
        return sorted(self.document.visits_of(self.enterprise_id), key=lambda v: v.date)

    def _fill_visits(self, *_changed) -> None:
        current = self.visit_id
        self.visit_combo.blockSignals(True)
        self.visit_combo.clear()
        for visit in reversed(self._visits()):
            self.visit_combo.addItem(visit_caption(visit), visit.id)
        select_data(self.visit_combo, current)
        self.visit_combo.blockSignals(False)
        self.refresh()

    def _fill_photos(self, *_changed) -> None:
        self.photo_combo.clear()
        self.photo_combo.addItem(self.tr("— none —"), None)
        if self.enterprise_id is None:
            return
        for photo in reversed(self.document.photos.photos_of(self.enterprise_id)):
            self.photo_combo.addItem(photo.caption or photo.original_name, photo.id)

    @property
    def visit_id(self) -> uuid.UUID | None:
        return self.visit_combo.currentData()

    def select_visit(self, visit_id: uuid.UUID) -> None:
        select_data(self.visit_combo, visit_id)

    def items(self) -> list[ReviewItem]:
        if self.visit_id is None:
            return []
        order = list(ReviewKind)
        items = self.document.improvement.review_of(self.visit_id)
        return sorted(items, key=lambda i: (order.index(i.kind), sort_key(i.title)))

    def _on_changed(self, _records) -> None:
        self.refresh()

    def refresh(self) -> None:
        items = self.items()
        selected = self.selected_item()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            kind = self.tr("Hazard") if item.kind is ReviewKind.HAZARD else self.tr("Project")
            cells = (
                kind,
                item.title,
                self._status_now(item),
                translated(OUTCOME_LABELS[item.outcome]),
                item.note,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
            if selected is not None and item.id == selected.id:
                self.table.selectRow(row)
        pending = sum(i.outcome is ReviewOutcome.PENDING for i in items)
        self.progress.setText(
            self.tr("%n item(s), %1 still to review.", "", len(items)).replace("%1", str(pending))
            if items
            else self.tr("Nothing carried into this visit yet.")
        )
        has_last = len(self._visits()) > 0
        self.new_visit_button.setEnabled(has_last)
        self.start_button.setEnabled(self.visit_id is not None and not items)
        self._show_selected()

    def _status_now(self, item: ReviewItem) -> str:
        if item.kind is ReviewKind.HAZARD:
            if not self.document.hazards.has(item.record_id):
                return self.tr("deleted")
            status = self.document.hazards.hazard(item.record_id).status
            return translated(HAZARD_STATUS_LABELS[status])
        book = self.document.improvement
        if not book.has(item.record_id):
            return self.tr("deleted")
        return translated(STATUS_LABELS[book.record(item.record_id).status])

    def selected_item(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        book = self.document.improvement
        return book.record(item_id) if book.has(item_id) else None

    def select_item(self, record_id: uuid.UUID) -> None:
        for row, item in enumerate(self.items()):
            if item.record_id == record_id:
                self.table.selectRow(row)

    def _show_selected(self) -> None:
        item = self.selected_item()
        for widget in (self.done_button, self.verified_button, self.carry_button, self.note_edit):
            widget.setEnabled(item is not None)
        self.rescore_button.setEnabled(item is not None and item.kind is ReviewKind.HAZARD)
        if item is not None and self.note_edit.text() != item.note:
            self.note_edit.setText(item.note)

    # Starting a review ---------------------------------------------------------------------

    def _carried(self, visit_id: uuid.UUID) -> list[ReviewItem]:
        hazards = self.document.hazards.hazards_of(self.enterprise_id)
        projects = self.document.improvement.projects_of(self.enterprise_id)
        return carry_over(visit_id, hazards, projects)

    def start_review(self) -> bool:
        if self.visit_id is None or self.items():
            return False
        items = self._carried(self.visit_id)
        if not items:
            self.progress.setText(self.tr("No open hazards or projects to carry over."))
            return False
        text = self.tr("Carry open work into the visit")
        return self.document.push(AddRecordsCommand(self.document, items, text))

    def new_follow_up(self, date=None) -> Visit | None:
        """A new visit after the last one (next follow-up type, same module) with its review
        list, as one undo step."""
        last = latest_visit(self._visits())
        if last is None:
            return None
        visit = Visit(
            enterprise_id=self.enterprise_id,
            date=date or max(dt.date.today(), last.date),
            visit_type=NEXT_VISIT_TYPE.get(last.visit_type, VisitType.EXTRA),
            module_code=last.module_code,
            consultant=last.consultant,
            inspector=last.inspector,
        )
        parts = [AddVisitCommand(self.document, visit)]
        items = self._carried(visit.id)
        if items:
            parts.append(AddRecordsCommand(self.document, items, ""))
        text = self.tr("New follow-up visit from the last one")
        if not self.document.push(CompositeCommand(self.document, text, parts)):
            return None
        self.select_visit(visit.id)
        return visit

    # Outcomes ------------------------------------------------------------------------------

    def mark(self, outcome: ReviewOutcome) -> bool:
        """Record the outcome, and bring the hazard or project to the matching status."""
        item = self.selected_item()
        if item is None:
            return False
        photo_id = self.photo_combo.currentData()
        reviewed = dataclasses.replace(
            item, outcome=outcome, note=self.note_edit.text().strip(), photo_id=photo_id
        )
        text = self.tr("Review: %1").replace("%1", translated(OUTCOME_LABELS[outcome]))
        parts = [UpdateRecordsCommand(self.document, [reviewed], text)]
        parts += self._record_changes(item, outcome, photo_id, text)
        return self.document.push(CompositeCommand(self.document, text, parts))

    def _record_changes(self, item: ReviewItem, outcome, photo_id, text) -> list:
        if outcome is ReviewOutcome.CARRIED_ON:
            return []
        visit = self.document.visit(item.visit_id)
        parts = []
        if item.kind is ReviewKind.PROJECT:
            book = self.document.improvement
            if book.has(item.record_id):
                project = book.record(item.record_id)
                changes = {"status": ProjectStatus(outcome.value)}
                if outcome is ReviewOutcome.VERIFIED:
                    changes |= {"verified_on": visit.date, "verified_by": visit.consultant}
                if photo_id is not None:
                    changes["after_photo_id"] = photo_id
                parts.append(
                    UpdateRecordsCommand(
                        self.document, [dataclasses.replace(project, **changes)], text
                    )
                )
                hazard_ids = project.hazard_ids
            else:
                hazard_ids = ()
        else:
            hazard_ids = (item.record_id,)
            if self.document.hazards.has(item.record_id):
                hazard = self.document.hazards.hazard(item.record_id)
                status = (
                    HazardStatus.VERIFIED
                    if outcome is ReviewOutcome.VERIFIED
                    else HazardStatus.CONTROLLED
                )
                parts.append(
                    UpdateHazardsCommand(
                        self.document, [dataclasses.replace(hazard, status=status)], text
                    )
                )
        if photo_id is not None:
            photo = self.document.photos.photo(photo_id)
            hazard_id = photo.hazard_id or next(iter(hazard_ids), None)
            tagged = dataclasses.replace(
                photo, kind=PhotoKind.AFTER, hazard_id=hazard_id, visit_id=item.visit_id
            )
            if tagged != photo:
                parts.append(UpdatePhotosCommand(self.document, [tagged], text))
        return parts

    def rescore(self) -> HazardDialog | None:
        """The hazard's form on its risk page; OK saves the new rating and marks the item."""
        item = self.selected_item()
        if item is None or item.kind is not ReviewKind.HAZARD:
            return None
        if not self.document.hazards.has(item.record_id):
            return None
        hazard = self.document.hazards.hazard(item.record_id)
        dialog = HazardDialog(self.document, hazard, is_new=False, parent=self)
        dialog.tabs.setCurrentIndex(1)

        def on_accepted() -> None:
            value = dialog.accepted_value()
            reviewed = dataclasses.replace(
                item, outcome=ReviewOutcome.RESCORED, note=self.note_edit.text().strip()
            )
            text = self.tr("Re-score hazard")
            parts = [
                UpdateHazardsCommand(self.document, [value], text),
                UpdateRecordsCommand(self.document, [reviewed], text),
            ]
            self.document.push(CompositeCommand(self.document, text, parts))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

"""The hazard record: one form for the pin on the plan and the row in the register."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.comments import SubjectKind
from ...domain.errors import ValidationError
from ...domain.hazard import (
    ControlLevel,
    Hazard,
    HazardStatus,
    IdentifiedBy,
    ProposedControl,
)
from ..combo import select_data
from ..discard_guard import DiscardGuard
from ..i18n import problems_text, translated
from ..labels import visit_caption
from ..photos.gallery import GalleryScope, PhotoGallery
from ..screen_fit import fit_to_screen
from ..text_fields import note_edit, show_from_start
from .badges import category_badge
from .labels import CONTROL_LEVEL_LABELS, IDENTIFIED_BY_LABELS, STATUS_LABELS
from .risk_inputs import RiskInputs


def _scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """The page, scrolling on a short screen: a three-factor method's two risk blocks made
    the form taller than a 768-pixel laptop screen."""
    area = QScrollArea(parent)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class HazardDialog(DiscardGuard, QDialog):
    """Shows a hazard; accepted_value() is the edited record once OK passed validation."""

    def __init__(
        self,
        document: PortfolioDocument,
        hazard: Hazard,
        *,
        is_new: bool,
        zone_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        fit_to_screen(self, 760, 720)
        self._document = document
        self._original = hazard
        self._accepted: Hazard | None = None
        method = document.risk_method(hazard.enterprise_id)
        self._method = method
        # the register number the pin, the row and the report show (a new one has none yet)
        number = None if is_new else document.hazards.numbers(hazard.enterprise_id, method)
        if number is not None and hazard.id in number:
            title = self.tr("Edit hazard H%1: %2").replace("%1", str(number[hazard.id]))
            self.setWindowTitle(title.replace("%2", hazard.title))
        else:
            self.setWindowTitle(self.tr("New hazard") if is_new else self.tr("Edit hazard"))

        self.title_edit = QLineEdit(hazard.title, self)
        self.category_combo = QComboBox(self)
        for category in document.hazards.categories():
            badge = category_badge(category.colour, category.symbol)
            self.category_combo.addItem(badge, translated(category.name), category.code)
        self.category_combo.setCurrentIndex(
            max(0, self.category_combo.findData(hazard.category_code))
        )
        self.description_edit = note_edit(hazard.description, self)
        self.source_edit = QLineEdit(hazard.source, self)
        self.zone_label = QLabel(zone_name or self.tr("— (not on a zone)"), self)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.women_spin, self.men_spin = QSpinBox(self), QSpinBox(self)
        for spin, value in (
            (self.women_spin, hazard.exposed_women),
            (self.men_spin, hazard.exposed_men),
        ):
            spin.setRange(0, 100_000)
            spin.setValue(value)
        self.job_edit = QLineEdit(hazard.job, self)
        self.existing_edit = note_edit(hazard.existing_controls, self)
        self.initial_inputs = RiskInputs(method, parent=self)
        self.initial_inputs.set_values(hazard.initial)
        self.residual_inputs = RiskInputs(method, parent=self)
        self.residual_inputs.set_values(hazard.residual)

        self.controls_table = QTableWidget(0, 2, self)
        self.controls_table.setHorizontalHeaderLabels(
            [self.tr("Proposed control"), self.tr("Level")]
        )
        self.controls_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.controls_table.setColumnWidth(1, 170)
        self.controls_table.setMinimumHeight(130)  # four controls visible without scrolling
        for control in hazard.proposed_controls:
            self.add_control(control)
        add_button = QPushButton(self.tr("Add control"), self)
        add_button.clicked.connect(
            lambda: self.add_control(ProposedControl("", ControlLevel.ENGINEERING))
        )
        remove_button = QPushButton(self.tr("Remove control"), self)
        remove_button.clicked.connect(self._remove_control)

        self.responsible_edit = QLineEdit(hazard.responsible, self)
        self.due_check = QCheckBox(self.tr("Due by"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        due = hazard.due_date or dt.date.today() + dt.timedelta(days=30)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.due_check.setChecked(hazard.due_date is not None)
        self.due_edit.setEnabled(hazard.due_date is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox(self)
        for status in HazardStatus:
            self.status_combo.addItem(translated(STATUS_LABELS[status]), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(hazard.status.value))
        self.identified_combo = QComboBox(self)
        for who in IdentifiedBy:
            self.identified_combo.addItem(translated(IDENTIFIED_BY_LABELS[who]), who.value)
        self.identified_combo.setCurrentIndex(
            self.identified_combo.findData(hazard.identified_by.value)
        )
        self.visit_combo = QComboBox(self)
        self.visit_combo.addItem(self.tr("— none —"), None)
        for visit in document.visits_of(hazard.enterprise_id):
            self.visit_combo.addItem(visit_caption(visit), visit.id)
        select_data(self.visit_combo, hazard.visit_id)
        self.legal_edit = QLineEdit(hazard.legal_reference, self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        hazard_page = QWidget(self)
        form = QFormLayout(hazard_page)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.tr("Zone:"), self.zone_label)
        form.addRow(self.tr("&Source (machine, substance, task):"), self.source_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        exposed = QHBoxLayout()
        exposed.addWidget(QLabel(self.tr("women"), self))
        exposed.addWidget(self.women_spin)
        exposed.addWidget(QLabel(self.tr("men"), self))
        exposed.addWidget(self.men_spin)
        exposed.addStretch(1)
        for spin in (self.women_spin, self.men_spin):
            spin.setFixedWidth(90)
        form.addRow(self.tr("Exposed workers:"), exposed)
        form.addRow(self.tr("&Job:"), self.job_edit)

        risk_page = QWidget(self)
        risk_layout = QVBoxLayout(risk_page)
        risk_layout.addWidget(
            QLabel(self.tr("Method: %1").replace("%1", translated(method.name)), self)
        )
        existing_box = QGroupBox(self.tr("Existing controls and initial risk"), self)
        existing_form = QFormLayout(existing_box)
        existing_form.addRow(self.tr("Existing controls:"), self.existing_edit)
        existing_form.addRow(self.initial_inputs)
        risk_layout.addWidget(existing_box)
        controls_box = QGroupBox(self.tr("Proposed controls (hierarchy of controls)"), self)
        controls_layout = QVBoxLayout(controls_box)
        controls_layout.addWidget(self.controls_table)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_button)
        buttons_row.addWidget(remove_button)
        buttons_row.addStretch(1)
        controls_layout.addLayout(buttons_row)
        risk_layout.addWidget(controls_box)
        residual_box = QGroupBox(self.tr("Residual risk (with the proposed controls)"), self)
        QVBoxLayout(residual_box).addWidget(self.residual_inputs)
        risk_layout.addWidget(residual_box)

        follow_page = QWidget(self)
        follow = QFormLayout(follow_page)
        follow.addRow(self.tr("&Responsible:"), self.responsible_edit)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        follow.addRow(self.tr("Due date:"), due_row)
        follow.addRow(self.tr("&Status:"), self.status_combo)
        follow.addRow(self.tr("Identified by:"), self.identified_combo)
        follow.addRow(self.tr("Identified on visit:"), self.visit_combo)
        follow.addRow(self.tr("&Legal reference:"), self.legal_edit)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(hazard_page, self.tr("Hazard"))
        self.tabs.addTab(_scrolling(risk_page, self), self.tr("Risk and controls"))
        self.tabs.addTab(follow_page, self.tr("Follow-up"))
        self.gallery = PhotoGallery(document, self, choose_scope=False, defer=is_new)
        self.gallery.set_scope(GalleryScope(hazard.enterprise_id, hazard_id=hazard.id))
        self.gallery.extra_links = {"visit_id": hazard.visit_id} if hazard.visit_id else {}
        self.tabs.addTab(self.gallery, self.tr("Photos"))
        self.setAcceptDrops(True)  # photos dropped anywhere on the form join the hazard
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.comments_button = None
        if not is_new:  # the thread of the hazard, with its count
            from ..comments.comment_actions import CommentsButton, Subject
            from ..comments.review_mode import show_read_only

            subject = Subject(hazard.enterprise_id, SubjectKind.HAZARD, hazard.id, hazard.title)
            self.comments_button = CommentsButton(document, subject, self)
            box.addButton(self.comments_button, QDialogButtonBox.ButtonRole.ActionRole)
            if document.reviewing:  # an enterprise manager reads the hazard, and comments
                show_read_only(self.tabs, keep=(self.gallery,))
                self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems)
        layout.addWidget(box)
        show_from_start(self)

    def add_control(self, control: ProposedControl) -> None:
        row = self.controls_table.rowCount()
        self.controls_table.insertRow(row)
        self.controls_table.setItem(row, 0, QTableWidgetItem(control.text))
        combo = QComboBox(self.controls_table)
        for level in ControlLevel:
            combo.addItem(translated(CONTROL_LEVEL_LABELS[level]), level.value)
        combo.setCurrentIndex(combo.findData(control.level.value))
        self.controls_table.setCellWidget(row, 1, combo)

    def _remove_control(self) -> None:
        row = self.controls_table.currentRow()
        if row >= 0:
            self.controls_table.removeRow(row)

    def _controls(self) -> tuple[ProposedControl, ...]:
        controls = []
        for row in range(self.controls_table.rowCount()):
            item = self.controls_table.item(row, 0)
            text = item.text().strip() if item is not None else ""
            if text:
                level = ControlLevel(self.controls_table.cellWidget(row, 1).currentData())
                controls.append(ProposedControl(text, level))
        return tuple(controls)

    def value(self) -> Hazard:
        due = None
        if self.due_check.isChecked():
            d = self.due_edit.date()
            due = dt.date(d.year(), d.month(), d.day())
        return dataclasses.replace(
            self._original,
            title=self.title_edit.text().strip(),
            category_code=self.category_combo.currentData(),
            description=self.description_edit.toPlainText().rstrip(),
            source=self.source_edit.text().strip(),
            exposed_women=self.women_spin.value(),
            exposed_men=self.men_spin.value(),
            job=self.job_edit.text().strip(),
            existing_controls=self.existing_edit.toPlainText().rstrip(),
            initial=self.initial_inputs.values(),
            proposed_controls=self._controls(),
            residual=self.residual_inputs.values(),
            responsible=self.responsible_edit.text().strip(),
            due_date=due,
            status=HazardStatus(self.status_combo.currentData()),
            identified_by=IdentifiedBy(self.identified_combo.currentData()),
            visit_id=self.visit_combo.currentData(),
            legal_reference=self.legal_edit.text().strip(),
        )

    def accept(self) -> None:
        hazard = self.value()
        try:
            codes = {c.code for c in self._document.hazards.categories()}
            hazard.validate(self._method, codes)
            self._check_whole_ratings()
        except ValidationError as exc:
            self.problems.setText(problems_text(exc.problems))
            if "title" in exc.problems:
                self.tabs.setCurrentIndex(0)
                self.title_edit.setFocus()
            elif exc.problems.keys() & {"initial", "residual"}:
                self.tabs.setCurrentIndex(1)
            return
        self._accepted = hazard
        super().accept()

    def _check_whole_ratings(self) -> None:
        """A rating is every factor of the method, or none (not rated yet)."""
        problems = {}
        if self.initial_inputs.partly_rated():
            problems["initial"] = self.tr("Rate every factor of the initial risk, or none.")
        if self.residual_inputs.partly_rated():
            problems["residual"] = self.tr("Rate every factor of the residual risk, or none.")
        if problems:
            raise ValidationError(problems)

    def pending_photos(self) -> list:
        """Photos dropped on a new hazard's form: they become records with the hazard."""
        return self.gallery.take_pending()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.gallery.dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.gallery.dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.tabs.setCurrentWidget(self.gallery)
        self.gallery.dropEvent(event)

    def accepted_value(self) -> Hazard:
        assert self._accepted is not None
        return self._accepted

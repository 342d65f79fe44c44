"""The improvement project form: what, why, who, when, how much, and how it was verified."""

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.comments import SubjectKind, same_person_name
from ...domain.errors import ValidationError
from ...domain.hazard import ControlLevel
from ...domain.improvement import ImprovementProject, ProjectSource, ProjectStatus
from ...domain.photo import PhotoKind
from ..combo import select_data
from ..hazards.labels import CONTROL_LEVEL_LABELS
from ..i18n import translated
from ..numbers import figure
from ..record_dialog import RecordDialog
from ..screen_fit import fit_to_screen
from ..text_fields import note_edit, show_from_start
from .fields import NumberField, OptionalDate
from .labels import SOURCE_LABELS, STATUS_LABELS, fill_combo

MONEY_FIELDS = ("cost_estimate", "cost_actual", "savings_expected", "savings_actual")
NUMBER_FIELDS = ("baseline_value", "target_value", "result_value")


class ProjectDialog(RecordDialog):
    """accepted_value() is the edited project once OK passed validation."""

    def __init__(
        self,
        document: PortfolioDocument,
        project: ImprovementProject,
        *,
        is_new: bool,
        currency: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New improvement project") if is_new else project.title)
        fit_to_screen(self, 720, 640)
        self._document = document
        self._original = project
        enterprise_id = project.enterprise_id
        self.members = document.improvement.members_of(enterprise_id)

        self.title_edit = QLineEdit(project.title, self)
        self.problem_edit = note_edit(project.problem, self)
        self.cause_edit = note_edit(project.root_cause, self)
        self.source_combo = QComboBox(self)
        fill_combo(self.source_combo, SOURCE_LABELS)
        self.source_combo.setCurrentIndex(self.source_combo.findData(project.source.value))
        self.module_combo = QComboBox(self)
        for module in document.modules():
            self.module_combo.addItem(module.title, module.code)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(project.module_code)))
        self.zone_edit = QLineEdit(project.zone, self)
        self.hazard_list = QListWidget(self)
        for hazard in document.hazards.hazards_of(enterprise_id):
            item = QListWidgetItem(hazard.title, self.hazard_list)
            item.setData(Qt.ItemDataRole.UserRole, hazard.id)
            checked = hazard.id in project.hazard_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

        self.action_edit = note_edit(project.action, self)
        self.level_combo = QComboBox(self)
        self.level_combo.addItem(self.tr("— not an OSH control —"), None)
        for level, label in CONTROL_LEVEL_LABELS.items():
            self.level_combo.addItem(translated(label), level.value)
        select_data(self.level_combo, project.control_level and project.control_level.value)
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.addItem(self.tr("— nobody yet —"), None)
        today = dt.date.today()
        for member in self.members:
            name = member.name
            if not member.active_on(today):
                name = self.tr("%1 (left the team)").replace("%1", member.name)
            self.responsible_combo.addItem(name, member.id)
        select_data(self.responsible_combo, project.responsible_id)
        self.team_edit = QLineEdit(project.team, self)
        self.start_date = OptionalDate(project.start_date, self)
        self.due_date = OptionalDate(project.due_date, self, today + dt.timedelta(days=30))
        self.status_combo = QComboBox(self)
        fill_combo(self.status_combo, STATUS_LABELS)
        self.status_combo.setCurrentIndex(self.status_combo.findData(project.status.value))

        self.numbers = {name: NumberField(getattr(project, name), self) for name in MONEY_FIELDS}
        self.numbers |= {name: NumberField(getattr(project, name), self) for name in NUMBER_FIELDS}
        self.indicator_edit = QLineEdit(project.indicator, self)
        self.verified_on = OptionalDate(project.verified_on, self)
        self.verified_by_edit = QLineEdit(project.verified_by, self)
        self.photo_combo = QComboBox(self)
        self.photo_combo.addItem(self.tr("— none —"), None)
        for photo in document.photos.photos_of(enterprise_id):
            if photo.kind in (PhotoKind.AFTER, PhotoKind.EVIDENCE) or (
                photo.id == project.after_photo_id
            ):
                self.photo_combo.addItem(photo.caption or photo.original_name, photo.id)
        select_data(self.photo_combo, project.after_photo_id)

        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.notes = QLabel(self)
        self.notes.setStyleSheet("color: #9a6700;")
        for label in (self.problems, self.notes):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)

        what = QWidget(self)
        form = QFormLayout(what)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Problem:"), self.problem_edit)
        form.addRow(self.tr("Root &cause:"), self.cause_edit)
        form.addRow(self.tr("Source:"), self.source_combo)
        form.addRow(self.tr("SCORE &module:"), self.module_combo)
        form.addRow(self.tr("&Zone or area:"), self.zone_edit)
        form.addRow(self.tr("Linked hazards:"), self.hazard_list)
        plan = QWidget(self)
        form = QFormLayout(plan)
        form.addRow(self.tr("&Action:"), self.action_edit)
        form.addRow(self.tr("Control level:"), self.level_combo)
        form.addRow(self.tr("&Responsible (EIT):"), self.responsible_combo)
        form.addRow(self.tr("Team:"), self.team_edit)
        form.addRow(self.tr("Start:"), self.start_date)
        form.addRow(self.tr("Due:"), self.due_date)
        form.addRow(self.tr("&Status:"), self.status_combo)
        money = QWidget(self)
        form = QFormLayout(money)
        form.addRow(self.tr("Currency:"), QLabel(currency, self))
        form.addRow(self.tr("Cost estimate:"), self.numbers["cost_estimate"])
        form.addRow(self.tr("Actual cost:"), self.numbers["cost_actual"])
        form.addRow(self.tr("Expected savings per month:"), self.numbers["savings_expected"])
        form.addRow(self.tr("Actual savings per month:"), self.numbers["savings_actual"])
        form.addRow(self.tr("Indicator:"), self.indicator_edit)
        form.addRow(self.tr("Baseline value:"), self.numbers["baseline_value"])
        form.addRow(self.tr("Target value:"), self.numbers["target_value"])
        form.addRow(self.tr("Result value:"), self.numbers["result_value"])
        form.addRow(self.tr("Verified on:"), self.verified_on)
        form.addRow(self.tr("Verified by:"), self.verified_by_edit)
        form.addRow(self.tr("After photo:"), self.photo_combo)
        # the review mode: the responsible manager updates status, after photo and progress
        self.progress_edit = None
        if document.reviewing and not is_new:
            self.progress_edit = note_edit("", self)
            self.progress_edit.setPlaceholderText(
                self.tr("What was done since the last visit (added to the project's comments)")
            )
            form = plan.layout()
            assert isinstance(form, QFormLayout)
            form.addRow(self.tr("Progress &note:"), self.progress_edit)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(what, self.tr("Problem"))
        self.tabs.addTab(plan, self.tr("Action"))
        self.tabs.addTab(money, self.tr("Cost, savings and results"))
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        if not is_new:
            from ..comments.comment_actions import CommentsButton, Subject

            subject = Subject(enterprise_id, SubjectKind.PROJECT, project.id, project.title)
            self.comments_button = CommentsButton(document, subject, self)
            box.addButton(self.comments_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_note: QLabel | None = None
        if document.reviewing:
            self._review_mode(project, is_new)
        layout = QVBoxLayout(self)
        if self.review_note is not None:
            layout.addWidget(self.review_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.notes)
        layout.addWidget(self.problems)
        layout.addWidget(box)
        self._show_notes(project)
        show_from_start(self)

    def is_responsible(self, project: ImprovementProject) -> bool:
        """Whether the person using the app is the project's responsible EIT member."""
        person = self._document.person
        member = next((m for m in self.members if m.id == project.responsible_id), None)
        return (
            person is not None and member is not None and same_person_name(member.name, person.name)
        )

    def _review_mode(self, project: ImprovementProject, is_new: bool) -> None:
        """Read-only, but the status, the after photo and the progress note of a project
        the manager is responsible for (what the document lets them change)."""
        from ..comments.review_mode import show_read_only

        assigned = not is_new and self.is_responsible(project)
        keep: tuple[QWidget, ...] = (self.ok_button.parentWidget(),)
        if assigned:
            assert self.progress_edit is not None
            keep += (self.status_combo, self.photo_combo, self.progress_edit)
        show_read_only(self, keep=keep)
        self.ok_button.setEnabled(assigned)
        self.review_note = QLabel(
            self.tr(
                "Review mode: you can change the status, the after photo and the progress "
                "note of this project; the other fields are read-only."
            )
            if assigned
            else self.tr(
                "Review mode: this project is read-only (you are not its responsible "
                "person); you can comment on it."
            ),
            self,
        )
        self.review_note.setWordWrap(True)

    def progress_note(self) -> str:
        return self.progress_edit.toPlainText().strip() if self.progress_edit else ""

    def value(self) -> ImprovementProject:
        """The form as a project; ValidationError names fields that are not numbers."""
        numbers, bad = {}, {}
        for name, field in self.numbers.items():
            try:
                numbers[name] = field.decimal() if name in MONEY_FIELDS else field.number()
            except ValueError:
                bad[name] = self.tr("“%1” is not a number.").replace("%1", field.text())
        if bad:
            raise ValidationError(bad)
        hazards = tuple(
            self.hazard_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.hazard_list.count())
            if self.hazard_list.item(row).checkState() == Qt.CheckState.Checked
        )
        level = self.level_combo.currentData()
        edited = dataclasses.replace(
            self._original,
            title=self.title_edit.text().strip(),
            problem=self.problem_edit.toPlainText().rstrip(),
            root_cause=self.cause_edit.toPlainText().rstrip(),
            source=ProjectSource(self.source_combo.currentData()),
            module_code=self.module_combo.currentData() or self._original.module_code,
            zone=self.zone_edit.text().strip(),
            hazard_ids=hazards,
            action=self.action_edit.toPlainText().rstrip(),
            control_level=ControlLevel(level) if level else None,
            responsible_id=self.responsible_combo.currentData(),
            team=self.team_edit.text().strip(),
            start_date=self.start_date.value(),
            due_date=self.due_date.value(),
            status=ProjectStatus(self.status_combo.currentData()),
            indicator=self.indicator_edit.text().strip(),
            verified_on=self.verified_on.value(),
            verified_by=self.verified_by_edit.text().strip(),
            after_photo_id=self.photo_combo.currentData(),
            **numbers,
        )
        if edited.status is not self._original.status:  # the day it is done is kept
            back = dataclasses.replace(edited, status=self._original.status)
            edited = back.moved_to(edited.status, dt.date.today())
        return edited

    def _show_notes(self, project: ImprovementProject) -> None:
        notes = project.warnings(self.members, dt.date.today())
        if project.payback_months is not None:
            notes.append(
                self.tr("Pays back in %1 months.").replace("%1", figure(project.payback_months, 1))
            )
        self.notes.setText("\n".join(notes))

    def checked_value(self) -> ImprovementProject:
        project = self.value()
        project.validate()
        return project

    def on_problems(self, problems: dict[str, str]) -> None:
        if "title" in problems:
            self.tabs.setCurrentIndex(0)
            self.title_edit.setFocus()


def status_text(status: ProjectStatus) -> str:
    return translated(STATUS_LABELS[status])

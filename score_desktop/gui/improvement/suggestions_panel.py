"""The suggestion scheme: what workers proposed, and one action to turn a suggestion into an
improvement project (the suggestion is then accepted and points at its project)."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...document.commands import CompositeCommand
from ...document.improvement_commands import AddRecordsCommand, UpdateRecordsCommand
from ...document.portfolio import PortfolioDocument
from ...domain.improvement import ImprovementProject, ProjectSource
from ...domain.team import Sex, Suggestion, SuggestionStatus
from ..combo import select_data
from ..i18n import translated
from ..record_dialog import RecordDialog
from ..text_fields import note_edit
from .labels import SEX_LABELS, SUGGESTION_LABELS, fill_combo
from .project_dialog import ProjectDialog
from .record_table import RecordTablePanel

TITLE_FROM_TEXT = 80


class SuggestionDialog(RecordDialog):
    def __init__(self, suggestion: Suggestion, is_new: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New suggestion") if is_new else self.tr("Suggestion"))
        self._original = suggestion
        d = suggestion.date
        self.date_edit = QDateEdit(QDate(d.year, d.month, d.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.text_edit = note_edit(suggestion.text, self)
        self.submitter_edit = QLineEdit(suggestion.submitter, self)
        self.submitter_edit.setPlaceholderText(self.tr("anonymous"))
        self.sex_combo = QComboBox(self)
        self.sex_combo.addItem(self.tr("— not known —"), None)
        fill_combo(self.sex_combo, SEX_LABELS)
        select_data(self.sex_combo, suggestion.submitter_sex and suggestion.submitter_sex.value)
        self.area_edit = QLineEdit(suggestion.area, self)
        self.status_combo = QComboBox(self)
        fill_combo(self.status_combo, SUGGESTION_LABELS)
        self.status_combo.setCurrentIndex(self.status_combo.findData(suggestion.status.value))
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Suggestion:"), self.text_edit)
        form.addRow(self.tr("Submitted by:"), self.submitter_edit)
        form.addRow(self.tr("Sex:"), self.sex_combo)
        form.addRow(self.tr("&Area:"), self.area_edit)
        form.addRow(self.tr("S&tatus:"), self.status_combo)
        form.addRow(self.problems)
        form.addRow(box)

    def value(self) -> Suggestion:
        d = self.date_edit.date()
        sex = self.sex_combo.currentData()
        return dataclasses.replace(
            self._original,
            date=dt.date(d.year(), d.month(), d.day()),
            text=self.text_edit.toPlainText().strip(),
            submitter=self.submitter_edit.text().strip(),
            submitter_sex=Sex(sex) if sex else None,
            area=self.area_edit.text().strip(),
            status=SuggestionStatus(self.status_combo.currentData()),
        )

    def checked_value(self) -> Suggestion:
        suggestion = self.value()
        suggestion.validate()
        return suggestion


class SuggestionsPanel(RecordTablePanel):
    record_type = Suggestion

    def __init__(self, document: PortfolioDocument, currency, parent: QWidget | None = None):
        headers = [
            self.tr("Date"),
            self.tr("Suggestion"),
            self.tr("By"),
            self.tr("Area"),
            self.tr("Status"),
            self.tr("Project"),
        ]
        super().__init__(document, headers, (1,), parent)
        self.currency = currency
        self.add_button(self.tr("Add suggestion…"), self.add_suggestion)
        self.project_button = self.add_button(
            self.tr("Make it a project…"), lambda: self.make_project(self.table.currentRow())
        )
        self.add_button(self.tr("Delete"), self.remove_current)
        self.buttons.addStretch(1)

    def rows(self):
        book = self.document.improvement
        rows = []
        for s in book.suggestions_of(self.enterprise_id):
            project = ""
            if s.project_id and book.has(s.project_id):
                project = book.record(s.project_id).title
            who = s.submitter or self.tr("anonymous")
            if s.submitter_sex:
                who += f" ({translated(SEX_LABELS[s.submitter_sex])})"
            status = translated(SUGGESTION_LABELS[s.status])
            rows.append((s, (s.date.isoformat(), s.text, who, s.area, status, project)))
        return rows

    def add_suggestion(self) -> SuggestionDialog | None:
        if self.enterprise_id is None:
            return None
        return self.open_editor(Suggestion(self.enterprise_id, dt.date.today(), ""), is_new=True)

    def make_dialog(self, record, is_new: bool) -> SuggestionDialog:
        return SuggestionDialog(record, is_new, self)

    def command_texts(self) -> tuple[str, str, str]:
        return self.tr("Add suggestion"), self.tr("Edit suggestion"), self.tr("Delete suggestion")

    def make_project(self, row: int) -> ProjectDialog | None:
        """Open a project form filled from the suggestion; OK adds the project and marks the
        suggestion accepted, as one undo step."""
        suggestion = self.record_at(row)
        if suggestion is None:
            return None
        text = " ".join(suggestion.text.split())
        title = text if len(text) <= TITLE_FROM_TEXT else text[: TITLE_FROM_TEXT - 1] + "…"
        project = ImprovementProject(
            suggestion.enterprise_id,
            title,
            problem=suggestion.text,
            source=ProjectSource.SUGGESTION,
            suggestion_id=suggestion.id,
            zone=suggestion.area,
            start_date=dt.date.today(),
        )
        dialog = ProjectDialog(
            self.document, project, is_new=True, currency=self.currency(), parent=self
        )

        def on_accepted() -> None:
            value = dialog.accepted_value()
            status = suggestion.status
            if status is SuggestionStatus.RECEIVED:
                status = SuggestionStatus.ACCEPTED
            linked = dataclasses.replace(suggestion, project_id=value.id, status=status)
            text = self.tr("Make suggestion a project")
            parts = [
                AddRecordsCommand(self.document, [value], text),
                UpdateRecordsCommand(self.document, [linked], text),
            ]
            self.document.push(CompositeCommand(self.document, text, parts))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

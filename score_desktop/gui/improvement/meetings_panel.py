"""The EIT meeting log: who came, what was discussed and decided, which projects it touched;
and how often the team meets."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.team import EitMeeting, meetings_per_month
from ..discard_guard import DiscardGuard
from ..numbers import figure
from ..screen_fit import fit_to_screen
from ..text_fields import note_edit
from .checklist import IdChecklist
from .record_table import RecordTablePanel

RATE_MONTHS = 6  # meetings per month are counted over the last half year


class MeetingDialog(DiscardGuard, QDialog):
    def __init__(self, document, meeting: EitMeeting, is_new: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New EIT meeting") if is_new else self.tr("EIT meeting"))
        fit_to_screen(self, 560, 560)
        self._original = meeting
        book = document.improvement
        self.date_edit = QDateEdit(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        members = [
            m
            for m in book.members_of(meeting.enterprise_id)
            if m.active_on(meeting.date) or m.id in meeting.attendee_ids
        ]
        self.attendees = IdChecklist(
            [(m.id, m.name) for m in members], set(meeting.attendee_ids), self
        )
        self.topics_edit = note_edit(meeting.topics, self)
        self.decisions_edit = note_edit(meeting.decisions, self)
        self.projects = IdChecklist(
            [(p.id, p.title) for p in book.projects_of(meeting.enterprise_id)],
            set(meeting.project_ids),
            self,
        )
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Attendees:"), self.attendees)
        form.addRow(self.tr("&Topics:"), self.topics_edit)
        form.addRow(self.tr("De&cisions:"), self.decisions_edit)
        form.addRow(self.tr("Projects discussed:"), self.projects)
        form.addRow(box)

    def accepted_value(self) -> EitMeeting:
        return self.value()

    def value(self) -> EitMeeting:
        d = self.date_edit.date()
        return dataclasses.replace(
            self._original,
            date=dt.date(d.year(), d.month(), d.day()),
            attendee_ids=self.attendees.checked_ids(),
            topics=self.topics_edit.toPlainText().rstrip(),
            decisions=self.decisions_edit.toPlainText().rstrip(),
            project_ids=self.projects.checked_ids(),
        )


class MeetingsPanel(RecordTablePanel):
    record_type = EitMeeting

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        headers = [self.tr("Date"), self.tr("Attendees"), self.tr("Topics"), self.tr("Decisions")]
        super().__init__(document, headers, (1, 2, 3), parent)  # names, topics, decisions
        self.add_button(self.tr("Log meeting…"), self.log_meeting)
        self.add_button(self.tr("Delete"), self.remove_current)
        self.buttons.addStretch(1)
        self.rate = QLabel(self)
        self.buttons.addWidget(self.rate)

    def meetings(self) -> list[EitMeeting]:
        if self.enterprise_id is None:
            return []
        return self.document.improvement.meetings_of(self.enterprise_id)

    def rows(self):
        book = self.document.improvement
        rows = []
        for meeting in reversed(self.meetings()):  # newest first
            names = [book.record(i).name for i in meeting.attendee_ids if book.has(i)]
            cells = (
                meeting.date.isoformat(),
                ", ".join(names),
                meeting.topics.replace("\n", " · "),
                meeting.decisions.replace("\n", " · "),
            )
            rows.append((meeting, cells))
        return rows

    def refresh(self) -> None:
        super().refresh()
        today = dt.date.today()
        start = today - dt.timedelta(days=round(RATE_MONTHS * 365.25 / 12))
        rate = meetings_per_month(self.meetings(), start, today)
        self.rate.setText(
            self.tr("Meetings per month (last %1 months): %2")
            .replace("%1", str(RATE_MONTHS))
            .replace("%2", figure(rate, 1))
        )

    def log_meeting(self) -> MeetingDialog | None:
        if self.enterprise_id is None:
            return None
        active = [
            m.id
            for m in self.document.improvement.members_of(self.enterprise_id)
            if m.active_on(dt.date.today())
        ]
        meeting = EitMeeting(self.enterprise_id, dt.date.today(), attendee_ids=tuple(active))
        return self.open_editor(meeting, is_new=True)

    def make_dialog(self, record, is_new: bool) -> MeetingDialog:
        return MeetingDialog(self.document, record, is_new, self)

    def command_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Log EIT meeting"),
            self.tr("Edit EIT meeting"),
            self.tr("Delete EIT meeting"),
        )

"""The export dialog of the reports: which sections (visit report), the month or months
(progress report), paper size, report language and pin colours. It remembers its choices.

Logos come from Preferences and are read here, when the report is asked for.
"""

import datetime as dt
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan_style import PinStyle
from ..services.reporting.options import (
    REPORT_LANGUAGES,
    Logo,
    Paper,
    ReportOptions,
    Section,
    report_language,
)
from ..services.user_files import UnreadableFileError, read_user_file
from .settings_keys import (
    LOGOS,
    REPORT_LANGUAGE,
    REPORT_NORTH_ARROW,
    REPORT_PAPER,
    REPORT_PIN_STYLE,
    REPORT_SECTIONS,
)

LOGO_ROLES = ("programme", "consultant", "enterprise")
LOGO_MAX_BYTES = 20_000_000  # a logo is a few hundred kilobytes


class ReportKind(StrEnum):
    VISIT = "visit"
    EIP = "eip"
    PROGRESS = "progress"


class ReportOptionsDialog(QDialog):
    def __init__(self, settings: QSettings, kind: ReportKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.kind = settings, kind
        self.setWindowTitle(
            {
                ReportKind.VISIT: self.tr("Export visit report"),
                ReportKind.EIP: self.tr("Export EIP report"),
                ReportKind.PROGRESS: self.tr("Export monthly progress report"),
            }[kind]
        )
        self.section_boxes: dict[Section, QCheckBox] = {}
        layout = QVBoxLayout(self)
        if kind is ReportKind.VISIT:
            layout.addWidget(self._sections_box())
        form = QFormLayout()
        if kind is ReportKind.PROGRESS:
            self.first_month, self.last_month = self._month_edit(), self._month_edit()
            previous = QDate.currentDate().addMonths(-1)
            self.first_month.setDate(previous)
            self.last_month.setDate(previous)
            form.addRow(self.tr("From month:"), self.first_month)
            form.addRow(self.tr("To month:"), self.last_month)
        self.paper = QComboBox(self)
        for paper in Paper:
            self.paper.addItem(paper.value, paper.value)
        self.language = QComboBox(self)
        for code, name in REPORT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.pin_style = QComboBox(self)
        self.pin_style.addItem(self.tr("Pins by category"), PinStyle.CATEGORY.value)
        self.pin_style.addItem(self.tr("Pins by NR-5 colours"), PinStyle.NR5.value)
        self.pin_style.addItem(self.tr("Pins by risk band"), PinStyle.BAND.value)
        self.north_arrow = QCheckBox(self.tr("North arrow (the top of the plan faces north)"))
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Report language:"), self.language)
        if kind is ReportKind.VISIT:
            form.addRow(self.tr("Hazard pins:"), self.pin_style)
            form.addRow("", self.north_arrow)
        else:  # a report without a plan: children left out of the layout sat over "Paper:"
            self.pin_style.hide()
            self.north_arrow.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #C0392B;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._restore()

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sections"), self)
        grid = QGridLayout(box)
        names = {
            Section.SUMMARY: self.tr("Summary"),
            Section.VISIT: self.tr("The visit and agreed next steps"),
            Section.PLAN: self.tr("Floor plans with hazard pins"),
            Section.RISK_MATRIX: self.tr("Risk matrix"),
            Section.HAZARDS: self.tr("Hazard register"),
            Section.HAZARD_DETAILS: self.tr("Hazards in detail, with photos"),
            Section.BEFORE_AFTER: self.tr("Before and after photos"),
            Section.CHECKLISTS: self.tr("Checklists"),
            Section.EIP: self.tr("Enterprise Improvement Plan"),
            Section.INDICATORS: self.tr("Key indicators"),
            Section.SIGNATURES: self.tr("Signatures"),
        }
        for n, section in enumerate(Section):
            check = QCheckBox(names[section], box)
            self.section_boxes[section] = check
            grid.addWidget(check, n % 5, n // 5)
        return box

    def _month_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(True)
        return edit

    # Remembered choices ---------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        stored = REPORT_SECTIONS.read(s)
        chosen = {Section(v) for v in stored if v in set(Section)} if stored else set(Section)
        for section, check in self.section_boxes.items():
            check.setChecked(section in chosen)
        self._choose(self.paper, REPORT_PAPER.read(s))
        default_language = report_language(QLocale().name())
        self._choose(self.language, REPORT_LANGUAGE.read(s, default_language))
        self._choose(self.pin_style, REPORT_PIN_STYLE.read(s))
        self.north_arrow.setChecked(REPORT_NORTH_ARROW.read(s))

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def accept(self) -> None:
        if self.kind is ReportKind.VISIT and not any(
            b.isChecked() for b in self.section_boxes.values()
        ):
            self._show_problem(self.tr("Choose at least one section."))
            return
        if self.kind is ReportKind.PROGRESS and self.last_month.date() < self.first_month.date():
            self._show_problem(self.tr("The last month is before the first."))
            return
        s = self.settings
        if self.section_boxes:
            sections = [sec.value for sec, box in self.section_boxes.items() if box.isChecked()]
            REPORT_SECTIONS.write(s, sections)
        REPORT_PAPER.write(s, self.paper.currentData())
        REPORT_LANGUAGE.write(s, self.language.currentData())
        REPORT_PIN_STYLE.write(s, self.pin_style.currentData())
        REPORT_NORTH_ARROW.write(s, self.north_arrow.isChecked())
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # Results --------------------------------------------------------------------------------

    def options(self) -> tuple[ReportOptions, list[str]]:
        """The options, and a message for each logo file that could not be read."""
        logos, problems = read_logos(self.settings)
        sections = frozenset(s for s, box in self.section_boxes.items() if box.isChecked())
        options = ReportOptions(
            sections=sections or frozenset(Section),
            paper=Paper(self.paper.currentData()),
            language=self.language.currentData(),
            pin_style=PinStyle(self.pin_style.currentData()),
            north_arrow=self.north_arrow.isChecked(),
            logos=tuple(logos),
        )
        return options, problems

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = self.first_month.date(), self.last_month.date()
        return dt.date(first.year(), first.month(), 1), dt.date(last.year(), last.month(), 1)


def read_logos(settings: QSettings) -> tuple[list[Logo], list[str]]:
    logos, problems = [], []
    for role in LOGO_ROLES:
        path = LOGOS[role].read(settings)
        if not path:
            continue
        try:  # a regular file only: a pipe chosen as a logo is refused, not waited on
            logos.append(Logo(role, read_user_file(Path(path), limit=LOGO_MAX_BYTES)))
        except UnreadableFileError as exc:
            problems.append(f"{path} {exc}")
    return logos, problems

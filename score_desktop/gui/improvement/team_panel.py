"""The EIT roster with its composition checks (warnings, never blocks)."""

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.team import EitMember, EitRole, Sex, composition_warnings
from ..i18n import translated
from ..record_dialog import RecordDialog
from ..text_fields import show_from_start
from .fields import OptionalDate
from .labels import ROLE_LABELS, SEX_LABELS, fill_combo
from .record_table import RecordTablePanel
from .rules_dialog import RulesDialog, load_rules, save_rules


class MemberDialog(RecordDialog):
    def __init__(self, member: EitMember, is_new: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New team member") if is_new else member.name)
        self._original = member
        self.name_edit = QLineEdit(member.name, self)
        self.sex_combo = QComboBox(self)
        fill_combo(self.sex_combo, SEX_LABELS)
        self.sex_combo.setCurrentIndex(self.sex_combo.findData(member.sex.value))
        self.role_combo = QComboBox(self)
        fill_combo(self.role_combo, ROLE_LABELS)
        self.role_combo.setCurrentIndex(self.role_combo.findData(member.role.value))
        self.position_edit = QLineEdit(member.position, self)
        self.department_edit = QLineEdit(member.department, self)
        self.elected_check = QCheckBox(self.tr("Elected by the workers"), self)
        self.elected_check.setChecked(member.elected_by_workers)
        self.joined = OptionalDate(member.joined_on, self)
        self.left = OptionalDate(member.left_on, self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Sex:"), self.sex_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Position:"), self.position_edit)
        form.addRow(self.tr("&Department:"), self.department_edit)
        form.addRow("", self.elected_check)
        form.addRow(self.tr("Joined:"), self.joined)
        form.addRow(self.tr("Left:"), self.left)
        form.addRow(self.problems)
        form.addRow(box)
        show_from_start(self)

    def value(self) -> EitMember:
        return dataclasses.replace(
            self._original,
            name=self.name_edit.text().strip(),
            sex=Sex(self.sex_combo.currentData()),
            role=EitRole(self.role_combo.currentData()),
            position=self.position_edit.text().strip(),
            department=self.department_edit.text().strip(),
            elected_by_workers=self.elected_check.isChecked(),
            joined_on=self.joined.value(),
            left_on=self.left.value(),
        )

    def checked_value(self) -> EitMember:
        member = self.value()
        member.validate()
        return member


class TeamPanel(RecordTablePanel):
    record_type = EitMember

    def __init__(self, document: PortfolioDocument, settings, parent: QWidget | None = None):
        headers = [
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Role"),
            self.tr("Position"),
            self.tr("Department"),
            self.tr("Elected"),
            self.tr("Joined"),
            self.tr("Left"),
        ]
        super().__init__(document, headers, (0,), parent)
        self.add_button(self.tr("Add member…"), self.add_member)
        self.add_button(
            self.tr("Edit…"), lambda: self.edit_row(self.table.currentRow()), edits=False
        )
        self.add_button(self.tr("Remove"), self.remove_current)
        self.buttons.addStretch(1)
        self.settings = settings
        self.add_button(self.tr("Composition checks…"), self.edit_rules, edits=False)
        self.composition = QLabel(self)
        self.composition.setWordWrap(True)
        self.composition.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.composition)
        document.enterprise_set.changed.connect(self._on_records)

    def members(self) -> list[EitMember]:
        if self.enterprise_id is None:
            return []
        return self.document.improvement.members_of(self.enterprise_id)

    def rows(self):
        return [
            (
                m,
                (
                    m.name,
                    translated(SEX_LABELS[m.sex]),
                    translated(ROLE_LABELS[m.role]),
                    m.position,
                    m.department,
                    self.tr("yes") if m.elected_by_workers else "",
                    m.joined_on.isoformat() if m.joined_on else "",
                    m.left_on.isoformat() if m.left_on else "",
                ),
            )
            for m in self.members()
        ]

    def refresh(self) -> None:
        super().refresh()
        self.composition.setText(self.composition_text())

    def composition_text(self) -> str:
        if self.enterprise_id is None:
            return ""
        enterprise = self.document.enterprise(self.enterprise_id)
        warnings = composition_warnings(
            self.members(),
            enterprise.headcount.share_women,
            dt.date.today(),
            load_rules(self.settings),
        )
        if not warnings:
            return self.tr("Team composition: balanced.")
        return self.tr("Team composition:") + "\n• " + "\n• ".join(warnings)

    def edit_rules(self) -> RulesDialog:
        dialog = RulesDialog(load_rules(self.settings), self)

        def on_accepted() -> None:
            save_rules(self.settings, dialog.value())
            self.refresh()

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_member(self) -> MemberDialog | None:
        if self.enterprise_id is None:
            return None
        blank = EitMember(
            self.enterprise_id, "", Sex.FEMALE, EitRole.WORKER, joined_on=dt.date.today()
        )
        return self.open_editor(blank, is_new=True)

    def make_dialog(self, record, is_new: bool) -> MemberDialog:
        return MemberDialog(record, is_new, self)

    def command_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Add team member"),
            self.tr("Edit team member"),
            self.tr("Remove team member"),
        )

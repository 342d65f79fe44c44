"""The baseline survey: good-practice questions answered at the intake visit, and the history
of corrected baseline values."""

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.indicator_commands import SetAnswersCommand
from ...document.portfolio import PortfolioDocument
from ...domain.indicators import BY_CODE, DEFAULT_PRACTICES, PracticeAnswer

ANSWERS = (None, True, False)


class BaselinePanel(QWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.practices = QTableWidget(len(DEFAULT_PRACTICES), 3, self)
        self.practices.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Good practice"), self.tr("In place at baseline")]
        )
        self.practices.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.practices.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, practice in enumerate(DEFAULT_PRACTICES):
            self.practices.setItem(row, 0, QTableWidgetItem(practice.module))
            text = QCoreApplication.translate("Practice", practice.text)
            self.practices.setItem(row, 1, QTableWidgetItem(text))
            combo = QComboBox(self.practices)
            for label, value in zip(
                (self.tr("— not asked —"), self.tr("Yes"), self.tr("No")), ANSWERS, strict=True
            ):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, code=practice.code: self._answered(code))
            self.practices.setCellWidget(row, 2, combo)
            self.combos[practice.code] = combo
        self.summary = QLabel(self)
        self.history = QTableWidget(0, 5, self)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Indicator"), self.tr("Old"), self.tr("New"), self.tr("Why")]
        )
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.practices, 3)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Baseline corrections"), self))
        layout.addWidget(self.history, 1)
        document.indicators.entries_changed.connect(self._on_changed)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def _on_changed(self, enterprise_id) -> None:
        if enterprise_id == self.enterprise_id:
            self.refresh()

    def refresh(self) -> None:
        if self.enterprise_id is None:
            return
        answers = self.document.indicators.answers_of(self.enterprise_id)
        for code, combo in self.combos.items():
            answer = answers.get(code)
            combo.setCurrentIndex(ANSWERS.index(answer.answer if answer else None))
        asked = [a for a in answers.values() if a.answer is not None]
        self.summary.setText(
            self.tr("%1 of %2 good practices in place (%3 answered).")
            .replace("%1", str(sum(a.answer for a in asked)))
            .replace("%2", str(len(DEFAULT_PRACTICES)))
            .replace("%3", str(len(asked)))
        )
        corrections = self.document.indicators.corrections_of(self.enterprise_id)
        self.history.setRowCount(len(corrections))
        for row, c in enumerate(reversed(corrections)):
            name = BY_CODE[c.indicator].name if c.indicator in BY_CODE else c.indicator
            cells = (
                c.corrected_at.strftime("%Y-%m-%d %H:%M"),
                name,
                "" if c.old_value is None else f"{c.old_value:,.2f}",
                "" if c.new_value is None else f"{c.new_value:,.2f}",
                c.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.history.setItem(row, column, item)

    def _answered(self, code: str) -> None:
        answer = PracticeAnswer(self.enterprise_id, code, self.combos[code].currentData())
        text = self.tr("Baseline survey answer")
        self.document.push(SetAnswersCommand(self.document, self.enterprise_id, [answer], text))

"""The baseline survey: good-practice questions answered at the intake visit, and the history
of corrected baseline values."""

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.indicator_commands import AddCatalogueItemCommand, SetAnswersCommand
from ...document.portfolio import PortfolioDocument
from ...domain.indicators import Indicator, PracticeAnswer
from ..numbers import figure
from ..tables import fit_columns
from ..text_fields import leave_on_tab
from .custom_dialogs import PracticeDialog
from .dashboard import indicator_figure

ANSWERS = (None, True, False)


class BaselinePanel(QWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.practices = QTableWidget(0, 3, self)
        self.practices.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Good practice"), self.tr("In place at baseline")]
        )
        fit_columns(self.practices, stretch=(1,))  # "In place at baseline" whole
        self.practices.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        self._build_questions()
        add = QPushButton(self.tr("Add question…"), self)
        add.setToolTip(self.tr("A good practice your programme asks about, for every enterprise"))
        add.clicked.connect(lambda: self.add_question())
        self.summary = QLabel(self)
        self.history = QTableWidget(0, 5, self)
        leave_on_tab(self.history)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Indicator"), self.tr("Old"), self.tr("New"), self.tr("Why")]
        )
        fit_columns(self.history, stretch=(4,))
        self.history.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.practices, 3)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        from ..comments.review_mode import EditingControls

        adding = EditingControls(document, self)
        adding.add(add)
        row.addWidget(adding)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Baseline corrections"), self))
        layout.addWidget(self.history, 1)
        book = document.indicators
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_changed)
        document.indicators.catalogue_changed.connect(self._on_catalogue_changed)
        document.mode_changed.connect(self._on_document_mode_changed)

    def _build_questions(self) -> None:
        practices = self.document.indicators.practices()
        self.practices.setRowCount(len(practices))
        self.combos = {}
        for row, practice in enumerate(practices):
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
        self._on_document_mode_changed()

    def _on_document_mode_changed(self) -> None:
        for combo in self.combos.values():  # answers are records: read in review mode
            combo.setEnabled(not self.document.reviewing)

    def _on_catalogue_changed(self) -> None:
        self._build_questions()
        self.refresh()

    def add_question(self) -> PracticeDialog:
        dialog = PracticeDialog(self.document, self)

        def on_accepted() -> None:
            practice = dialog.accepted_value()
            payload = {"code": practice.code, "module": practice.module, "text": practice.text}
            text = self.tr("Add good-practice question")
            command = AddCatalogueItemCommand(
                self.document, "practice", practice.code, payload, text
            )
            self.document.push(command)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def _on_changed(self, records: list) -> None:
        if any(r.enterprise_id == self.enterprise_id for r in records):
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
            .replace("%2", str(len(self.combos)))
            .replace("%3", str(len(asked)))
        )
        corrections = self.document.indicators.corrections_of(self.enterprise_id)
        self.history.setRowCount(len(corrections))
        for row, c in enumerate(reversed(corrections)):
            indicator = self.document.indicators.indicator(c.indicator)
            name = indicator.name if indicator else c.indicator
            cells = (
                c.corrected_at.strftime("%Y-%m-%d %H:%M"),
                name,
                _figure(indicator, c.old_value),
                _figure(indicator, c.new_value),
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


def _figure(indicator: Indicator | None, value: float | None) -> str:
    """A corrected figure as the indicator counts ("111" people); "" for none."""
    if value is None:
        return ""
    return figure(value) if indicator is None else indicator_figure(indicator, value)

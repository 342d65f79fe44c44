"""The walk-through window: the checklist as a table, answered by keyboard or mouse.

Keys on the table: Y yes, N no, A not applicable, C not checked; H, P and B answer *no* and
make the item's hazard, project or both in one undo step. Each answer moves to the next
row, so a walk-through is typed without the mouse.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...document.checklist_commands import ChangeAnswerCommand, answer_command, slot_answer
from ...document.portfolio import PortfolioDocument
from ...domain.checklist import Answer, pick
from ...domain.errors import KnownProblemError
from ...domain.walkthrough import ChangeKind
from ..comments.review_mode import EditingControls, look_read_only
from ..tables import show_cut_text
from .answer_photos import AnswerPhotos
from .walkthrough_model import (
    ANSWER,
    ITEM,
    LAST_TIME,
    MADE,
    NOTE,
    ZONE,
    WalkthroughModel,
    answer_label,
    change_label,
)


class WalkthroughWindow(QDialog):
    """One walk-through, non-modal beside the main window."""

    def __init__(
        self, document: PortfolioDocument, walkthrough_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.language = QLocale().name()
        self.model = WalkthroughModel(document, walkthrough_id, self.language, self)
        walk, template = self.model.walkthrough, self.model.template
        visit = document.visit(walk.visit_id)
        self.setWindowTitle(
            self.tr("Walk-through: %1 (%2)")
            .replace("%1", pick(template.title, self.language))
            .replace("%2", visit.date.isoformat())
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.setColumnHidden(LAST_TIME, walk.previous_id is None)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        self.zone = QComboBox(self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("What was seen, and where"))
        self.made = QLabel(self)
        self.made.setWordWrap(True)
        self.photos = AnswerPhotos(document, self)
        self.buttons: dict[Answer, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []  # off in review mode, as the buttons
        answer_row = QHBoxLayout()
        for answer, key in (
            (Answer.YES, "Y"),
            (Answer.NO, "N"),
            (Answer.NOT_APPLICABLE, "A"),
            (Answer.NOT_CHECKED, "C"),
        ):
            button = QPushButton(f"{answer_label(answer)} ({key})", self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, a=answer: self.answer(a))
            answer_row.addWidget(button)
            self.buttons[answer] = button
            self.shortcuts.append(
                QShortcut(
                    QKeySequence(key), self.table, lambda a=answer: self.answer(a, advance=True)
                )
            )
        self.make_hazard = QPushButton(self.tr("No: make hazard (H)"), self)
        self.make_project = QPushButton(self.tr("No: make project (P)"), self)
        self.make_both = QPushButton(self.tr("No: both (B)"), self)
        # two a row: three in one made the side panel, not the table, take the width in
        # languages with long words (French at 1,366 pixels cut the questions to 25 letters)
        make_row = QGridLayout()
        for place, (button, hazard, project, key) in enumerate(
            (
                (self.make_hazard, True, False, "H"),
                (self.make_project, False, True, "P"),
                (self.make_both, True, True, "B"),
            )
        ):
            button.clicked.connect(lambda _=False, h=hazard, p=project: self.answer_no(h, p))
            self.shortcuts.append(
                QShortcut(
                    QKeySequence(key),
                    self.table,
                    lambda h=hazard, p=project: self.answer_no(h, p, advance=True),
                )
            )
            make_row.addWidget(button, *divmod(place, 2))
        side = QWidget(self)
        # answers are records: an enterprise manager in review mode reads them only
        answering = EditingControls(document, side, QVBoxLayout())
        answering.row.addLayout(answer_row)
        answering.row.addLayout(make_row)
        zone_row = EditingControls(document, side)
        zone_row.add(self.zone)
        form = QFormLayout()
        form.addRow(self.tr("Zone:"), zone_row)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Photos:"), self.photos)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.help)
        side_layout.addWidget(answering)
        side_layout.addLayout(form)
        side_layout.addWidget(self.made)
        side_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([5000, 1])  # the panel at its least width, the table gets the rest
        layout = QVBoxLayout(self)
        # a read-only line, not a label: its text changes with every answer, and a label's
        # size follows its text, so each change laid out and repainted the whole window
        # (half an answer's time at 2,000 rows; a line's size does not depend on its text)
        self.summary = QLineEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setFrame(False)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary.setStyleSheet("background: transparent;")
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._current_key: tuple | None = None
        self._zones_shown: tuple = ()
        self._showing = False
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.zone.activated.connect(self._on_zone_activated)
        document.mode_changed.connect(self._on_document_mode_changed)
        self._on_document_mode_changed()
        self.resize(1300, 720)
        self.select_row(self._next_slot_row(-1))

    def _size_columns(self) -> None:
        """Widths from the few texts the short columns can hold (zone names, answers,
        scores), not from every row: sizing to contents asked each of thousands of rows
        for its text whenever the current row or an answer changed (0.7 s a keystroke at
        2,000 rows; benchmarks/bench_checklists.py)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        samples = {
            ZONE: list(self.model.zone_names.values()),
            ANSWER: [
                *(answer_label(a) for a in Answer),
                QCoreApplication.translate("WalkthroughModel", "%1 (carried)").replace(
                    "%1", answer_label(Answer.NOT_APPLICABLE)
                ),
                self.model.score_sample(),
            ],
            # the usual moves; rarer, longer ones are cut with the whole text in a tooltip
            LAST_TIME: [
                f"{answer_label(a)} → {change_label(k)}"
                for a in (Answer.YES, Answer.NO)
                for k in (ChangeKind.IMPROVED, ChangeKind.WORSENED)
            ],
            MADE: [
                QCoreApplication.translate("WalkthroughModel", "Hazard")
                + ", "
                + QCoreApplication.translate("WalkthroughModel", "Project")
            ],  # with photos too, cut: the item's text needs the room more
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in (title, *texts)])
            self.table.setColumnWidth(
                column, min(320, max(wide.horizontalAdvance(title), width) + 24)
            )
        self.table.setColumnWidth(NOTE, 140)
        show_cut_text(self.table)

    def _on_document_mode_changed(self) -> None:
        reviewing = self.document.reviewing
        for shortcut in self.shortcuts:
            shortcut.setEnabled(not reviewing)
        self.note.setReadOnly(reviewing)
        look_read_only(self.note, reviewing)

    # Navigation -----------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, ITEM))

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _next_slot_row(self, after: int) -> int:
        for row in range(after + 1, self.model.rowCount()):
            if self.model.rows[row].slot is not None:
                return row
        return after

    def _on_table_row_changed(self, current: QModelIndex, _previous) -> None:
        if current.isValid():
            self._current_key = self.model.key(self.model.rows[current.row()])
        self._show_current()

    def _on_model_data_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        if first.row() <= self.current_row() <= last.row():
            self._show_current()
        else:
            self._show_summary()

    def _on_model_reset(self) -> None:
        row = self.model.row_of(self._current_key) if self._current_key else -1
        self.select_row(row if row >= 0 else self._next_slot_row(-1))

    # Answering ------------------------------------------------------------------------------

    def _slot(self):
        row = self.current_row()
        return self.model.rows[row].slot if 0 <= row < len(self.model.rows) else None

    def answer(self, answer: Answer, advance: bool = False) -> None:
        self._push_answer(answer, False, False, advance)

    def answer_no(self, hazard: bool, project: bool, advance: bool = False) -> None:
        self._push_answer(Answer.NO, hazard, project, advance)

    def _push_answer(self, answer: Answer, hazard: bool, project: bool, advance: bool) -> None:
        slot = self._slot()
        if slot is None:
            return
        row = self.current_row()
        try:
            command = answer_command(
                self.document,
                self.model.walkthrough,
                self.model.template,
                slot.item,
                slot.zone_id,
                answer,
                hazard,
                project,
                self.language,
            )
        except KnownProblemError as exc:
            self.document.problem_occurred.emit(str(exc))
            return
        self.document.push(command)
        if advance:
            self.select_row(self._next_slot_row(self.model.row_of(slot.key) if row >= 0 else row))

    def _on_note_text_changed(self) -> None:
        slot = self._slot()
        if slot is None or self._showing:
            return
        current = slot_answer(self.document, self.model.walkthrough, slot.item, slot.zone_id)
        text = self.note.toPlainText()
        if text != current.note:
            self.document.push(
                ChangeAnswerCommand(
                    self.document,
                    dataclasses.replace(current, note=text),
                    self.tr("Note on “%1”").replace("%1", slot.item.key),
                    merge_key=(current.id, "note"),
                )
            )

    def _on_zone_activated(self, index: int) -> None:
        slot = self._slot()
        if slot is None or slot.zone_id is not None:
            return
        current = slot_answer(self.document, self.model.walkthrough, slot.item, None)
        zone_id = self.zone.itemData(index)
        if zone_id != current.zone_id:
            self.document.push(
                ChangeAnswerCommand(self.document, dataclasses.replace(current, zone_id=zone_id))
            )

    # The side panel -------------------------------------------------------------------------

    def _show_current(self) -> None:
        self._showing = True
        try:
            self._fill_side()
        finally:
            self._showing = False
        self._show_summary()

    def _fill_side(self) -> None:
        slot = self._slot()
        enabled = slot is not None
        for widget in (*self.buttons.values(), self.note, self.zone, self.make_project):
            widget.setEnabled(enabled)
        if slot is None:
            self.heading.setText("")
            self.help.setText("")
            self.made.setText("")
            self.photos.show_slot(None, None, None)
            return
        self.photos.show_slot(self.model.walkthrough, slot.item, slot.zone_id)
        answer = self.model.answers.get(slot.key)
        given = answer.answer if answer is not None else Answer.NOT_CHECKED
        self.heading.setText(f"<b>{slot.item.key}</b> {pick(slot.item.text, self.language)}")
        self.help.setText(pick(slot.item.help, self.language))
        for value, button in self.buttons.items():
            button.setChecked(value is given)
        can_hazard = slot.item.hazard is not None
        self.make_hazard.setEnabled(can_hazard)
        self.make_both.setEnabled(can_hazard)
        note = answer.note if answer is not None else ""
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self._fill_zones(slot.zone_id)
        if slot.zone_id is not None:
            self.zone.setEnabled(False)
        else:
            chosen = answer.zone_id if answer is not None else None
            self.zone.setCurrentIndex(max(0, self.zone.findData(chosen)))
        made = []
        if answer is not None and answer.hazard_id is not None:
            hazard = self.document.hazards.get(answer.hazard_id)
            if hazard is not None:
                made.append(self.tr("Hazard: %1").replace("%1", hazard.title))
        if answer is not None and answer.project_id is not None:
            project = self.document.improvement.get(answer.project_id)
            if project is not None:
                made.append(self.tr("EIP project: %1").replace("%1", project.title))
        self.made.setText("\n".join(made))

    def _fill_zones(self, slot_zone: uuid.UUID | None) -> None:
        """The slot's own zone, or every zone for an item of the whole site; filled again
        only when that changes (refilling on every row cost a relayout of the panel)."""
        wanted = (slot_zone,) if slot_zone is not None else (None, *self.model.zone_names)
        if self._zones_shown == wanted:
            return
        self._zones_shown = wanted
        self.zone.clear()
        if slot_zone is not None:
            self.zone.addItem(self.model.zone_name(slot_zone), slot_zone)
            return
        self.zone.addItem(self.tr("(whole site)"), None)
        for zone_id, name in self.model.zone_names.items():
            self.zone.addItem(name, zone_id)

    def _show_summary(self) -> None:
        text = self._counts_text()
        if self.model.walkthrough.previous_id is not None:
            moved = [c.kind for c in self.model.changes.values()]
            shown = {r.slot.key for r in self.model.rows if r.slot is not None}
            carried = sum(1 for k, a in self.model.answers.items() if a.carried and k in shown)
            text += " · " + (
                self.tr(
                    "Since the last walk-through: %1 better, %2 worse, %3 other changes;"
                    " %4 answers carried, not checked again"
                )
                .replace("%1", str(moved.count(ChangeKind.IMPROVED)))
                .replace("%2", str(moved.count(ChangeKind.WORSENED)))
                .replace(
                    "%3",
                    str(
                        len(moved)
                        - moved.count(ChangeKind.IMPROVED)
                        - moved.count(ChangeKind.WORSENED)
                    ),
                )
                .replace("%4", str(carried))
            )
        self.summary.setText(text)

    def _counts_text(self) -> str:
        counts = {a: 0 for a in Answer}
        for score in self.model.scores.values():
            counts[Answer.YES] += score.yes
            counts[Answer.NO] += score.no
            counts[Answer.NOT_APPLICABLE] += score.not_applicable
            counts[Answer.NOT_CHECKED] += score.not_checked
        return (
            self.tr("Yes %1 · No %2 · Not applicable %3 · Not checked %4 · template version %5")
            .replace("%1", str(counts[Answer.YES]))
            .replace("%2", str(counts[Answer.NO]))
            .replace("%3", str(counts[Answer.NOT_APPLICABLE]))
            .replace("%4", str(counts[Answer.NOT_CHECKED]))
            .replace("%5", str(self.model.template.version))
        )

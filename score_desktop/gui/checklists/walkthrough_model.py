"""The rows of a walk-through: each section's title with its score, then its visible slots
(an item, once per zone where it repeats), answered in place."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...document.checklist_commands import enterprise_profile, zones_of
from ...document.portfolio import PortfolioDocument
from ...domain.checklist import Answer, ChecklistSection, ChecklistTemplate, ConditionKind, pick
from ...domain.walkthrough import (
    AnswerChange,
    ChangeKind,
    ChecklistAnswer,
    SectionScore,
    Slot,
    changes,
    section_scores,
    slots,
)

ITEM, ZONE, ANSWER, LAST_TIME, NOTE, MADE = range(6)
ANSWER_COLOURS = {Answer.YES: "#D5F5E3", Answer.NO: "#FADBD8", Answer.NOT_APPLICABLE: "#EAEDED"}
CHANGE_COLOURS = {ChangeKind.IMPROVED: "#D5F5E3", ChangeKind.WORSENED: "#FADBD8"}
CARRIED_COLOUR = "#7F8C8D"


def change_label(kind: ChangeKind) -> str:
    return {
        ChangeKind.IMPROVED: QCoreApplication.translate("checklists", "better"),
        ChangeKind.WORSENED: QCoreApplication.translate("checklists", "worse"),
        ChangeKind.NEWLY_ANSWERED: QCoreApplication.translate("checklists", "newly checked"),
        ChangeKind.NOT_RECHECKED: QCoreApplication.translate("checklists", "not checked again"),
        ChangeKind.APPLICABILITY: QCoreApplication.translate("checklists", "applicability changed"),
    }[kind]


def answer_label(answer: Answer) -> str:
    return {
        Answer.YES: QCoreApplication.translate("checklists", "Yes"),
        Answer.NO: QCoreApplication.translate("checklists", "No"),
        Answer.NOT_APPLICABLE: QCoreApplication.translate("checklists", "Not applicable"),
        Answer.NOT_CHECKED: QCoreApplication.translate("checklists", "Not checked"),
    }[answer]


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
}
_COUNTED = {
    Answer.YES: "yes",
    Answer.NO: "no",
    Answer.NOT_APPLICABLE: "not_applicable",
    Answer.NOT_CHECKED: "not_checked",
}


def _moved(score: SectionScore, before: Answer, after: Answer) -> SectionScore:
    """A section's counts with one visible slot's answer moved from `before` to `after`."""
    if before is after:
        return score
    counts = {
        before: getattr(score, _COUNTED[before]) - 1,
        after: getattr(score, _COUNTED[after]) + 1,
    }
    return dataclasses.replace(score, **{_COUNTED[a]: n for a, n in counts.items()})


@dataclass(frozen=True)
class Row:
    section: ChecklistSection
    slot: Slot | None  # None: the section's title row


class WalkthroughModel(QAbstractTableModel):
    """Follows the document's checklist book; the rows are rebuilt when an answer shows or
    hides items, otherwise only their cells change."""

    def __init__(
        self,
        document: PortfolioDocument,
        walkthrough_id: uuid.UUID,
        language: str,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.walkthrough_id = walkthrough_id
        self.language = language
        book = document.checklists
        self.walkthrough = book.walkthrough(walkthrough_id)
        self.template: ChecklistTemplate = book.template(self.walkthrough.template_id)
        self.profile = enterprise_profile(document, self.walkthrough.enterprise_id)
        self.zone_names = {
            z.id: z.label for z in zones_of(document, self.walkthrough.enterprise_id)
        }
        # the items some condition looks at: only their answers can show or hide rows
        self._depended_on = {
            c.item_key
            for item in self.template.items()
            for c in item.show_if
            if c.kind is ConditionKind.ANSWER
        }
        previous = self.walkthrough.previous_id
        # a follow-up: the walk-through it started from, answers by slot, what moved
        self.previous: dict = book.answers_by_slot(previous) if previous is not None else {}
        self.changes: dict = {}
        self.rows: list[Row] = []
        self.scores: dict[str, SectionScore] = {}
        self.answers: dict = {}
        self._row_of: dict[tuple, int] = {}
        self.answers, self.scores, self.rows = self._built()
        self._index_rows()
        self.changes = self._changes()
        book.added.connect(self._on_book_changed)
        book.changed.connect(self._on_book_changed)
        book.removed.connect(self._on_book_removed)

    # Building -------------------------------------------------------------------------------

    def _built(self) -> tuple[dict, dict[str, SectionScore], list[Row]]:
        answers = self.document.checklists.answers_by_slot(self.walkthrough_id)
        all_slots, rows = self._rows(answers)
        return answers, self._scores(all_slots, answers), rows

    def _rows(self, answers: dict) -> tuple[list[Slot], list[Row]]:
        all_slots = slots(self.template, self.walkthrough.zone_ids, answers, self.profile)
        rows: list[Row] = []
        for section in self.template.sections:
            shown = [s for s in all_slots if s.visible and s.section is section]
            if shown:
                rows.append(Row(section, None))
                rows += [Row(section, s) for s in shown]
        return all_slots, rows

    def _scores(self, all_slots: list[Slot], answers: dict) -> dict[str, SectionScore]:
        return {
            s.section_key: s
            for s in section_scores(self.template, all_slots, answers, self.language)
        }

    def _index_rows(self) -> None:
        self._row_of = {self.key(row): n for n, row in enumerate(self.rows)}

    def _on_book_removed(self, records: list) -> None:
        self._on_book_changed(records, removed=True)

    def _on_book_changed(self, records: list, removed: bool = False) -> None:
        """An answer changes its row and its section's score: only those are brought up to
        date and repainted (rebuilding every slot and repainting every row took 50-90 ms
        an answer at 2,000 rows). An answer some condition looks at may show or hide
        items: the rows are worked out again, and the model reset only if they changed."""
        mine = [r for r in records if getattr(r, "walkthrough_id", None) == self.walkthrough_id]
        if not mine:
            return
        if any(r.item_key in self._depended_on for r in mine) and self._reset_if_rows_changed():
            return
        touched: set[str] = set()
        for record in mine:
            before = self.answers.pop(record.slot, None)
            if not removed:
                self.answers[record.slot] = record
            row = self._row_of.get(record.slot)
            if row is None:  # a hidden item's answer counts as not given
                continue
            key = self.rows[row].section.key
            self.scores[key] = _moved(
                self.scores[key],
                before.answer if before is not None else Answer.NOT_CHECKED,
                Answer.NOT_CHECKED if removed else record.answer,
            )
            touched.add(key)
            self._change_moved(record.slot)
            self.dataChanged.emit(self.index(row, 0), self.index(row, MADE))
        for key in touched:
            row = self._row_of[(key,)]
            self.dataChanged.emit(self.index(row, 0), self.index(row, MADE))

    def _reset_if_rows_changed(self) -> bool:
        answers = self.document.checklists.answers_by_slot(self.walkthrough_id)
        all_slots, rows = self._rows(answers)
        if [self.key(r) for r in rows] == list(self._row_of):
            return False
        # items shown or hidden: the window puts the current row back by its key
        self.beginResetModel()
        self.answers, self.scores, self.rows = answers, self._scores(all_slots, answers), rows
        self._index_rows()
        self.changes = self._changes()
        self.endResetModel()
        return True

    def _changes(self) -> dict:
        """Slot key -> AnswerChange for the slots shown whose answer moved since the
        walk-through this one started from."""
        if self.walkthrough.previous_id is None:
            return {}
        shown = {r.slot.key for r in self.rows if r.slot is not None}
        before = [a for k, a in self.previous.items() if k in shown]
        after = [a for k, a in self.answers.items() if k in shown]
        return {c.slot: c for c in changes(before, after)}

    def _change_moved(self, key: tuple) -> None:
        """One shown slot's change since the last walk-through, after its answer moved."""
        if self.walkthrough.previous_id is None:
            return
        before = [self.previous[key]] if key in self.previous else []
        after = [self.answers[key]] if key in self.answers else []
        moved = changes(before, after)
        if moved:
            self.changes[key] = moved[0]
        else:
            self.changes.pop(key, None)

    def change_at(self, row: int) -> AnswerChange | None:
        slot = self.rows[row].slot
        return self.changes.get(slot.key) if slot is not None else None

    @staticmethod
    def key(row: Row) -> tuple:
        return (row.section.key,) if row.slot is None else row.slot.key

    # Queries --------------------------------------------------------------------------------

    def row_of(self, key: tuple) -> int:
        return self._row_of.get(key, -1)

    def answer_at(self, row: int) -> ChecklistAnswer | None:
        slot = self.rows[row].slot
        return self.answers.get(slot.key) if slot is not None else None

    def zone_name(self, zone_id: uuid.UUID | None) -> str:
        return self.zone_names.get(zone_id, "") if zone_id is not None else ""

    # Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Item"),
            self.tr("Zone"),
            self.tr("Answer"),
            self.tr("Last time"),
            self.tr("Note"),
            self.tr("Made"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a paint asks each cell for a dozen roles; answered here are only four
        if role not in _ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.slot is None:
            return self._section_data(row.section, index.column(), role)
        slot = row.slot
        answer = self.answers.get(slot.key)
        given = answer.answer if answer is not None else Answer.NOT_CHECKED
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ITEM:
                return f"{slot.item.key}  {pick(slot.item.text, self.language)}"
            if column == ZONE:
                zone = slot.zone_id if slot.zone_id is not None else (answer and answer.zone_id)
                return self.zone_name(zone or None)
            if column == ANSWER:
                if answer is not None and answer.carried:
                    return self.tr("%1 (carried)").replace("%1", answer_label(given))
                return answer_label(given)
            if column == LAST_TIME:
                return self._last_time(slot.key)
            if column == NOTE:
                return answer.note.split("\n")[0] if answer is not None else ""
            if column == MADE and answer is not None:
                made = []
                if answer.hazard_id is not None:
                    made.append(self.tr("Hazard"))
                if answer.project_id is not None:
                    made.append(self.tr("Project"))
                if answer.photo_ids:
                    made.append(self.tr("%n photo(s)", "", len(answer.photo_ids)))
                return ", ".join(made)
        carried = answer is not None and answer.carried
        if role == Qt.ItemDataRole.BackgroundRole and column == ANSWER and given in ANSWER_COLOURS:
            return QBrush(QColor(ANSWER_COLOURS[given]))
        if role == Qt.ItemDataRole.BackgroundRole and column == LAST_TIME:
            change = self.changes.get(slot.key)
            if change is not None and change.kind in CHANGE_COLOURS:
                return QBrush(QColor(CHANGE_COLOURS[change.kind]))
        if role == Qt.ItemDataRole.FontRole and column == ANSWER and carried:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == ANSWER and carried:
            return QBrush(QColor(CARRIED_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == ANSWER and carried:
            return self.tr("Carried from the last walk-through: answer again to confirm it")
        if role == Qt.ItemDataRole.ToolTipRole and column == ITEM:
            return pick(slot.item.help, self.language) or None
        return None

    def _last_time(self, key) -> str:
        """The answer on the walk-through this one started from, and how it moved."""
        if self.walkthrough.previous_id is None:
            return ""
        held = self.previous.get(key)
        given = held.answer if held is not None else Answer.NOT_CHECKED
        change = self.changes.get(key)
        if change is not None:
            return f"{answer_label(given)} → {change_label(change.kind)}"
        return answer_label(given) if given is not Answer.NOT_CHECKED else ""  # nothing to see

    def score_sample(self) -> str:
        """The widest a section's score reads, for the column's width."""
        return self._score_text(1.0, 888, 888)

    def _score_text(self, share: float, yes: int, answered: int) -> str:
        return (
            self.tr("%1% yes (%2 of %3)")
            .replace("%1", str(round(share * 100)))
            .replace("%2", str(yes))
            .replace("%3", str(answered))
        )

    def _section_data(self, section: ChecklistSection, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ITEM:
                return pick(section.title, self.language)
            if column == ANSWER:
                score = self.scores[section.key]
                if score.score is None:
                    return self.tr("No answers yet")
                return self._score_text(score.score, score.yes, score.yes + score.no)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#E8EEF4"))
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].slot is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

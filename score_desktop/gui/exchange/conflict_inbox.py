"""The conflict inbox: each change from another workspace that met a different one here,
with both values, who made each and when, and the decision (keep mine, keep theirs, or for
two texts, keep both). Nothing is decided for the user."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError
from ...domain.exchange import ConflictItem, KeyTakenError, Resolution
from ...domain.merge import EXISTS, ConflictKind
from ..history_format import field_label, kind_label
from ..history_values import has_words, name_in_change, value_text
from ..i18n import error_text

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictInboxDialog(QDialog):
    """Signals:
    settled(): a conflict was decided (the document has read the records again).
    """

    settled = Signal()

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Conflict inbox"))
        self.items: dict[str, ConflictItem] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs")]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 170)
        self.tree.currentItemChanged.connect(self._show_current)
        layout.addWidget(self.tree, 2)
        sides = QGridLayout()
        self.mine_who, self.theirs_who = QLabel(self), QLabel(self)
        self.mine_text, self.theirs_text = QPlainTextEdit(self), QPlainTextEdit(self)
        for column, (who, text) in enumerate(
            ((self.mine_who, self.mine_text), (self.theirs_who, self.theirs_text))
        ):
            who.setWordWrap(True)
            text.setReadOnly(True)
            sides.addWidget(who, 0, column)
            sides.addWidget(text, 1, column)
        layout.addLayout(sides, 1)
        choices = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"), self)
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"), self)
        self.keep_both = QPushButton(self.tr("Keep &both"), self)
        self.keep_both.setToolTip(self.tr("Two texts: mine, then theirs, as two paragraphs"))
        for button, choice in (
            (self.keep_mine, Resolution.MINE),
            (self.keep_theirs, Resolution.THEIRS),
            (self.keep_both, Resolution.BOTH),
        ):
            button.clicked.connect(lambda _=False, c=choice: self.decide(c))
            choices.addWidget(button)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_mine.setShortcut(QKeySequence("Ctrl+1"))
        self.keep_theirs.setShortcut(QKeySequence("Ctrl+2"))
        self.keep_both.setShortcut(QKeySequence("Ctrl+3"))
        self.resize(860, 560)
        self.reload()

    def reload(self) -> None:
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else 0
        self.tree.clear()
        self.items = {}
        for item in self.document.inbox.conflicts():
            self.items[str(item.id)] = item
            entry = QTreeWidgetItem(
                [
                    self._record_text(item),
                    self._field_text(item),
                    self._value(item, item.mine),
                    self._value(item, item.theirs),
                ]
            )
            entry.setData(0, ID_ROLE, str(item.id))
            entry.setToolTip(1, entry.text(1))
            self.tree.addTopLevelItem(entry)
        count = self.tree.topLevelItemCount()
        if count:  # a duplicate's field says so at length: let it be read
            wanted = self.tree.sizeHintForColumn(1) + 12
            self.tree.setColumnWidth(1, min(max(self.tree.columnWidth(1), wanted), 300))
        self.summary.setText(
            self.tr("%n change(s) from other workspaces wait for your decision.", "", count)
            if count
            else self.tr("No conflicts wait: every package received has been merged.")
        )
        if count:
            self.tree.setCurrentItem(self.tree.topLevelItem(min(max(row, 0), count - 1)))
        self._show_current()

    def current(self) -> ConflictItem | None:
        entry = self.tree.currentItem()
        return self.items.get(entry.data(0, ID_ROLE)) if entry is not None else None

    def decide(self, choice: Resolution) -> None:
        item = self.current()
        if item is None:
            return
        text = {
            Resolution.MINE: self.tr("Conflict decided: kept mine"),
            Resolution.THEIRS: self.tr("Conflict decided: kept theirs"),
            Resolution.BOTH: self.tr("Conflict decided: kept both"),
        }[choice]
        try:
            self.document.inbox.resolve(item.id, choice, text)
        except KeyTakenError as exc:
            self.problem.setText(self._key_taken(exc))
            return
        except KnownProblemError as exc:
            self.problem.setText(error_text(exc))
            return
        self.problem.clear()
        self.document.records_arrived()
        self.reload()
        self.settled.emit()

    def _show_current(self, *_args) -> None:
        item = self.current()
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            button.setEnabled(item is not None)
        if item is None:
            for widget in (self.mine_who, self.theirs_who):
                widget.clear()
            self.mine_text.clear()
            self.theirs_text.clear()
            return
        self.keep_both.setEnabled(item.can_keep_both)
        self.mine_who.setText(self._who(self.tr("Mine"), item.my_author, item.my_at))
        self.theirs_who.setText(self._who(self.tr("Theirs"), item.their_author, item.their_at))
        self.mine_text.setPlainText(self._full(item, item.mine))
        theirs = self._full(item, item.theirs)
        if item.kind == ConflictKind.KEY_TAKEN.value and item.holder_id is not None:
            theirs += "\n\n" + self.tr(
                "Here %1 already has this value, and there can only be one. Keep mine, or "
                "delete or change that one first and then keep theirs."
            ).replace("%1", self._record_label(item.record_kind, item.holder_id))
        self.theirs_text.setPlainText(theirs)

    def _key_taken(self, error: KeyTakenError) -> str:
        key = "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in error.key.items())
        return (
            self.tr(
                "Not done: there is already another %1 for %2, and there can only be one. "
                "Choose the other side, or delete that one first."
            )
            .replace("%1", kind_label(error.record_kind))
            .replace("%2", key)
        )

    def _who(self, side: str, author: str, at: str) -> str:
        when = at[:16].replace("T", " ") if at else ""
        detail = ", ".join(p for p in (author, when) if p)
        return f"<b>{side}</b>" + (f" — {detail}" if detail else "")

    def _record_text(self, item: ConflictItem) -> str:
        return self._record_label(item.record_kind, item.record_id)

    def _record_label(self, record_kind: str, record_id: uuid.UUID) -> str:
        name = ""
        history = self.document.history
        if history is not None:
            changes = history.record_history(record_id)
            for change in reversed(changes):
                name = name_in_change(change)
                if name:
                    break
        label = kind_label(record_kind)
        return f"{label} “{name}”" if name else label

    def _field_text(self, item: ConflictItem) -> str:
        if item.kind == ConflictKind.DUPLICATE.value:  # one entry made as two records
            return self.tr("%1 (entered in both workspaces)").replace("%1", field_label(item.key))
        if item.kind == ConflictKind.KEY_TAKEN.value:  # their key is another record's here
            if item.holder_id is None:  # it went since: keeping theirs would go through
                return self.tr("%1 (was used here by another record)").replace(
                    "%1", field_label(item.key)
                )
            holder = self._record_label(item.record_kind, item.holder_id)
            return (
                self.tr("%1 (already used here by %2)")
                .replace("%1", field_label(item.key))
                .replace("%2", holder)
            )
        if item.key != EXISTS:
            return field_label(item.key)
        return {
            "deleted_there": self.tr("Deleted there, changed here"),
            "deleted_here": self.tr("Deleted here, changed there"),
        }.get(item.kind, self.tr("Deleted and restored"))

    def _value(self, item: ConflictItem, value: object) -> str:
        if item.key == EXISTS:
            return self.tr("(deleted)") if value is None else self.tr("(kept, with changes)")
        return value_text(value, item.record_kind, item.key)

    def _full(self, item: ConflictItem, value: object) -> str:
        kind = item.record_kind
        if item.key == EXISTS:
            if value is None:
                return self.tr("Deleted.")
            assert isinstance(value, dict)
            return "\n".join(
                f"{field_label(k)}: {value_text(v, kind, k)}" for k, v in sorted(value.items())
            )
        if isinstance(value, str) and not has_words(value, kind, item.key):
            return value  # a text in full, not cut to a line
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # every digit: two sides may differ in the fifth decimal
        return value_text(value, kind, item.key)

"""Undoable edits of indicator entries: a typed cell, a pasted block, a corrected baseline."""

import uuid
from collections.abc import Sequence

from ..domain.indicators import BaselineCorrection, Entry, PracticeAnswer
from .commands import CompositeCommand, DocumentCommand, ReplaceRecordsCommand
from .portfolio import PortfolioDocument


class SetEntriesCommand(ReplaceRecordsCommand):
    """Write entries (replacing any with the same key) and clear others, as one step."""

    def __init__(
        self,
        document: PortfolioDocument,
        enterprise_id: uuid.UUID,
        entries: list[Entry],
        text: str,
        clear: Sequence[tuple] = (),
    ):
        book = document.indicators
        new = book.with_kept_ids(list(entries))
        keys = {e.key() for e in new} | {tuple(k) for k in clear}
        old = [e for e in (book.entry(*key) for key in keys) if e is not None]
        super().__init__(document, book, old, new, text)
        self.enterprise_id = enterprise_id


class CorrectBaselineCommand(CompositeCommand):
    """A baseline changed after it was set: the new value and the reason are both kept."""

    def __init__(
        self, document, enterprise_id, entries, corrections: list[BaselineCorrection], text
    ):
        super().__init__(
            document,
            text,
            [
                SetEntriesCommand(document, enterprise_id, entries, text),
                ReplaceRecordsCommand(document, document.indicators, [], list(corrections), text),
            ],
        )


class SetAnswersCommand(ReplaceRecordsCommand):
    """Answers to good-practice questions; a question answered for the first time is a new
    record, and undo removes it again (not asked yet)."""

    def __init__(self, document, enterprise_id, answers: list[PracticeAnswer], text: str):
        book = document.indicators
        current = book.answers_of(enterprise_id)
        old = [current[a.practice] for a in answers if a.practice in current]
        super().__init__(document, book, old, book.with_kept_answer_ids(list(answers)), text)
        self.enterprise_id = enterprise_id


class AddCatalogueItemCommand(DocumentCommand):
    """A programme's own indicator or good-practice question (undo removes it again)."""

    def __init__(self, document, kind: str, code: str, payload: dict, text: str):
        super().__init__(document, text)
        self.kind, self.code, self.payload = kind, code, payload

    def apply(self) -> None:
        self.document.indicators.add_catalogue_item(self.kind, self.code, self.payload)

    def revert(self) -> None:
        self.document.indicators.remove_catalogue_item(self.kind, self.code)

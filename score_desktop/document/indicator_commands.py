"""Undoable edits of indicator entries: a typed cell, a pasted block, a corrected baseline."""

import uuid
from collections.abc import Sequence

from ..domain.indicators import BaselineCorrection, Entry, PracticeAnswer
from .commands import DocumentCommand
from .portfolio import PortfolioDocument


class SetEntriesCommand(DocumentCommand):
    """Write entries (replacing any with the same key) and clear others, as one step."""

    def __init__(
        self,
        document: PortfolioDocument,
        enterprise_id: uuid.UUID,
        entries: list[Entry],
        text: str,
        clear: Sequence[tuple] = (),
    ):
        super().__init__(document, text)
        self.enterprise_id = enterprise_id
        self.new = list(entries)
        self.clear = [tuple(k) for k in clear]
        book = document.indicators
        keys = {e.key() for e in self.new} | set(self.clear)
        self.old = [e for e in (book.entry(*key) for key in keys) if e is not None]
        self.keys = sorted(keys, key=str)

    def apply(self) -> None:
        self.document.indicators.replace(self.enterprise_id, self.keys, self.new)

    def revert(self) -> None:
        self.document.indicators.replace(self.enterprise_id, self.keys, self.old)


class CorrectBaselineCommand(SetEntriesCommand):
    """A baseline changed after it was set: the new value and the reason are both kept."""

    def __init__(
        self, document, enterprise_id, entries, corrections: list[BaselineCorrection], text
    ):
        super().__init__(document, enterprise_id, entries, text)
        self.corrections = list(corrections)

    def apply(self) -> None:
        super().apply()
        for correction in self.corrections:
            self.document.indicators.add_correction(correction)

    def revert(self) -> None:
        for correction in self.corrections:
            self.document.indicators.remove_correction(correction)
        super().revert()


class SetAnswersCommand(DocumentCommand):
    def __init__(self, document, enterprise_id, answers: list[PracticeAnswer], text: str):
        super().__init__(document, text)
        self.enterprise_id = enterprise_id
        self.new = list(answers)
        current = document.indicators.answers_of(enterprise_id)
        self.old = [current[a.practice] for a in answers if a.practice in current]
        self.unset = [
            PracticeAnswer(enterprise_id, a.practice, None)
            for a in answers
            if a.practice not in current
        ]

    def apply(self) -> None:
        self.document.indicators.put_answers(self.enterprise_id, self.new)

    def revert(self) -> None:
        self.document.indicators.put_answers(self.enterprise_id, self.old + self.unset)


class AddCatalogueItemCommand(DocumentCommand):
    """A programme's own indicator or good-practice question (undo removes it again)."""

    def __init__(self, document, kind: str, code: str, payload: dict, text: str):
        super().__init__(document, text)
        self.kind, self.code, self.payload = kind, code, payload

    def apply(self) -> None:
        self.document.indicators.add_catalogue_item(self.kind, self.code, self.payload)

    def revert(self) -> None:
        self.document.indicators.remove_catalogue_item(self.kind, self.code)

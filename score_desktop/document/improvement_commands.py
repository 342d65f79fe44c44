"""Undoable edits of EIT and EIP records (one record type per command)."""

import uuid

from .commands import DocumentCommand, MergingCommand
from .portfolio import PortfolioDocument


class AddRecordsCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, records: list, text: str):
        super().__init__(document, text)
        self.records = list(records)

    def apply(self) -> None:
        for record in self.records:
            validate = getattr(record, "validate", None)
            if validate is not None:
                validate()
        self.document.improvement.insert(self.records)

    def revert(self) -> None:
        self.document.improvement.remove(type(self.records[0]), [r.id for r in self.records])


class UpdateRecordsCommand(MergingCommand):
    """Typing in a field (with a merge key) is one step."""

    ID = 5001

    def __init__(self, document: PortfolioDocument, records: list, text: str, merge_key=None):
        super().__init__(document, text, merge_key)
        book = document.improvement
        self.old = [book.record(type(r), r.id) for r in records]
        self.new = list(records)

    def apply(self) -> None:
        for record in self.new:
            validate = getattr(record, "validate", None)
            if validate is not None:
                validate()
        self.document.improvement.replace(self.new)

    def revert(self) -> None:
        self.document.improvement.replace(self.old)


class RemoveRecordsCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, cls: type, ids: list[uuid.UUID], text: str):
        super().__init__(document, text)
        self.cls = cls
        self.ids = list(ids)
        self._removed: list = []

    def apply(self) -> None:
        self._removed = self.document.improvement.remove(self.cls, self.ids)

    def revert(self) -> None:
        self.document.improvement.insert(self._removed)

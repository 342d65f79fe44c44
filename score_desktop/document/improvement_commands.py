"""Undoable edits of EIT and EIP records (one record type per command)."""

import uuid

from .commands import ReplaceRecordsCommand
from .portfolio import PortfolioDocument


def _validate(records: list) -> None:
    for record in records:
        validate = getattr(record, "validate", None)
        if validate is not None:
            validate()


class AddRecordsCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, records: list, text: str):
        super().__init__(document, document.improvement, [], records, text, check=_validate)


class UpdateRecordsCommand(ReplaceRecordsCommand):
    """Typing in a field (with a merge key) is one step."""

    ID = 5001

    def __init__(self, document: PortfolioDocument, records: list, text: str, merge_key=None):
        before = [document.improvement.record(r.id) for r in records]
        super().__init__(
            document, document.improvement, before, records, text, merge_key, _validate
        )


class RemoveRecordsCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, ids: list[uuid.UUID], text: str):
        before = [document.improvement.record(i) for i in ids]
        super().__init__(document, document.improvement, before, [], text)

"""IndicatorBook: an enterprise's indicator entries, baseline corrections and good-practice
answers, loaded when first asked for (a programme office may hold a million entries)."""

import dataclasses
import datetime as dt
import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.indicators import (
    BaselineCorrection,
    Entry,
    EntryKind,
    GoodPractice,
    Indicator,
    PracticeAnswer,
    from_records,
)
from ..domain.ports import IndicatorRepository
from ..domain.read_model import indicator_catalogue, practice_catalogue


class IndicatorBook(QObject):
    """Signals:
    entries_changed(object): an enterprise id whose entries, corrections or answers changed.
    catalogue_changed(): an indicator or a good-practice question was added or removed.
    """

    entries_changed = Signal(object)
    catalogue_changed = Signal()

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: IndicatorRepository | None = None
        self._entries: dict[uuid.UUID, dict[tuple, Entry]] = {}
        self._custom: list[tuple[str, dict]] = []

    def attach(self, repository: IndicatorRepository) -> None:
        self.repository = repository
        self._entries.clear()
        self._custom = repository.list_catalogue()

    # The catalogue: defaults and what the programme added ---------------------------------

    def indicators(self) -> list[Indicator]:
        return indicator_catalogue(self._custom)

    def custom_catalogue(self) -> list[tuple[str, dict]]:
        """What the programme added to the default catalogue."""
        return list(self._custom)

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators() if i.code == code), None)

    def practices(self) -> list[GoodPractice]:
        return practice_catalogue(self._custom)

    def add_catalogue_item(self, kind: str, code: str, payload: dict) -> None:
        cast(IndicatorRepository, self.repository).add_catalogue_item(kind, code, payload)
        self._custom.append((kind, payload))
        self.catalogue_changed.emit()

    def remove_catalogue_item(self, kind: str, code: str) -> None:
        cast(IndicatorRepository, self.repository).delete_catalogue_item(kind, code)
        self._custom = [(k, p) for k, p in self._custom if (k, p["code"]) != (kind, code)]
        self.catalogue_changed.emit()

    def _loaded(self, enterprise_id: uuid.UUID) -> dict[tuple, Entry]:
        if enterprise_id not in self._entries:
            entries = cast(IndicatorRepository, self.repository).list_entries(enterprise_id)
            self._entries[enterprise_id] = {e.key(): e for e in entries}
        return self._entries[enterprise_id]

    def entries_of(self, enterprise_id: uuid.UUID) -> list[Entry]:
        return list(self._loaded(enterprise_id).values())

    def entry(self, enterprise_id, indicator, kind, month, sex="all") -> Entry | None:
        key = (enterprise_id, indicator, EntryKind(kind), month, sex)
        return self._loaded(enterprise_id).get(key)

    def value(self, enterprise_id, indicator, kind, month, sex="all") -> float | None:
        found = self.entry(enterprise_id, indicator, kind, month, sex)
        return found.value if found is not None else None

    def from_records(self, enterprise_id: uuid.UUID, code: str, month: dt.date) -> float:
        book = self.document.improvement
        return from_records(
            code,
            month,
            book.meetings_of(enterprise_id),
            book.suggestions_of(enterprise_id),
            book.projects_of(enterprise_id),
        )

    def portfolio_means(self, indicator: str, first, last, enterprise_ids) -> dict:
        """Monthly mean over enterprises (from the database: all of them are not loaded)."""
        return cast(IndicatorRepository, self.repository).monthly_means(
            indicator, first, last, enterprise_ids
        )

    def portfolio_baselines(self, indicator: str, enterprise_ids) -> dict:
        return cast(IndicatorRepository, self.repository).baselines(indicator, enterprise_ids)

    def corrections_of(self, enterprise_id: uuid.UUID) -> list[BaselineCorrection]:
        return cast(IndicatorRepository, self.repository).list_corrections(enterprise_id)

    def answers_of(self, enterprise_id: uuid.UUID) -> dict[str, PracticeAnswer]:
        return {
            a.practice: a
            for a in cast(IndicatorRepository, self.repository).list_answers(enterprise_id)
        }

    # Mutators for commands -----------------------------------------------------------------

    def everything_of(self, enterprise_id: uuid.UUID) -> tuple:
        return (
            self.entries_of(enterprise_id),
            self.corrections_of(enterprise_id),
            list(self.answers_of(enterprise_id).values()),
        )

    def refresh(self) -> None:
        """Read the entries of the enterprises shown again (the database changed behind
        the document's back: a restore from the history)."""
        shown = list(self._entries)
        self._entries.clear()
        for enterprise_id in shown:
            self.entries_changed.emit(enterprise_id)

    def forget(self, enterprise_id: uuid.UUID) -> None:
        self._entries.pop(enterprise_id, None)

    def restore(self, enterprise_id: uuid.UUID, everything: tuple) -> None:
        entries, corrections, answers = everything
        if entries:
            cast(IndicatorRepository, self.repository).replace_entries([], entries)
        for correction in corrections:
            cast(IndicatorRepository, self.repository).add_correction(correction)
        if answers:
            cast(IndicatorRepository, self.repository).put_answers(answers)
        self._entries.pop(enterprise_id, None)
        self.entries_changed.emit(enterprise_id)

    def replace(self, enterprise_id: uuid.UUID, remove: list[tuple], add: list[Entry]) -> None:
        known = self._loaded(enterprise_id)
        # a value written where one exists is a change of that record: it keeps its id, as
        # the database's row does, so the cell's history is one record's
        add = [dataclasses.replace(e, id=known[e.key()].id) if e.key() in known else e for e in add]
        cast(IndicatorRepository, self.repository).replace_entries(remove, add)
        entries = self._loaded(enterprise_id)
        for key in remove:
            entries.pop(tuple(key), None)
        entries.update((e.key(), e) for e in add)
        self.entries_changed.emit(enterprise_id)

    def add_correction(self, correction: BaselineCorrection) -> None:
        cast(IndicatorRepository, self.repository).add_correction(correction)
        self.entries_changed.emit(correction.enterprise_id)

    def remove_correction(self, correction: BaselineCorrection) -> None:
        cast(IndicatorRepository, self.repository).delete_correction(correction.id)
        self.entries_changed.emit(correction.enterprise_id)

    def put_answers(self, enterprise_id: uuid.UUID, answers: list[PracticeAnswer]) -> None:
        cast(IndicatorRepository, self.repository).put_answers(answers)
        self.entries_changed.emit(enterprise_id)

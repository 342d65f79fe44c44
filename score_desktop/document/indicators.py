"""IndicatorBook: an enterprise's indicator entries, baseline corrections and good-practice
answers, loaded when first asked for (a programme office may hold a million entries)."""

import dataclasses
import datetime as dt
import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.errors import ValidationError
from ..domain.indicators import (
    BaselineCorrection,
    Entry,
    EntryKind,
    GoodPractice,
    Indicator,
    PracticeAnswer,
    from_records,
)
from ..domain.messages import N_
from ..domain.ports import IndicatorRepository
from ..domain.read_model import indicator_catalogue, practice_catalogue
from .record_set import RecordSet, RecordStore, by_attribute, each


def _kind_and_enterprise(record) -> tuple[type, uuid.UUID]:
    return (type(record), record.enterprise_id)


def _key(record) -> tuple | None:
    """Entries are unique by their key, answers by their question: what a cell shows."""
    if isinstance(record, Entry):
        return record.key()
    if isinstance(record, PracticeAnswer):
        return (record.enterprise_id, "practice", record.practice)
    return None


class IndicatorBook(RecordSet):
    """The indicator entries, baseline corrections and good-practice answers (a RecordSet of
    the three types), loaded per enterprise when first asked for: a programme office may hold
    a million entries. Every list a signal carries holds records of one type.

    Signals besides RecordSet's:
        catalogue_changed(): an indicator or a good-practice question was added or removed.
    """

    catalogue_changed = Signal()

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(
            {
                "enterprise": by_attribute("enterprise_id"),
                "owner": _kind_and_enterprise,
                "key": _key,
            },
            parent,
            by_enterprise=True,
        )
        self.enterprise_of.update(owner=_second, key=_first)
        self.document = document
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: IndicatorRepository | None = None
        self._custom: list[tuple[str, dict]] = []

    def attach(self, repository: IndicatorRepository) -> None:
        self.repository = repository
        self._custom = repository.list_catalogue()
        self.load(
            RecordStore(
                lambda: [],  # read by enterprise (read_scope) only
                lambda records: _writer(repository, records).add(records),
                lambda records: _writer(repository, records).update(records),
                lambda records: _writer(repository, records).delete(records),
                read_scope=self._read,
            )
        )

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

    def _read(self, enterprise_id: uuid.UUID) -> list:
        repository = cast(IndicatorRepository, self.repository)
        return [
            *repository.list_entries(enterprise_id),
            *repository.list_corrections(enterprise_id),
            *repository.list_answers(enterprise_id),
        ]

    def _of(self, cls: type, enterprise_id: uuid.UUID) -> list:
        return self.group("owner", (cls, enterprise_id))

    def entries_of(self, enterprise_id: uuid.UUID) -> list[Entry]:
        return self._of(Entry, enterprise_id)

    def entry(self, enterprise_id, indicator, kind, month, sex="all") -> Entry | None:
        found = self.group("key", (enterprise_id, indicator, EntryKind(kind), month, sex))
        return found[0] if found else None

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
        return sorted(self._of(BaselineCorrection, enterprise_id), key=lambda c: c.corrected_at)

    def answers_of(self, enterprise_id: uuid.UUID) -> dict[str, PracticeAnswer]:
        return {a.practice: a for a in self._of(PracticeAnswer, enterprise_id)}

    def everything_of(self, enterprise_id: uuid.UUID) -> list[list]:
        """An enterprise's records, one list per type."""
        groups = [self._of(cls, enterprise_id) for cls in RECORD_TYPES]
        return [group for group in groups if group]

    def with_kept_ids(self, entries: list[Entry]) -> list[Entry]:
        """A value written where one exists is a change of that record: it keeps its id, as
        the database's row does, so the cell's history is one record's."""
        kept = []
        for entry in entries:
            known = self.entry(*entry.key())
            kept.append(dataclasses.replace(entry, id=known.id) if known is not None else entry)
        return kept

    def with_kept_answer_ids(self, answers: list[PracticeAnswer]) -> list[PracticeAnswer]:
        kept = []
        for answer in answers:
            known = self.answers_of(answer.enterprise_id).get(answer.practice)
            kept.append(dataclasses.replace(answer, id=known.id) if known is not None else answer)
        return kept


RECORD_TYPES = (Entry, BaselineCorrection, PracticeAnswer)


def _first(key: tuple):
    return key[0]


def _second(key: tuple):
    return key[1]


class _TypeWriter:
    def __init__(self, add, update, delete):
        self.add, self.update, self.delete = add, update, delete


def _writer(repository: IndicatorRepository, records: list) -> _TypeWriter:
    """The repository's writes for the type of these records (one type per list)."""
    first = records[0]
    if isinstance(first, Entry):
        return _TypeWriter(
            lambda entries: repository.replace_entries([], entries),
            lambda entries: repository.replace_entries([], entries),
            lambda entries: repository.replace_entries([e.key() for e in entries], []),
        )
    if isinstance(first, BaselineCorrection):
        return _TypeWriter(
            each(repository.add_correction),
            _corrections_are_kept,
            each(lambda c: repository.delete_correction(c.id)),
        )
    return _TypeWriter(
        repository.put_answers,
        repository.put_answers,
        lambda answers: repository.delete_answers([a.id for a in answers]),
    )


def _corrections_are_kept(_corrections: list) -> None:
    raise ValidationError(
        {"correction": N_("A baseline correction is kept as it was made; correct again instead.")}
    )

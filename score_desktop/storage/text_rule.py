"""The domain's text rule (`domain/text.py`) where every write passes: a session's flush.

A new row's text and JSON columns, and the changed ones of a row written again, are checked
before anything is written; a value the rule refuses stops the whole transaction with a
ValidationError naming the column (the record's field). Unchanged old values are not looked
at, so text stored before the rule never blocks an edit of another field.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import JSON, String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from ..domain import text
from ..domain.errors import ValidationError


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _before_flush)


_COLUMNS: dict[type, tuple[str, ...]] = {}


def text_columns(row_class: type) -> tuple[str, ...]:
    """The keys of `row_class`'s columns that hold text (String, Text) or JSON."""
    found = _COLUMNS.get(row_class)
    if found is None:
        table = getattr(row_class, "__table__", None)
        columns = table.columns if table is not None else ()
        found = tuple(c.key for c in columns if isinstance(c.type, String | JSON))
        _COLUMNS[row_class] = found
    return found


def check_text(row_class: type, values: dict[str, object]) -> None:
    """The rule for a row written without the session (a bulk insert)."""
    _check([(key, values.get(key)) for key in text_columns(row_class) if key in values])


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in session.new:
        values = vars(obj)
        _check([(key, values.get(key)) for key in text_columns(type(obj))])
    for obj in session.dirty:
        state = inspect(obj)
        before, values = state.committed_state, state.dict  # before: the attributes set
        _check(
            [
                (key, values.get(key))
                for key in text_columns(type(obj))
                if key in before and before[key] != values.get(key)
            ]
        )


def _check(values: Iterable[tuple[str, object]]) -> None:
    found = text.problems(values)
    if found:
        raise ValidationError(found)

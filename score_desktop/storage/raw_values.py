"""Decoding raw column values for bulk reads.

Reading ten thousand rows through SQLAlchemy's column types spends more time in the UUID and
JSON result processors than in the query. Bulk reads select those columns coerced to plain
strings (`raw`) and decode them here, accepting what any driver returns: SQLite gives text,
PostgreSQL's driver gives UUID objects and parsed JSON already.
"""

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import Label, String, type_coerce
from sqlalchemy.orm import QueryableAttribute

T = TypeVar("T")

_DECODE_JSON = json.JSONDecoder().raw_decode  # no surrounding-whitespace pass, as stored


def raw(column: QueryableAttribute[Any]) -> Label[str]:
    """The column as its stored text, without the type's result processing."""
    return type_coerce(column, String).label(column.key)


def _uuid_from_int() -> Callable[[int], uuid.UUID]:
    """UUID(int=n) runs its checks of every argument form in Python, twice the cost of
    setting the two slots of a UUID, which is all it does for an int it accepts."""
    if getattr(uuid.UUID, "__slots__", None) != ("int", "is_safe", "__weakref__"):
        return lambda number: uuid.UUID(int=number)  # another Python's UUID: use its checks
    new, set_slot, unknown = object.__new__, object.__setattr__, uuid.SafeUUID.unknown

    def from_int(number: int) -> uuid.UUID:
        if not 0 <= number < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        made = new(uuid.UUID)
        set_slot(made, "int", number)
        set_slot(made, "is_safe", unknown)
        return made

    return from_int


uuid_from_int = _uuid_from_int()


def uuid_of(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if len(value) == 32:
        return uuid_from_int(int(value, 16))
    return uuid.UUID(value)


def hex_of(value: uuid.UUID | str) -> str:
    """An id as any driver gives it (SQLite's text, PostgreSQL's UUID), as UUID.hex:
    comparing tens of thousands of ids so makes no UUID of each."""
    return value.hex if isinstance(value, uuid.UUID) else value.replace("-", "")


def json_of(value: object) -> Any:
    if isinstance(value, str):
        return _DECODE_JSON(value.strip())[0]
    return value


def json_list_of(values: list[Any]) -> list[Any]:
    """`json_of` of each value. Stored texts are decoded in one call, as one JSON array: ten
    thousand calls into the decoder cost more than the decoding."""
    if all(isinstance(value, str) for value in values):
        return _DECODE_JSON(f"[{','.join(values)}]")[0] if values else []
    return [json_of(value) for value in values]


def date_of(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


class Decoded(Generic[T]):
    """`decode` of stored JSON texts, each distinct text decoded once: ratings, control
    lists and the like repeat from row to row. A value a driver hands already decoded
    (PostgreSQL's JSON) is decoded each time."""

    def __init__(self, decode: Callable[[Any], T]):
        self.decode = decode
        self.seen: dict[str, T] = {}

    def __call__(self, value: Any) -> T:
        if not isinstance(value, str):
            return self.decode(value)
        found = self.seen.get(value)
        if found is None:
            found = self.seen[value] = self.decode(value)
        return found

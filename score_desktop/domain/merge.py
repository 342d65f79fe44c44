"""Three-way merge of one record, field by field, from two change histories.

Exchange packages and office sync both come here: each side brings a record's current values
and every change-log entry it holds for it. A field's *origin* is the change that set the
value it has now; a side has *seen* a change when that change is in its history. Then, for
each field:

- their origin seen here: ours is as new or newer, keep it;
- our origin seen there: theirs is newer, take it;
- neither: the two changed the field independently. Equal values agree; different values are
  a conflict, held for a person to decide, never decided here.

A record's existence is one more key (`EXISTS`), touched by inserts, deletes and restores.
Deleted on one side and edited (unseen) on the other is a conflict too.

Wall-clock times play no part: laptop clocks in factories are wrong. Change ids are UUIDs
that travel with the change, so the same change is recognised in every workspace.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

EXISTS = "~exists"
EXISTENCE_OPERATIONS = frozenset(("insert", "baseline", "restore", "delete"))
# operations whose listed fields are values set by the change (a delete lists the values it
# removed, a restore the values it put back: neither sets a field)
SETTING_OPERATIONS = frozenset(("insert", "baseline", "update"))


@dataclass(frozen=True)
class Entry:
    """One change-log entry as it travels between workspaces.

    `keys` are what the entry carries here: the fields it set and EXISTS for an insert,
    delete or restore. A workspace may hold only part of an entry (the fields it has
    accepted so far), so the keys are stored, not derived. `shadowed` lists the keys whose
    value this entry does not give any more although it came later here (an older change
    received after a newer one was kept).
    """

    change_id: uuid.UUID
    record_kind: str
    record_id: uuid.UUID
    operation: str
    fields: Mapping[str, Sequence[Any]]  # name: (before, after), as stored
    keys: frozenset[str]
    revision: int = 1
    at: str = ""  # ISO time, shown to people only
    author_id: uuid.UUID | None = None
    device_id: uuid.UUID | None = None
    change_set: uuid.UUID | None = None
    action: str = ""
    enterprise_id: uuid.UUID | None = None
    shadowed: frozenset[str] = frozenset()

    def part(self, keys: Iterable[str], shadowed: Iterable[str] = ()) -> Entry:
        """The same change restricted to `keys` (only their fields kept)."""
        chosen = frozenset(keys)
        # a delete or restore lists values it does not set (what a restore puts back): kept
        setting = self.operation in SETTING_OPERATIONS
        return replace(
            self,
            keys=chosen,
            fields={k: v for k, v in self.fields.items() if k in chosen or not setting},
            shadowed=frozenset(shadowed) & chosen | (self.shadowed & chosen),
        )


def keys_of(operation: str, fields: Iterable[str]) -> frozenset[str]:
    """The keys a whole entry touches."""
    keys = set(fields) if operation in SETTING_OPERATIONS else set()
    if operation in EXISTENCE_OPERATIONS:
        keys.add(EXISTS)
    return frozenset(keys)


@dataclass
class History:
    """What one side knows of one record: every (change, key) seen, and each key's origin."""

    seen: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    origin: dict[str, uuid.UUID] = field(default_factory=dict)
    change_ids: set[uuid.UUID] = field(default_factory=set)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> History:
        """Entries in the order the side recorded them."""
        history = cls()
        for entry in entries:
            history.change_ids.add(entry.change_id)
            for key in entry.keys:
                history.seen.setdefault(key, set()).add(entry.change_id)
                if key not in entry.shadowed:
                    history.origin[key] = entry.change_id
        return history

    def has_seen(self, key: str, change_id: uuid.UUID | None) -> bool:
        return change_id is not None and change_id in self.seen.get(key, ())

    def has_part(self, entry: Entry, key: str) -> bool:
        return entry.change_id in self.seen.get(key, ())


@dataclass(frozen=True)
class Side:
    """One side's record: its values (None when deleted or never held) and its entries."""

    values: Mapping[str, Any] | None
    entries: Sequence[Entry]


class ConflictKind(enum.Enum):
    FIELD = "field"  # the same field changed differently on both sides
    DELETED_THERE = "deleted_there"  # deleted on their side, changed on ours
    DELETED_HERE = "deleted_here"  # deleted on ours, changed on theirs
    EXISTENCE = "existence"  # deleted and restored independently
    # one entry made on both sides as two records (the same natural key, e.g. an indicator's
    # month): one record is kept, and where their values differ a person decides each field
    DUPLICATE = "duplicate"
    # their change of a key field (a practice, a month) onto a key another live record holds
    # here: the change waits, the rest of the merge lands
    KEY_TAKEN = "key_taken"


@dataclass(frozen=True)
class Conflict:
    """A decision for a person: `held` are their entries (parts) kept out of our history
    until then, so nobody's change is marked seen before it was decided."""

    kind: ConflictKind
    record_kind: str
    record_id: uuid.UUID
    key: str  # the field, or EXISTS
    mine: Any
    theirs: Any
    held: tuple[Entry, ...]
    my_change: Entry | None = None
    their_change: Entry | None = None


class Outcome(enum.Enum):
    UNCHANGED = "unchanged"
    ADDED = "added"
    MERGED = "merged"
    DELETED = "deleted"
    RESTORED = "restored"


@dataclass
class RecordMerge:
    """What to do to our side: the values to write (None: delete the record), the entries
    (parts) to append to our history, and the conflicts left for a person."""

    record_kind: str
    record_id: uuid.UUID
    outcome: Outcome = Outcome.UNCHANGED
    values: dict[str, Any] | None = None
    taken: dict[str, Any] = field(default_factory=dict)
    append: list[Entry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def merge_record(
    record_kind: str, record_id: uuid.UUID, mine: Side | None, theirs: Side
) -> RecordMerge:
    """Merge their record into ours. `mine` None: we never held it."""
    result = RecordMerge(record_kind, record_id)
    ours = History.of(mine.entries if mine else ())
    their = History.of(theirs.entries)
    my_values = dict(mine.values) if mine and mine.values is not None else None
    their_values = dict(theirs.values) if theirs.values is not None else None
    unseen = [e for e in theirs.entries if not e.keys <= _seen_keys(ours, e)]
    if not unseen:  # we have seen every change they hold: nothing to take
        result.values = my_values
        return result

    held_keys: set[str] = set()
    shadow_keys: set[str] = set()
    existence = _existence(ours, their, my_values, their_values, mine, theirs)
    if existence == "conflict":
        kind = _existence_conflict_kind(my_values, their_values)
        result.conflicts.append(
            Conflict(
                kind,
                record_kind,
                record_id,
                EXISTS,
                my_values,
                their_values,
                tuple(_parts(unseen, ours, None)),
                _last_touching(mine.entries if mine else (), None),
                _last_touching(theirs.entries, None),
            )
        )
        result.values = my_values
        return result
    if existence == "theirs":
        result.values = their_values
        result.append = _parts(unseen, ours, None)
        if their_values is None:
            result.outcome = Outcome.DELETED if my_values is not None else Outcome.UNCHANGED
            return result
        if my_values is None:
            result.outcome = Outcome.ADDED if mine is None else Outcome.RESTORED
            result.taken = dict(their_values)
            return result
    if existence == "mine":
        # our existence state is the newer: keep it; their changes become seen, their
        # values not being ours to take
        result.values = my_values
        result.append = _parts(unseen, ours, None, shadow=_all_keys(unseen))
        return result
    assert my_values is not None and their_values is not None

    values = dict(my_values)
    for key in sorted(set(their_values) | set(their.origin) - {EXISTS}):
        if key == EXISTS or key not in their_values:
            continue
        their_origin = their.origin.get(key)
        my_origin = ours.origin.get(key)
        if their_origin is None or their_origin == my_origin or ours.has_seen(key, their_origin):
            shadow_keys.add(key)
            continue
        if my_origin is None or their.has_seen(key, my_origin):
            if values.get(key) != their_values[key]:
                values[key] = their_values[key]
                result.taken[key] = their_values[key]
            continue
        if values.get(key) == their_values[key]:
            continue  # changed on both sides to the same value: they agree
        held_keys.add(key)
        result.conflicts.append(
            Conflict(
                ConflictKind.FIELD,
                record_kind,
                record_id,
                key,
                values.get(key),
                their_values[key],
                tuple(_parts(unseen, ours, {key})),
                _last_touching(mine.entries if mine else (), key),
                _last_touching(theirs.entries, key),
            )
        )
    result.values = values
    result.append = _parts(unseen, ours, None, skip=held_keys, shadow=shadow_keys)
    if result.taken and result.outcome is Outcome.UNCHANGED:
        result.outcome = Outcome.MERGED
    return result


def hold_field(result: RecordMerge, key: str, mine: Any, kind: ConflictKind) -> None:
    """Take their change of one field back out of a merge the storage cannot write as it is
    (a key another record holds, a link to a record deleted here): its parts leave the
    entries to append and wait in a conflict; the rest of the record's merge stands."""
    theirs = result.taken.pop(key)
    if result.values is not None:
        result.values[key] = mine
    kept, held = [], []
    for entry in result.append:
        if key not in entry.keys:
            kept.append(entry)
            continue
        held.append(entry.part({key}))
        if entry.keys - {key}:
            kept.append(entry.part(entry.keys - {key}))
    result.append = kept
    result.conflicts.append(
        Conflict(
            kind,
            result.record_kind,
            result.record_id,
            key,
            mine,
            theirs,
            tuple(held),
            None,
            held[-1] if held else None,
        )
    )
    if not result.taken and result.outcome is Outcome.MERGED:
        result.outcome = Outcome.UNCHANGED


def _existence(
    ours: History,
    their: History,
    my_values: dict[str, Any] | None,
    their_values: dict[str, Any] | None,
    mine: Side | None,
    theirs: Side,
) -> str:
    """Whose existence state stands: "both" (both exist), "mine", "theirs" or "conflict"."""
    if mine is None or not mine.entries:
        return "theirs"
    if (my_values is None) == (their_values is None):
        return "both" if my_values is not None else "mine"
    my_origin, their_origin = ours.origin.get(EXISTS), their.origin.get(EXISTS)
    if their_origin is None or ours.has_seen(EXISTS, their_origin):
        # our state is newer; if ours is deleted, their edits we never saw must not vanish
        if my_values is None and _changes_unseen(theirs.entries, ours):
            return "conflict"
        return "mine"
    if my_origin is None or their.has_seen(EXISTS, my_origin):
        if their_values is None and _changes_unseen(mine.entries, their):
            return "conflict"
        return "theirs"
    return "conflict"


def _existence_conflict_kind(
    my_values: dict[str, Any] | None, their_values: dict[str, Any] | None
) -> ConflictKind:
    if their_values is None and my_values is not None:
        return ConflictKind.DELETED_THERE
    if my_values is None and their_values is not None:
        return ConflictKind.DELETED_HERE
    return ConflictKind.EXISTENCE


def _changes_unseen(entries: Sequence[Entry], other: History) -> bool:
    """Does a side hold a field change the other side never saw?"""
    return any(
        not other.has_seen(key, e.change_id) for e in entries for key in e.keys if key != EXISTS
    )


def _seen_keys(history: History, entry: Entry) -> set[str]:
    return {key for key in entry.keys if history.has_seen(key, entry.change_id)}


def _parts(
    entries: Iterable[Entry],
    ours: History,
    only: set[str] | None,
    *,
    skip: set[str] = frozenset(),  # type: ignore[assignment]
    shadow: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[Entry]:
    """The parts of their entries we have not seen, restricted to `only` and without `skip`."""
    parts = []
    for entry in entries:
        keys = {
            k
            for k in entry.keys
            if not ours.has_seen(k, entry.change_id)
            and k not in skip
            and (only is None or k in only)
        }
        if keys == entry.keys and not keys & shadow and _fields_within(entry, keys):
            parts.append(entry)  # the whole entry, as it is: most of a new record's history
        elif keys:
            parts.append(entry.part(keys, shadowed=keys & shadow))
    return parts


def _fields_within(entry: Entry, keys: frozenset[str] | set[str]) -> bool:
    return entry.operation not in SETTING_OPERATIONS or entry.fields.keys() <= keys


def _all_keys(entries: Iterable[Entry]) -> set[str]:
    return {k for e in entries for k in e.keys}


def _last_touching(entries: Sequence[Entry], key: str | None) -> Entry | None:
    wanted = EXISTS if key is None else key
    for entry in reversed(entries):
        if wanted in entry.keys:
            return entry
    return None

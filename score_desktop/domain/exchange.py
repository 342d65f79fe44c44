"""What travels between workspaces: a change set of one enterprise's records.

A change set is what a package file holds and what office sync will send: each record's
current values (or its deletion), every change-log entry of those records, the people who
made them, the catalogue rows they refer to, and the photos and plan images they use (by
SHA-256, fetched only where missing). Transports (a zip file, a server) are elsewhere; the
merge is domain/merge.py, the writing storage/exchange_store.py.

Values are JSON-ready, as the change log stores them. Everything read from outside goes
through `entry_from_json` / `record_from_json`, which refuse a wrong shape with a
`PackageError` naming what is wrong.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import KnownProblemError
from .merge import Entry


class PackageError(KnownProblemError):
    """A package or change set that cannot be merged; nothing was written."""


class KeyTakenError(KnownProblemError):
    """A decision in the conflict inbox would give a record the key (an indicator's month,
    a practice) that another live record holds; nothing was written. `key` holds the key's
    fields and values, `holder_id` the record holding it."""

    def __init__(self, record_kind: str, key: Mapping[str, Any], holder_id: uuid.UUID):
        self.record_kind, self.key, self.holder_id = record_kind, dict(key), holder_id
        fields = ", ".join(f"{name} {value}" for name, value in self.key.items())
        super().__init__(
            f"Not done: there is already another {record_kind} record ({holder_id}) for "
            f"{fields}, and there can only be one. Choose the other side, or delete that one "
            "first."
        )


@dataclass(frozen=True)
class RecordState:
    record_kind: str
    record_id: uuid.UUID
    values: Mapping[str, Any] | None  # None: deleted
    created_at: str = ""
    created_by: uuid.UUID | None = None


@dataclass(frozen=True)
class Blob:
    """Bytes a record uses, named by their SHA-256."""

    kind: str  # "photo", "plan_image" or "report" (a signed report's bytes)
    sha256: str
    media_type: str
    meta: Mapping[str, Any] = field(default_factory=dict)  # a plan image's id and size


@dataclass
class ChangeSet:
    enterprise_id: uuid.UUID
    enterprise_name: str
    records: list[RecordState] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    references: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blobs: list[Blob] = field(default_factory=list)
    head: int | None = None  # the sender's last change-log sequence in it
    since: int | None = None  # None: the whole enterprise
    # the sender's acknowledgements: per device it received this enterprise from, that
    # device's last sequence it has merged (a package of changes back starts there)
    received: dict[uuid.UUID, int] = field(default_factory=dict)


@dataclass
class MergeSummary:
    added: int = 0
    merged: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0
    photos_copied: int = 0
    photos_held: int = 0
    already_received: bool = False

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.merged or self.deleted or self.restored or self.conflicts)


SHA256 = re.compile(r"^[0-9a-f]{64}$")
NAME = re.compile(r"^[a-z_]{1,60}$")
FIELD = re.compile(r"^(~exists|[a-z_][a-z0-9_]{0,59})$")


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "change_id": str(entry.change_id),
        "record_kind": entry.record_kind,
        "record_id": str(entry.record_id),
        "operation": entry.operation,
        "fields": dict(entry.fields),  # (before, after) pairs: JSON writes tuples as lists
        "keys": sorted(entry.keys),
        "shadowed": sorted(entry.shadowed),
        "revision": entry.revision,
        "at": entry.at,
        "author_id": _text(entry.author_id),
        "device_id": _text(entry.device_id),
        "change_set": _text(entry.change_set),
        "action": entry.action,
        "enterprise_id": _text(entry.enterprise_id),
    }


OPERATIONS = frozenset(("insert", "update", "delete", "restore", "baseline"))


def entry_from_json(data: object, where: str) -> Entry:
    item = _mapping(data, where)
    operation = _string(item, "operation", where)
    if operation not in OPERATIONS:
        raise PackageError(f"{where}: unknown operation {operation!r}.")
    fields = _mapping(item.get("fields"), f"{where} fields")
    for name, pair in fields.items():
        if not _is_field(name) or not isinstance(pair, list) or len(pair) != 2:
            raise PackageError(f"{where}: field {str(name)[:60]!r} is not a [before, after] pair.")
    keys = _names(item.get("keys"), f"{where} keys")
    shadowed = _names(item.get("shadowed", []), f"{where} shadowed")
    revision = item.get("revision", 1)
    if not isinstance(revision, int) or isinstance(revision, bool):
        raise PackageError(f"{where}: revision is not a number.")
    return Entry(
        change_id=_uuid(item.get("change_id"), where, "change_id"),
        record_kind=_kind(item, where),
        record_id=_uuid(item.get("record_id"), where, "record_id"),
        operation=operation,
        fields=fields,
        keys=keys,
        shadowed=shadowed & keys,
        revision=revision,
        at=_string(item, "at", where, empty=True),
        author_id=_optional_uuid(item.get("author_id"), where, "author_id"),
        device_id=_optional_uuid(item.get("device_id"), where, "device_id"),
        change_set=_optional_uuid(item.get("change_set"), where, "change_set"),
        action=_string(item, "action", where, empty=True),
        enterprise_id=_optional_uuid(item.get("enterprise_id"), where, "enterprise_id"),
    )


def record_to_json(record: RecordState) -> dict[str, Any]:
    return {
        "record_kind": record.record_kind,
        "id": str(record.record_id),
        "values": None if record.values is None else dict(record.values),
        "created_at": record.created_at,
        "created_by": _text(record.created_by),
    }


def record_from_json(data: object, where: str) -> RecordState:
    item = _mapping(data, where)
    values = item.get("values")
    if values is not None:
        values = _mapping(values, f"{where} values")
        for name in values:
            if not FIELD.match(str(name)) or name == "~exists":
                raise PackageError(f"{where}: {str(name)[:60]!r} is not a field name.")
    return RecordState(
        record_kind=_kind(item, where),
        record_id=_uuid(item.get("id"), where, "id"),
        values=values,
        created_at=_string(item, "created_at", where, empty=True),
        created_by=_optional_uuid(item.get("created_by"), where, "created_by"),
    )


def blob_to_json(blob: Blob) -> dict[str, Any]:
    return {
        "kind": blob.kind,
        "sha256": blob.sha256,
        "media_type": blob.media_type,
        "meta": dict(blob.meta),
    }


def blob_from_json(data: object, where: str) -> Blob:
    item = _mapping(data, where)
    kind = _string(item, "kind", where)
    if kind not in ("photo", "plan_image", "report"):
        raise PackageError(f"{where}: unknown kind of file {kind[:40]!r}.")
    sha = _string(item, "sha256", where)
    if not SHA256.match(sha):
        raise PackageError(f"{where}: {sha[:70]!r} is not a SHA-256.")
    return Blob(
        kind,
        sha,
        _string(item, "media_type", where),
        _mapping(item.get("meta", {}), f"{where} meta"),
    )


# Shape checks -------------------------------------------------------------------------------


def _mapping(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PackageError(f"{where}: expected an object, found {type(value).__name__}.")
    return value


def _string(item: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    value = item.get(key, "" if empty else None)
    if not isinstance(value, str) or (not empty and not value):
        raise PackageError(f"{where}: {key} is missing or not text.")
    return value


def _kind(item: Mapping[str, Any], where: str) -> str:
    kind = _string(item, "record_kind", where)
    if not NAME.match(kind):
        raise PackageError(f"{where}: {kind[:60]!r} is not a kind of record.")
    return kind


def _names(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(_is_field(v) for v in value):
        raise PackageError(f"{where}: expected a list of field names.")
    return frozenset(value)


_FIELD_NAMES: set[str] = set()  # names found valid: a package repeats a few dozen


def _is_field(name: object) -> bool:
    if name in _FIELD_NAMES:
        return True
    if isinstance(name, str) and FIELD.match(name) and len(_FIELD_NAMES) < 10_000:
        _FIELD_NAMES.add(name)
        return True
    return isinstance(name, str) and bool(FIELD.match(name))


def _uuid(value: object, where: str, key: str) -> uuid.UUID:
    try:
        return _parsed_uuid(value) if isinstance(value, str) else _fail(f"{where} {key}")
    except ValueError:
        return _fail(f"{where} {key}")


@functools.lru_cache(maxsize=1 << 16)
def _parsed_uuid(text: str) -> uuid.UUID:
    """The same people, devices and records recur in thousands of changes: parsed once."""
    return uuid.UUID(text)


def _optional_uuid(value: object, where: str, key: str) -> uuid.UUID | None:
    return None if value is None else _uuid(value, where, key)


def _fail(where: str) -> uuid.UUID:
    raise PackageError(f"{where} is not an id.")


def _text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


class Resolution(enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # text only: ours, then theirs


@dataclass(frozen=True)
class ConflictItem:
    """One waiting decision, as the inbox lists it."""

    id: uuid.UUID
    kind: str  # a merge.ConflictKind value
    record_kind: str
    record_id: uuid.UUID
    key: str  # the field, or merge.EXISTS
    mine: Any
    theirs: Any
    my_author: str
    my_at: str
    their_author: str
    their_at: str
    enterprise_id: uuid.UUID | None = None
    holder_id: uuid.UUID | None = None  # a key_taken conflict: the record holding the key

    @property
    def can_keep_both(self) -> bool:
        """Two texts, joined: never for a key (a practice, a month), which is one value."""
        return (
            isinstance(self.mine, str) and isinstance(self.theirs, str) and self.kind != "key_taken"
        )


def both_texts(mine: str, theirs: str) -> str:
    """Keep both: ours first, then theirs, as two paragraphs."""
    if not mine.strip():
        return theirs
    if not theirs.strip() or theirs == mine:
        return mine
    return f"{mine}\n\n{theirs}"


@dataclass(frozen=True)
class Peer:
    """Another device this workspace exchanged an enterprise with."""

    device_id: uuid.UUID
    person_name: str
    sent_through: int | None
    acknowledged_through: int | None = None  # of ours, what they said they have merged
    acknowledged_at: dt.datetime | None = None  # when the package saying so arrived


class ExchangeRepository(Protocol):
    """What exchange and sync need of a workspace (storage/exchange_store.py)."""

    def device_id(self) -> uuid.UUID: ...

    def schema_revision(self) -> str: ...

    def sent_through(self, device_id: uuid.UUID, enterprise_id: uuid.UUID) -> int | None: ...

    def acknowledged_through(
        self, device_id: uuid.UUID, enterprise_id: uuid.UUID
    ) -> int | None: ...

    def peers(self, enterprise_id: uuid.UUID) -> list[Peer]: ...

    def mark_sent(
        self, device_id: uuid.UUID, enterprise_id: uuid.UUID, head: int | None, name: str
    ) -> None: ...

    def collect(self, enterprise_id: uuid.UUID, since: int | None = None) -> ChangeSet: ...

    def read_blob(self, blob: Blob) -> bytes: ...

    def copy_blob(self, blob: Blob, write: Callable[[bytes], Any]) -> int: ...

    def read_thumbnail(self, sha256: str) -> bytes | None: ...

    def merge(
        self,
        change_set: ChangeSet,
        *,
        package_id: uuid.UUID,
        from_device: uuid.UUID,
        from_name: str,
        read_blob: Callable[[Blob], bytes],
        read_thumbnail: Callable[[str], bytes | None] = ...,
    ) -> MergeSummary: ...


class ConflictInboxRepository(Protocol):
    def conflicts(self, enterprise_id: uuid.UUID | None = None) -> list[ConflictItem]: ...

    def count(self, enterprise_id: uuid.UUID | None = None) -> int: ...

    def resolve(self, conflict_id: uuid.UUID, choice: Resolution, text: str) -> ConflictItem: ...

"""What a change set from another workspace must satisfy before the merge writes anything:
known kinds and fields, values of each column's type, every record of the set's enterprise,
and links only to records found in the set or in the workspace. Each refusal is a
PackageError naming the record and field.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON as JSONType
from sqlalchemy import Boolean, Float, Integer, String, Text, Uuid, select
from sqlalchemy.orm import Session

from ..domain.exchange import ChangeSet, PackageError, RecordState
from ..domain.merge import Entry
from .exchange_rows import REFERENCE_TABLES, chunks, record_class
from .history_recorder import row_class_of
from .schema import DeletionRow, EnterpriseRow

ENTERPRISE_KIND = EnterpriseRow.__tablename__
# records that reach their enterprise through a parent
PARENT_LINK = {"plan_items": ("plan_id", "floor_plans"), "review_items": ("visit_id", "visits")}


@dataclass
class Incoming:
    """One record of the change set with its entries, in the sender's order."""

    state: RecordState
    entries: list[Entry]


def incoming_records(change_set: ChangeSet) -> dict[uuid.UUID, Incoming]:
    """Each record with its history; a change without its record, or a record without its
    history, cannot be merged (which is newer could not be told)."""
    incoming: dict[uuid.UUID, Incoming] = {}
    for state in change_set.records:
        record_class(state.record_kind)  # a kind this version knows, or PackageError
        if state.record_kind in REFERENCE_TABLES:
            raise PackageError(f"{state.record_kind} are shared catalogues, not records to merge.")
        if state.record_id in incoming:
            raise PackageError(f"Record {state.record_id} appears twice.")
        incoming[state.record_id] = Incoming(state, [])
    for entry in change_set.entries:
        target = incoming.get(entry.record_id)
        if target is None or target.state.record_kind != entry.record_kind:
            raise PackageError(f"A change refers to record {entry.record_id}, which is not in it.")
        if entry.enterprise_id != change_set.enterprise_id:
            raise PackageError("A change belongs to another enterprise than the package's.")
        target.entries.append(entry)
    for record_id, item in incoming.items():
        if not item.entries:
            raise PackageError(f"Record {record_id} comes without its history.")
    return incoming


def check_records(
    session: Session, change_set: ChangeSet, incoming: dict[uuid.UUID, Incoming]
) -> None:
    """Types, the enterprise of every record, and links to records that exist nowhere.

    The links are looked up together, one query per table they point to (a change set of a
    thousand hazards names its enterprise a thousand times)."""
    enterprise_id = change_set.enterprise_id
    arriving = {rid for rid, item in incoming.items() if item.state.values is not None}
    codes = _reference_codes(session, change_set.references)
    # catalogue rows the package brings (a walk-through's template): added before the writes
    brought = {
        table: {str(row.get("id")) for row in rows if isinstance(row, dict)}
        for table, rows in change_set.references.items()
        if isinstance(rows, list)
    }
    linked: dict[str, dict[uuid.UUID, str]] = {}  # table → id → the first record naming it
    parents: dict[str, dict[uuid.UUID, str]] = {}
    for record_id, item in incoming.items():
        state = item.state
        if state.values is None:
            continue
        shape = _shape(state.record_kind)
        where = f"{state.record_kind} {record_id}"
        for name, value in state.values.items():
            column = shape.columns.get(name)
            if column is None or name == "id":
                raise PackageError(f"{where}: {name[:60]!r} is not one of its fields.")
            check_type(column, value, f"{where} {name}")
        for key in shape.required:
            if key not in state.values:
                raise PackageError(f"{where}: {key} is missing.")
        if state.record_kind == ENTERPRISE_KIND:
            if record_id != enterprise_id:
                raise PackageError("The package holds another enterprise than its own.")
        elif shape.has_enterprise and str(state.values.get("enterprise_id")) != str(enterprise_id):
            raise PackageError(f"{where} belongs to another enterprise than the package's.")
        for key, target_table, target_column in shape.links:
            value = state.values.get(key)
            if value is None:
                continue
            if target_column != "id":
                if str(value) not in codes.get((target_table, target_column), ()):
                    raise PackageError(
                        f"{where} refers to {target_table} {value!r}, found nowhere."
                    )
                continue
            target_id = uuid.UUID(str(value))
            if target_id in arriving or str(target_id) in brought.get(target_table, ()):
                continue
            linked.setdefault(target_table, {}).setdefault(target_id, where)
        parent = PARENT_LINK.get(state.record_kind)
        if parent is not None:
            parent_id = uuid.UUID(str(state.values[parent[0]]))
            if parent_id not in arriving:
                parents.setdefault(parent[1], {}).setdefault(parent_id, where)
    _check_links(session, linked)
    _check_parents(session, parents, enterprise_id)


@dataclass(frozen=True)
class _Shape:
    columns: dict[str, Any]
    required: tuple[str, ...]  # neither nullable nor with a default
    has_enterprise: bool
    links: tuple[tuple[str, str, str], ...]  # column, table and column it points to


@functools.cache
def _shape(record_kind: str) -> _Shape:
    columns = record_class(record_kind).__table__.columns
    links = []
    for column in columns:
        if not column.foreign_keys:
            continue
        target = next(iter(column.foreign_keys)).column
        # photos name their bytes by hash and plans their image: checked with the files
        if target.table.name not in ("photo_blobs", "plan_images"):
            links.append((column.key, target.table.name, target.key))
    return _Shape(
        {column.key: column for column in columns},
        tuple(
            c.key
            for c in columns
            if not c.nullable and c.key != "id" and c.default is None and c.server_default is None
        ),
        "enterprise_id" in columns,
        tuple(links),
    )


def record_links(record_kind: str) -> tuple[tuple[str, str], ...]:
    """(column, table) of each link to another record by its id (not to a catalogue)."""
    return tuple(
        (column, table)
        for column, table, target in _shape(record_kind).links
        if target == "id" and table not in REFERENCE_TABLES
    )


def _check_links(session: Session, linked: dict[str, dict[uuid.UUID, str]]) -> None:
    for target_table, wanted in linked.items():
        target_class = cast(Any, row_class_of(target_table))
        held: set[uuid.UUID] = set()
        if target_class is not None:
            for part in chunks(list(wanted)):
                held.update(
                    session.scalars(select(target_class.id).where(target_class.id.in_(part)))
                )
                # deleted here: known, and what links to it waits in the inbox (exchange_merge)
                held.update(
                    session.scalars(
                        select(DeletionRow.row_id).where(
                            DeletionRow.table_name == target_table, DeletionRow.row_id.in_(part)
                        )
                    )
                )
        for target_id, where in wanted.items():
            if target_id not in held:
                raise PackageError(
                    f"{where} refers to a record of {target_table} that exists nowhere "
                    f"({target_id}). A package of changes needs the earlier ones first: "
                    "ask for the whole enterprise."
                )


def _check_parents(
    session: Session, parents: dict[str, dict[uuid.UUID, str]], enterprise_id: uuid.UUID
) -> None:
    """Records reached through a parent held here: that parent's enterprise must be theirs."""
    for parent_table, wanted in parents.items():
        parent_class = record_class(parent_table)
        for part in chunks(list(wanted)):
            query = select(parent_class.id, parent_class.enterprise_id).where(
                parent_class.id.in_(part)
            )
            for parent_id, parent_enterprise in session.execute(query):
                if parent_enterprise != enterprise_id:
                    raise PackageError(
                        f"{wanted[parent_id]} belongs to another enterprise than the package's."
                    )


def check_type(column: Any, value: object, where: str) -> None:
    if value is None:
        if not column.nullable:
            raise PackageError(f"{where} is empty but must have a value.")
        return
    column_type = column.type
    ok: bool
    if isinstance(column_type, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(column_type, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(column_type, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif isinstance(column_type, JSONType):
        ok = isinstance(value, dict | list)
    elif isinstance(column_type, Uuid):
        ok = isinstance(value, str) and is_uuid(value)
    elif isinstance(column_type, String | Text):
        ok = isinstance(value, str)
        limit = getattr(column_type, "length", None)
        if ok and limit is not None and len(cast(str, value)) > limit:
            raise PackageError(f"{where} is longer than {limit} characters.")
    else:  # dates and times
        ok = isinstance(value, str) and is_moment(value)
    if not ok:
        raise PackageError(f"{where} has a value of the wrong type ({type(value).__name__}).")


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def is_moment(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _reference_codes(
    session: Session, references: dict[str, list[dict[str, Any]]]
) -> dict[tuple[str, str], set[str]]:
    """Codes the records may refer to: those held here and those the package brings."""
    codes: dict[tuple[str, str], set[str]] = {}
    for table in ("score_modules", "hazard_categories"):
        row_class = cast(Any, row_class_of(table))
        held = set(session.scalars(select(row_class.code)))
        brought = {str(row.get("code")) for row in references.get(table, ()) if row.get("code")}
        codes[(table, "code")] = held | brought
    return codes

"""Catalogue rows, people and files a change set brings: what a merge adds besides records.

Catalogue rows are copied where missing (never merged), people where missing, and the
bytes of photos, plan images and signed reports only where this side lacks their hash,
each checked against it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from ..domain.checklist_codec import template_from_data
from ..domain.errors import KnownProblemError, ValidationError
from ..domain.exchange import Blob, MergeSummary, PackageError
from ..domain.signoff import changes_of
from .exchange_checks import check_type, is_uuid
from .exchange_rows import REFERENCE_TABLES, chunks
from .history_recorder import from_json, row_class_of
from .repository_base import add_unless_hidden
from .schema import PersonRow, PhotoBlobRow, PlanImageRow
from .signoff_schema import ReportBlobRow


def add_references(session: Session, references: dict[str, list[dict[str, Any]]]) -> None:
    """Catalogue rows missing here are added (as local inserts); existing ones are kept."""
    for table, rows in references.items():
        if table not in REFERENCE_TABLES:
            raise PackageError(f"{table[:60]!r} is not a catalogue.")
        if not isinstance(rows, list):
            raise PackageError(f"The {table} catalogue is not a list.")
        row_class = cast(Any, row_class_of(table))
        columns = row_class.__table__.columns
        for values in rows:
            if not isinstance(values, dict) or not is_uuid(str(values.get("id"))):
                raise PackageError(f"A row of the {table} catalogue has no id.")
            fields = {k: v for k, v in values.items() if k != "id"}
            for name, value in fields.items():
                if name not in columns:
                    raise PackageError(f"{table}: {name[:60]!r} is not one of its fields.")
                check_type(columns[name], value, f"{table} {name}")
            record_id = uuid.UUID(str(values["id"]))
            if session.get(row_class, record_id) is not None:
                continue
            natural = _natural_key(table, fields)
            held = natural is not None and session.scalar(
                select(row_class.id).where(*natural(row_class))
            )
            if held and table == "checklist_templates":
                # walk-throughs name their template by id: the same version under another id
                # here cannot be theirs
                raise PackageError(
                    f"The checklist template {fields.get('code')!r} version "
                    f"{fields.get('version')} differs between the two workspaces."
                )
            if held:
                continue
            if table == "checklist_templates":  # checked as the app checks an imported one
                _check_template(values)
            session.add(
                row_class(
                    id=record_id, **{k: from_json(row_class, k, v) for k, v in fields.items()}
                )
            )


def _check_template(values: dict[str, Any]) -> None:
    content = values.get("content")
    try:
        template = template_from_data(
            {**(content if isinstance(content, dict) else {}), "id": values["id"]}
        )
        template.validate()
    except KnownProblemError as exc:
        raise PackageError(f"A checklist template in the package is not valid ({exc}).") from exc
    if (template.code, template.version) != (values.get("code"), values.get("version")):
        raise PackageError("A checklist template in the package does not match its content.")


def _natural_key(table: str, fields: dict[str, Any]) -> Callable[[Any], list[Any]] | None:
    if table == "checklist_templates":
        return lambda cls: [cls.code == fields.get("code"), cls.version == fields.get("version")]
    if table in ("score_modules", "hazard_categories"):
        return lambda cls: [cls.code == fields.get("code")]
    if table == "catalogue_items":
        return lambda cls: [cls.kind == fields.get("kind"), cls.code == fields.get("code")]
    return None


def people_of(people: list[dict[str, Any]]) -> dict[uuid.UUID, dict[str, str]]:
    """The package's people, checked (before any write): id → name, role, organisation."""
    found = {}
    for person in people:
        if not isinstance(person, dict) or not is_uuid(str(person.get("id"))):
            raise PackageError("A person in the package has no id.")
        name, role = person.get("name"), person.get("role")
        if not isinstance(name, str) or not isinstance(role, str) or len(role) > 20:
            raise PackageError("A person in the package has no name or role.")
        organisation = person.get("organisation", "")
        found[uuid.UUID(str(person["id"]))] = {
            "name": name,
            "role": role,
            "organisation": organisation if isinstance(organisation, str) else "",
        }
    return found


def add_people(session: Session, people: dict[uuid.UUID, dict[str, str]]) -> None:
    """People missing here, as this workspace's own inserts (the recorder logs them)."""
    ids = list(people)
    held: set[uuid.UUID] = set()
    for part in chunks(ids):
        held.update(session.scalars(select(PersonRow.id).where(PersonRow.id.in_(part))))
    for person_id in ids:
        if person_id not in held:
            add_unless_hidden(session, PersonRow(id=person_id, **people[person_id]))


def add_plan_images(
    session: Session, blobs: Sequence[Blob], read_blob: Callable[[Blob], bytes]
) -> dict[uuid.UUID, uuid.UUID]:
    """Background images missing here; returns their ids there → the ids of the same bytes
    here (an image imported on both sides independently is stored once)."""
    mapped: dict[uuid.UUID, uuid.UUID] = {}
    for blob in blobs:
        if blob.kind != "plan_image":
            continue
        their_id = _meta_uuid(blob)
        held = session.scalar(select(PlanImageRow.id).where(PlanImageRow.sha256 == blob.sha256))
        if held is None:
            data = _verified(blob, read_blob)
            width, height = blob.meta.get("width_px"), blob.meta.get("height_px")
            if not isinstance(width, int) or not isinstance(height, int):
                raise PackageError("A background image comes without its size.")
            row = PlanImageRow(
                id=their_id,
                sha256=blob.sha256,
                media_type=blob.media_type,
                width_px=width,
                height_px=height,
                data=data,
            )
            held = their_id
            if not add_unless_hidden(session, row):  # held for plans this login does not see
                held = session.scalar(
                    text("SELECT office_plan_image_id(:sha)"), {"sha": blob.sha256}
                )
                if held is None:  # the insert met another image's id, not these bytes
                    raise PackageError("A background image's id is another image's.")
        mapped[their_id] = held
    return mapped


def add_report_blobs(
    session: Session,
    blobs: Sequence[Blob],
    read_blob: Callable[[Blob], bytes],
    change_lists: frozenset[str] = frozenset(),
) -> None:
    """Signed reports' bytes missing here, each checked against its hash; those named as a
    report's list of signed changes (`change_lists`) must be one (domain.signoff)."""
    for blob in blobs:
        if blob.kind != "report" or session.get(ReportBlobRow, blob.sha256) is not None:
            continue
        data = _verified(blob, read_blob)
        if blob.sha256 in change_lists:
            try:
                changes_of(data)
            except ValidationError as exc:
                raise PackageError(
                    f"A signed report's list of changes is not one ({blob.sha256[:12]}…)."
                ) from exc
        _insert_bytes(
            session, ReportBlobRow, {"sha256": blob.sha256, "size": len(data), "data": data}
        )


def _meta_uuid(blob: Blob) -> uuid.UUID:
    value = blob.meta.get("id")
    if not isinstance(value, str) or not is_uuid(value):
        raise PackageError("A background image comes without its id.")
    return uuid.UUID(value)


def _verified(blob: Blob, read_blob: Callable[[Blob], bytes]) -> bytes:
    data = read_blob(blob)
    if hashlib.sha256(data).hexdigest() != blob.sha256:
        raise PackageError(f"A file in the package is damaged ({blob.sha256[:12]}…).")
    return data


def ensure_photo(
    session: Session,
    photo_blobs: dict[str, Blob],
    sha: str,
    read_blob: Callable[[Blob], bytes],
    read_thumbnail: Callable[[str], bytes | None],
    summary: MergeSummary,
) -> None:
    if session.scalar(select(PhotoBlobRow.sha256).where(PhotoBlobRow.sha256 == sha)):
        summary.photos_held += 1
        return
    blob = photo_blobs.get(sha)
    if blob is None:
        raise PackageError(f"A photo's file ({sha[:12]}…) is neither in the package nor here.")
    data = _verified(blob, read_blob)
    thumbnail = read_thumbnail(sha)
    if not thumbnail:
        raise PackageError(f"A photo's thumbnail ({sha[:12]}…) is missing from the package.")
    _insert_bytes(
        session,
        PhotoBlobRow,
        {"sha256": sha, "media_type": blob.media_type, "data": data, "thumbnail": thumbnail},
    )
    summary.photos_copied += 1


def _insert_bytes(session: Session, row_class: Any, values: dict[str, Any]) -> None:
    """Stored bytes written at once, not held by the session (hundreds of camera photos
    need not fit in memory). The office may hold the same bytes for an enterprise this
    login does not see: there the insert meets them and leaves them."""
    statement: Any = insert(row_class)
    if session.get_bind().dialect.name == "postgresql":
        # loaded with the server's engine already; a laptop's start no longer loads it
        from sqlalchemy.dialects import postgresql

        statement = postgresql.insert(row_class).on_conflict_do_nothing()
    session.execute(statement, values)

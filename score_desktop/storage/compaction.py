"""Compacting a workspace: stored photo bytes nothing refers to are removed, then the file
is rewritten without its free pages (VACUUM).

Photo bytes are stored before their record (`SqlPhotoRepository.store_blob`, then
`add_photos`), so a photo import killed in between leaves bytes no record names. Bytes a
deleted photo had are kept while the change log holds that deletion: restoring the photo
from the history (`SqlHistoryRepository.restore`) puts its record back, and the record needs
its bytes. A photo's entries in the log name its bytes in their `sha256` field.
"""

import json
from pathlib import Path

from sqlalchemy import Connection, String, cast, delete, select
from sqlalchemy.exc import DBAPIError

from ..domain.maintenance import Compaction
from .database import Workspace, translate_database_error
from .errors import WorkspaceUnavailableError
from .schema import ChangeLogRow, PhotoBlobRow, PhotoRow
from .sqlite_files import sqlite_path


def compact_workspace(workspace: Workspace) -> Compaction:
    """Remove photo bytes no photo record refers to, now or in its history, and VACUUM.

    Raises:
        WorkspaceError: the workspace refuses writes, is not a SQLite file, or is in use.
    """
    path = sqlite_path(workspace.url)
    if path is None:
        raise WorkspaceUnavailableError("Only a workspace file can be compacted.")
    if workspace.refusal is not None:
        raise workspace.refusal
    before = _size_on_disk(path)
    try:
        with workspace.engine.begin() as connection:
            orphans = sorted(_stored(connection) - _referred_to(connection))
            for start in range(0, len(orphans), 500):
                part = orphans[start : start + 500]
                connection.execute(delete(PhotoBlobRow).where(PhotoBlobRow.sha256.in_(part)))
        with workspace.engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.exec_driver_sql("VACUUM")
            autocommit.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except DBAPIError as exc:
        raise translate_database_error(exc, workspace.url) from exc
    return Compaction(len(orphans), before, _size_on_disk(path))


def _stored(connection: Connection) -> set[str]:
    return set(connection.execute(select(PhotoBlobRow.sha256)).scalars())


def _referred_to(connection: Connection) -> set[str]:
    """The bytes of every photo record, and of every photo its history could bring back."""
    found = set(connection.execute(select(PhotoRow.sha256)).scalars())
    logged = connection.execute(
        select(ChangeLogRow.fields).where(
            ChangeLogRow.record_kind == PhotoRow.__tablename__,
            cast(ChangeLogRow.fields, String).like('%"sha256"%'),
        )
    )
    for (fields,) in logged:
        values = fields if isinstance(fields, dict) else json.loads(fields)
        found.update(v for v in values.get("sha256", ()) if isinstance(v, str))
    return found


def _size_on_disk(path: Path) -> int:
    """The file and its write-ahead log, as the folder shows them."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

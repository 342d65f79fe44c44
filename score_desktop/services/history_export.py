"""An enterprise's activity timeline as CSV: one row per changed field, for spreadsheets."""

from __future__ import annotations

import csv
import json
import os
import tempfile
import uuid
from pathlib import Path

from ..domain.history import TimelineFilter
from ..domain.ports import HistoryRepository
from .spreadsheets import csv_text
from .written_files import move_into_place

HEADER = (
    "sequence",
    "time_utc",
    "person",
    "action",
    "record_kind",
    "record_id",
    "operation",
    "field",
    "before",
    "after",
)


def _cell(value: object) -> str:
    """User text stays text: a value a spreadsheet would evaluate is made literal."""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    return csv_text(value)


def export_timeline_csv(
    history: HistoryRepository,
    enterprise_id: uuid.UUID,
    which: TimelineFilter,
    path: Path,
    page: int = 1000,
) -> int:
    """Write every change the filter lets through, newest first; returns the changes written.

    Written to a temporary file in the target folder and renamed at the end, so a failure
    leaves no partial file.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".timeline-", suffix=".csv", dir=path.parent)
    written = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(HEADER)
            before = None
            while True:
                changes = history.timeline(enterprise_id, which, before, page)
                for change in changes:
                    common = (
                        change.sequence,
                        change.at.isoformat(),
                        _cell(change.author_name),
                        _cell(change.action),
                        change.record_kind,
                        str(change.record_id),
                        change.operation.value,
                    )
                    fields = change.fields or ()
                    if not fields:
                        writer.writerow((*common, "", "", ""))
                    for f in fields:
                        writer.writerow((*common, f.name, _cell(f.before), _cell(f.after)))
                written += len(changes)
                if len(changes) < page:
                    break
                before = changes[-1].sequence
        move_into_place(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written

"""An enterprise's activity timeline as CSV: one row per changed field, for spreadsheets."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path

from ..domain.history import TimelineFilter
from ..domain.ports import HistoryRepository
from .spreadsheets import CellText, ExportResult
from .written_files import written_in_place

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


def export_timeline_csv(
    history: HistoryRepository,
    enterprise_id: uuid.UUID,
    which: TimelineFilter,
    path: Path,
    page: int = 1000,
) -> ExportResult:
    """Write every change the filter lets through, newest first; `rows` of the result are
    the changes written.

    Written to a temporary file in the target folder and renamed at the end, so a failure
    leaves no partial file. Characters a file cannot hold become U+FFFD and are counted.
    """
    result = ExportResult(Path(path))
    cells = CellText(result)

    def cell(value: object) -> str:
        """User text stays text: a value a spreadsheet would evaluate is made literal."""
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False)
        return cells.csv(value)

    with (
        written_in_place(path, ".timeline-") as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        before = None
        while True:
            changes = history.timeline(enterprise_id, which, before, page)
            for change in changes:
                common = (
                    change.sequence,
                    change.at.isoformat(),
                    cell(change.author_name),
                    cell(change.action),
                    change.record_kind,
                    str(change.record_id),
                    change.operation.value,
                )
                fields = change.fields or ()
                if not fields:
                    writer.writerow((*common, "", "", ""))
                for f in fields:
                    writer.writerow((*common, f.name, cell(f.before), cell(f.after)))
            result.rows += len(changes)
            if len(changes) < page:
                break
            before = changes[-1].sequence
    return result

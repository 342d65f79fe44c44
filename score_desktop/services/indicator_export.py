"""Monthly indicator data and changes against the baseline, one row per enterprise × month ×
indicator × sex, as CSV and XLSX for the programme's M&E database.

The layout is documented in docs/indicator-export.md; columns are only ever added at the end.
Written to a temporary file renamed at the end; characters a file cannot hold are counted in
the ExportResult (services/spreadsheets.py).
"""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..domain.indicators import BY_CODE, Entry, EntryKind, change_vs_baseline
from . import spreadsheets
from .spreadsheets import CellText, ExportResult
from .written_files import written_in_place

COLUMNS = (
    "enterprise_id",
    "enterprise",
    "country",
    "sector",
    "indicator",
    "indicator_name",
    "unit",
    "direction",
    "source",
    "kind",
    "month",
    "sex",
    "value",
    "inputs",
    "baseline",
    "change",
    "change_percent",
    "improved",
)


@dataclass(frozen=True)
class EnterpriseData:
    enterprise_id: str
    name: str
    country: str
    sector: str
    entries: list[Entry]
    counted: list[tuple[str, dt.date, float]]  # (indicator, month, value) from EIT/EIP records


def rows(data: list[EnterpriseData], catalogue: dict | None = None) -> list[list]:
    """`catalogue`: indicators by code, with those a programme added (default: the shipped)."""
    catalogue = catalogue or BY_CODE
    table = []
    for enterprise in data:
        baselines = {
            (e.indicator, e.sex): e.value
            for e in enterprise.entries
            if e.kind is EntryKind.BASELINE
        }
        records = [
            (e.indicator, e.kind.value, e.month, e.sex, e.value, dict(e.inputs), "entered")
            for e in enterprise.entries
        ]
        records += [
            (code, EntryKind.MONTH.value, month, "all", value, {}, "records")
            for code, month, value in enterprise.counted
        ]
        records.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
        for code, kind, month, sex, value, inputs, source in records:
            indicator = catalogue.get(code)
            baseline = baselines.get((code, sex))
            change = percent = improved = None
            if indicator and kind == "month" and baseline is not None and value is not None:
                found = change_vs_baseline(indicator, baseline, value)
                change, percent = found.absolute, found.percent
                improved = found.improved
            table.append(
                [
                    enterprise.enterprise_id,
                    enterprise.name,
                    enterprise.country,
                    enterprise.sector,
                    code,
                    indicator.name if indicator else code,
                    indicator.unit if indicator else "",
                    indicator.direction.value if indicator else "",
                    source,
                    kind,
                    month.strftime("%Y-%m"),
                    sex,
                    value,
                    json.dumps(inputs, ensure_ascii=False, sort_keys=True) if inputs else "",
                    baseline,
                    change,
                    percent,
                    "" if improved is None else ("yes" if improved else "no"),
                ]
            )
    return table


def write_csv(
    path: Path, data: list[EnterpriseData], catalogue: dict | None = None
) -> ExportResult:
    return spreadsheets.write_csv_rows(path, COLUMNS, rows(data, catalogue))


def write_xlsx(
    path: Path, data: list[EnterpriseData], catalogue: dict | None = None
) -> ExportResult:
    """Write-only (streamed), so a programme office's million values fit in memory; into a
    temporary file beside `path` (a failure leaves nothing, not an empty file)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    result = ExportResult(Path(path))
    cells = CellText(result)
    table = rows(data, catalogue)  # first: a stream left half-written breaks at collection
    with written_in_place(path) as temporary:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Indicators")
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)

        def cell(value, header=False):
            if isinstance(value, str):
                value = cells.xlsx(value)
            made = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                made.data_type = "s"  # user text is never a formula
            if header:
                made.font = bold
            return made

        sheet.append([cell(name, header=True) for name in COLUMNS])
        for row in table:
            sheet.append([cell(value) for value in row])
            result.rows += 1
        book.save(temporary)
    return result


def writer_for(path: Path):
    return spreadsheets.writer_for(path, write_csv, write_xlsx)

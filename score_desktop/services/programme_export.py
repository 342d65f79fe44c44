"""The programme overview as a spreadsheet: one sheet per table (XLSX), or the first table
(CSV). The words (headers, group names) come translated from the caller; numbers stay
numbers, so the office can chart and sum them."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .spreadsheets import CellText, ExportResult, put_xlsx, write_csv_rows, writer_for
from .written_files import written_in_place

SHEET_TITLE_MAX = 31  # Excel's limit


@dataclass(frozen=True)
class Table:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    percent_columns: frozenset[int] = frozenset()  # 0-based: shares written as 0.0 %


def write_tables(path: Path, tables: Sequence[Table]) -> ExportResult:
    """XLSX with every table, or CSV (by the file name) with the first."""
    return writer_for(path, _write_csv, _write_xlsx)(Path(path), tables)


def _write_csv(path: Path, tables: Sequence[Table]) -> ExportResult:
    first = tables[0]
    return write_csv_rows(path, first.header, first.rows)


def _write_xlsx(path: Path, tables: Sequence[Table]) -> ExportResult:
    from openpyxl import Workbook  # with the first export, not with the window
    from openpyxl.styles import Font

    result = ExportResult(path)
    cells = CellText(result)
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(cells.xlsx(table.title), used))
        _append(sheet, table.header, cells, frozenset())
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            _append(sheet, row, cells, table.percent_columns)
            result.rows += 1
        sheet.freeze_panes = "B2"
    with written_in_place(path) as temporary:
        book.save(temporary)
    return result


def _append(sheet, values: Sequence[object], cells: CellText, percent: frozenset[int]) -> None:
    sheet.append([None] * len(values))
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        put_xlsx(cell, value, cells)
        if column - 1 in percent:
            cell.number_format = "0.0%"


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel refuses []:*?/\\ in a sheet's name, names over 31 characters and repeats."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title)[:SHEET_TITLE_MAX] or "Sheet"
    name, n = cleaned, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = cleaned[: SHEET_TITLE_MAX - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name

"""What the XLSX and CSV exports share: user text never becomes a formula, characters a
file cannot hold are replaced visibly and counted, and the file name picks the format.

XLSX is XML 1.0, which cannot hold most control characters (openpyxl raised
IllegalCharacterError, shown as "Unexpected error"), and UTF-8 cannot hold lone surrogates.
Text stored before the text rule (domain/text.py) may still hold them: each becomes U+FFFD,
and the export's result says how many, so nothing is changed unseen. Excel refuses cells
over 32,767 characters: longer text is cut, ending in "…", and counted too. Line breaks in
an XLSX cell are written as line feeds, the break spreadsheets use in a cell (a carriage
return written as it is reads back as a line feed anyway: XML readers normalise it).
"""

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..domain import text
from .written_files import written_in_place

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_MAX = 32_767


@dataclass
class ExportResult:
    """What an export wrote: `rows` of data, `replaced` characters written as U+FFFD,
    `shortened` cells cut to a spreadsheet cell's size."""

    path: Path
    rows: int = 0
    replaced: int = 0
    shortened: int = 0


class CellText:
    """Makes user text fit a format, counting into `result` what it had to change."""

    def __init__(self, result: ExportResult):
        self.result = result

    def plain(self, value: str) -> str:
        fitted, count = text.replaced(value)
        self.result.replaced += count
        return fitted

    def xlsx(self, value: str) -> str:
        fitted = self.plain(value).replace("\r\n", "\n").replace("\r", "\n")
        if len(fitted) > XLSX_CELL_MAX:
            self.result.shortened += 1
            fitted = fitted[: XLSX_CELL_MAX - 1] + "…"
        return fitted

    def csv(self, value) -> str:
        """A CSV cell: dates as ISO text, text that a spreadsheet would evaluate made
        literal."""
        return csv_text(self.plain(value) if isinstance(value, str) else value)


def put_xlsx(cell, value, cells: CellText) -> None:
    """An XLSX cell typed from its value: user text as text (never a formula, whatever was
    typed), money as a number with two decimals, dates as dates."""
    if isinstance(value, str):
        cell.value = cells.xlsx(value)
        cell.data_type = "s"
    elif isinstance(value, Decimal):
        cell.value = float(value)
        cell.number_format = "#,##0.00"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = value


def csv_text(value) -> str:
    """A CSV cell: dates as ISO text, text that a spreadsheet would evaluate made literal."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 6))
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return str(value)


def write_csv_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> ExportResult:
    """UTF-8 with a byte-order mark, so Excel opens Chinese or Vietnamese text correctly; in a
    temporary file beside `path`, renamed at the end."""
    result = ExportResult(Path(path))
    cells = CellText(result)
    with (
        written_in_place(path) as temporary,
        temporary.open("w", newline="", encoding="utf-8-sig") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([cells.csv(v) for v in row])
            result.rows += 1
    return result


def writer_for(path: Path, write_csv, write_xlsx):
    """The CSV writer for a .csv name, else the XLSX one."""
    return write_csv if Path(path).suffix.lower() == ".csv" else write_xlsx

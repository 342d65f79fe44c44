"""What the XLSX and CSV exports share: user text never becomes a formula, and the file name
picks the format."""

from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


def writer_for(path: Path, write_csv, write_xlsx):
    """The CSV writer for a .csv name, else the XLSX one."""
    return write_csv if Path(path).suffix.lower() == ".csv" else write_xlsx

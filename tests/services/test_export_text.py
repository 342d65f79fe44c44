"""Exports of text the files cannot hold (older text, from before the text rule): each such
character is written as U+FFFD and counted, an over-long cell is cut and counted, and a
failing export leaves the target as it was, with no temporary file beside it."""

import csv
import datetime as dt

import openpyxl
import pytest

from score_desktop.domain.improvement import ImprovementProject
from score_desktop.services import eip_export, indicator_export
from score_desktop.services.demo_improvement import ENTERPRISE_ID
from score_desktop.services.demo_indicators import demo_indicator_entries
from score_desktop.services.spreadsheets import XLSX_CELL_MAX

HOSTILE = "Guard\x00 the\x07 nip\x1b point\x08\x0b\x0c \ud800🏭"
SHOWN = "Guard\ufffd the\ufffd nip\ufffd point\ufffd\ufffd\ufffd \ufffd🏭"


def eip(**project):
    return eip_export.EipExport(
        "Hong\x07xing",
        "CNY",
        [ImprovementProject(ENTERPRISE_ID, "Guard", action=HOSTILE, **project)],
        [],
        [],
        dt.date(2026, 11, 22),
    )


def indicators(name="Deyang\x00 Hongxing\x1b"):
    return [
        indicator_export.EnterpriseData("e1", name, "China", "C27", demo_indicator_entries(), [])
    ]


def test_eip_xlsx_marks_what_it_cannot_hold_and_counts_it(tmp_path):
    result = eip_export.write_xlsx(tmp_path / "eip.xlsx", eip())
    book = openpyxl.load_workbook(tmp_path / "eip.xlsx")
    row = next(book["EIP"].iter_rows(min_row=2, values_only=True))
    assert row[eip_export.COLUMNS.index("Measure")] == SHOWN
    assert book["Summary"]["B1"].value == "Hong\ufffdxing"
    assert (result.replaced, result.shortened, result.rows) == (8, 0, 1)


def test_eip_csv_marks_what_it_cannot_hold_and_counts_it(tmp_path):
    result = eip_export.write_csv(tmp_path / "eip.csv", eip())
    with (tmp_path / "eip.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[1][eip_export.COLUMNS.index("Measure")] == SHOWN
    assert result.replaced == 7 and result.rows == 1


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_and_counted(tmp_path):
    result = eip_export.write_xlsx(tmp_path / "eip.xlsx", eip(problem="p" * 200_000))
    row = next(openpyxl.load_workbook(tmp_path / "eip.xlsx")["EIP"].iter_rows(min_row=2))
    cell = row[eip_export.COLUMNS.index("Problem")].value
    assert len(cell) == XLSX_CELL_MAX and cell.endswith("p…")
    assert result.shortened == 1
    csv_result = eip_export.write_csv(tmp_path / "eip.csv", eip(problem="p" * 200_000))
    assert csv_result.shortened == 0  # a CSV cell has no such limit


@pytest.mark.parametrize("name", ["ind.xlsx", "ind.csv"])
def test_indicator_export_marks_control_characters(tmp_path, name):
    path = tmp_path / name
    result = indicator_export.writer_for(path)(path, indicators())
    if name.endswith(".xlsx"):
        rows = list(openpyxl.load_workbook(path)["Indicators"].iter_rows(values_only=True))
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    column = indicator_export.COLUMNS.index("enterprise")
    assert {r[column] for r in rows[1:]} == {"Deyang\ufffd Hongxing\ufffd"}
    assert result.replaced == 2 * result.rows and result.rows == len(rows) - 1


@pytest.mark.parametrize(
    ("write", "data", "name"),
    [
        (indicator_export.write_xlsx, indicators(), "ind.xlsx"),
        (indicator_export.write_csv, indicators(), "ind.csv"),
        (eip_export.write_xlsx, eip(), "eip.xlsx"),
        (eip_export.write_csv, eip(), "eip.csv"),
    ],
)
def test_a_failed_export_leaves_the_old_file_and_nothing_else(
    tmp_path, monkeypatch, write, data, name
):
    path = tmp_path / name
    path.write_bytes(b"the export of last week")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(indicator_export, "rows", broken)
    monkeypatch.setattr(eip_export, "rows", broken)
    with pytest.raises(OSError):
        write(path, data)
    assert path.read_bytes() == b"the export of last week"
    assert list(tmp_path.iterdir()) == [path]

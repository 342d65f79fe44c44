"""The indicator export read back: one row per enterprise × month × indicator × sex, with the
change against the baseline, counted indicators marked as such, and no formulas."""

import csv
import datetime as dt

import openpyxl
import pytest

from score_desktop.services.demo_indicators import ENTERPRISE_ID, demo_indicator_entries
from score_desktop.services.indicator_export import COLUMNS, EnterpriseData, write_csv, write_xlsx


def data():
    return [
        EnterpriseData(
            str(ENTERPRISE_ID),
            "=Deyang Hongxing (德阳红星)",
            "China",
            "C27",
            demo_indicator_entries(),
            [("eit_meetings", dt.date(2026, 7, 1), 3.0)],
        )
    ]


def by_key(table):
    index = {name: n for n, name in enumerate(COLUMNS)}
    return {
        (r[index["indicator"]], r[index["kind"]], r[index["month"]], r[index["sex"]]): r
        for r in table
    }, index


def test_xlsx_long_layout(tmp_path):
    write_xlsx(tmp_path / "ind.xlsx", data())
    sheet = openpyxl.load_workbook(tmp_path / "ind.xlsx")["Indicators"]
    table = list(sheet.iter_rows(values_only=True))
    assert list(table[0]) == list(COLUMNS)
    rows, col = by_key(table[1:])
    july = rows[("absenteeism", "month", "2026-07", "all")]
    assert july[col["value"]] == pytest.approx(july[col["baseline"]] + july[col["change"]])
    assert july[col["improved"]] == "yes" and july[col["source"]] == "entered"
    assert '"days_lost"' in july[col["inputs"]]
    women = rows[("workers", "month", "2026-07", "female")]
    assert women[col["value"]] == 42
    counted = rows[("eit_meetings", "month", "2026-07", "all")]
    assert counted[col["source"]] == "records" and counted[col["value"]] == 3
    assert july[col["enterprise"]] == "=Deyang Hongxing (德阳红星)"
    for row in sheet.iter_rows(min_row=2):
        assert all(c.data_type != "f" for c in row)


def test_csv_long_layout(tmp_path):
    write_csv(tmp_path / "ind.csv", data())
    with (tmp_path / "ind.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    rows, col = by_key(table[1:])
    target = rows[("absenteeism", "target", "2026-06", "all")]
    assert float(target[col["value"]]) == round(60 / 2268 * 100, 6)
    assert target[col["change"]] == ""  # changes are for months only
    assert table[1][col["enterprise"]].startswith("'=")

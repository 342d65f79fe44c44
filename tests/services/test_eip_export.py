"""The EIP written as XLSX and CSV and read back: OiRA columns first, typed cells, user text
never turned into a formula."""

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.services.demo import demo_hazards
from score_desktop.services.demo_improvement import (
    ENTERPRISE_ID,
    demo_members,
    demo_projects,
)
from score_desktop.services.eip_export import (
    COLUMNS,
    OIRA_COLUMNS,
    EipExport,
    write_csv,
    write_xlsx,
)

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def export():
    projects = demo_projects() + [
        ImprovementProject(
            ENTERPRISE_ID,
            '=HYPERLINK("http://example.com","click")',
            action="@SUM(A1:A9) 护罩 <b>&</b>",
            problem="x" * 10_000,
            status=ProjectStatus.PLANNED,
            due_date=dt.date(2027, 3, 1),
        )
    ]
    return EipExport(
        "Deyang Hongxing Cable (德阳红星电缆)",
        "CNY",
        projects,
        demo_members(),
        demo_hazards(),
        TODAY,
    )


def test_xlsx_reads_back_typed_with_oira_columns_first(tmp_path, export):
    path = tmp_path / "eip.xlsx"
    write_xlsx(path, export)
    book = openpyxl.load_workbook(path)
    sheet = book["EIP"]
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS) and header[: len(OIRA_COLUMNS)] == list(OIRA_COLUMNS)
    by_title = {
        row[COLUMNS.index("Project")]: row for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert len(by_title) == 11
    guard = by_title["Interlocked guard on strander 2"]
    assert guard[COLUMNS.index("Reference")] == "Unguarded nip point, strander 2"
    assert guard[COLUMNS.index("Responsible")] == "Liu Yan (刘燕)"
    assert guard[COLUMNS.index("Actual cost")] == 6800.0
    assert guard[COLUMNS.index("Verified on")].date() == dt.date(2026, 10, 13)
    assert guard[COLUMNS.index("Planning end")].date() == dt.date(2026, 10, 10)
    wrapping = by_title["Fixed guard over wrapping machine 3"]
    assert wrapping[COLUMNS.index("Overdue")] == "yes"
    hostile = by_title['=HYPERLINK("http://example.com","click")']
    assert len(hostile[COLUMNS.index("Problem")]) == 10_000
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"  # no formula anywhere
    summary = book["Summary"]
    values = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r and r[0]}
    assert values["Projects"] == 11 and values["Cost (CNY)"] == pytest.approx(
        float(sum((p.cost or Decimal(0)) for p in export.projects if p.status.value != "cancelled"))
    )


def test_csv_has_a_bom_and_defused_formulas(tmp_path, export):
    path = tmp_path / "eip.csv"
    write_csv(path, export)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == list(COLUMNS) and len(table) == 12
    hostile = next(r for r in table if "HYPERLINK" in r[COLUMNS.index("Project")])
    assert hostile[COLUMNS.index("Project")].startswith("'=")
    assert hostile[COLUMNS.index("Measure")] == "'@SUM(A1:A9) 护罩 <b>&</b>"
    guard = next(r for r in table if r[COLUMNS.index("Project")].startswith("Interlocked"))
    assert guard[COLUMNS.index("Verified on")] == "2026-10-13"

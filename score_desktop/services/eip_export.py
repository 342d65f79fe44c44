"""The Enterprise Improvement Plan as XLSX and CSV, with OiRA's action-plan columns first so
the sheet can be read beside an OiRA export.

User text is always written as text: a title starting with "=" must not become a formula
(in XLSX it is typed as a string; in CSV it gets a leading apostrophe, as spreadsheets
expect). Both are written to a temporary file renamed at the end; characters a file cannot
hold are counted in the ExportResult (services/spreadsheets.py).
"""

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain.hazard import Hazard
from ..domain.improvement import ImprovementProject, summarise
from ..domain.team import EitMember
from . import spreadsheets
from .spreadsheets import CellText, ExportResult
from .written_files import written_in_place

OIRA_COLUMNS = (
    "Measure",  # OiRA: action
    "Expertise / requirements",  # OiRA: requirements
    "Responsible",  # OiRA: responsible
    "Budget",  # OiRA: budget
    "Planning start",  # OiRA: planning_start
    "Planning end",  # OiRA: planning_end
    "Reference",  # OiRA: reference (here: the hazards acted on)
)
SCORE_COLUMNS = (
    "Project",
    "Problem",
    "Root cause",
    "Source",
    "SCORE module",
    "Zone",
    "Control level",
    "Status",
    "Overdue",
    "Cost estimate",
    "Actual cost",
    "Currency",
    "Expected savings / month",
    "Actual savings / month",
    "Payback (months)",
    "Indicator",
    "Baseline",
    "Target",
    "Result",
    "Verified on",
    "Verified by",
)
COLUMNS = OIRA_COLUMNS + SCORE_COLUMNS


@dataclass(frozen=True)
class EipExport:
    enterprise_name: str
    currency: str
    projects: list[ImprovementProject]
    members: list[EitMember]
    hazards: list[Hazard]
    today: dt.date


def rows(export: EipExport) -> list[list]:
    """One row per project, typed: dates as dates, money as Decimal, blanks as None."""
    # looked up by responsible_id, which may be None
    names: dict[uuid.UUID | None, str] = {m.id: m.name for m in export.members}
    titles = {h.id: h.title for h in export.hazards}
    table = []
    ordered = sorted(export.projects, key=lambda p: (p.due_date or dt.date.max, p.title))
    for p in ordered:
        responsible = names.get(p.responsible_id, "") or p.team
        payback = p.payback_months
        table.append(
            [
                p.action,
                p.team,
                responsible,
                p.cost_estimate,
                p.start_date,
                p.due_date,
                "; ".join(titles[h] for h in p.hazard_ids if h in titles),
                p.title,
                p.problem,
                p.root_cause,
                p.source.value,
                p.module_code,
                p.zone,
                p.control_level.value if p.control_level else "",
                p.status.value,
                "yes" if p.is_overdue(export.today) else "",
                p.cost_estimate,
                p.cost_actual,
                export.currency,
                p.savings_expected,
                p.savings_actual,
                round(payback, 1) if payback is not None else None,
                p.indicator,
                p.baseline_value,
                p.target_value,
                p.result_value,
                p.verified_on,
                p.verified_by,
            ]
        )
    return table


def write_csv(path: Path, export: EipExport) -> ExportResult:
    return spreadsheets.write_csv_rows(path, COLUMNS, rows(export))


def write_xlsx(path: Path, export: EipExport) -> ExportResult:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    result = ExportResult(Path(path))
    cells = CellText(result)
    book = Workbook()
    sheet = book.active
    sheet.title = "EIP"
    sheet.append(list(COLUMNS))
    bold = Font(bold=True)
    oira = PatternFill("solid", fgColor="DDEBF7")
    for index, cell in enumerate(sheet[1]):
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if index < len(OIRA_COLUMNS):
            cell.fill = oira
    overdue = PatternFill("solid", fgColor="F5B7B1")
    for values in rows(export):
        sheet.append([None] * len(values))
        row = sheet.max_row
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            spreadsheets.put_xlsx(cell, value, cells)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if values[COLUMNS.index("Overdue")]:
            for cell in sheet[row]:
                cell.fill = overdue
        result.rows += 1
    widths = {"Measure": 40, "Project": 36, "Problem": 40, "Root cause": 30, "Reference": 30}
    for column, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _summary_sheet(book.create_sheet("Summary"), export, cells)
    with written_in_place(path) as temporary:
        book.save(temporary)
    return result


def _summary_sheet(sheet, export: EipExport, cells: CellText) -> None:
    summary = summarise(export.projects, export.today)
    sheet.append(["Enterprise", cells.xlsx(export.enterprise_name)])
    sheet["B1"].data_type = "s"
    sheet.append(["Exported on", export.today])
    sheet.append(["Projects", sum(summary.by_status.values())])
    sheet.append(["Overdue", summary.overdue])
    currency = cells.xlsx(export.currency)
    sheet.append([f"Cost ({currency})", float(summary.cost)])
    sheet.append([f"Savings per month ({currency})", float(summary.savings_per_month)])
    payback = summary.payback_months
    sheet.append(["Payback (months)", round(payback, 1) if payback is not None else None])
    sheet.append([])
    sheet.append(["Status", "Projects"])
    for status, count in summary.by_status.items():
        sheet.append([status.value, count])
    sheet.append([])
    sheet.append(["SCORE module", "Projects"])
    for module, count in sorted(summary.by_module.items()):
        sheet.append([cells.xlsx(module), count])
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 40


def writer_for(path: Path):
    return spreadsheets.writer_for(path, write_csv, write_xlsx)

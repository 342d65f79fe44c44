"""Checklist templates as XLSX workbooks, so a programme can write its own in a spreadsheet.

The layout is in checklist_xlsx_layout.py and docs/checklist-templates.md. Reading is all
or nothing: the first problem found is refused with its sheet, row and column (as the
spreadsheet shows them: row 7, column D) and no template is made, so nothing half-read
reaches the workspace. Text cells are read exactly as written (no trimming), so a text
with markup, direction marks or C1 controls comes back as it went out; keys, codes and
other fields are trimmed.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..domain.checklist import ChecklistItem, ChecklistTemplate
from ..domain.checklist_codec import template_to_data
from ..domain.messages import Message
from .checklist_xlsx_layout import (
    FORMAT,
    ITEM_COLUMNS,
    ITEM_TEXTS,
    ITEMS_SHEET,
    SECTIONS_SHEET,
    TEMPLATE_HEADER,
    TEMPLATE_SHEET,
    TemplateFileError,
    languages_of,
    text_column,
)
from .checklist_xlsx_reader import template_from_workbook
from .spreadsheets import CellText, ExportResult
from .user_files import UnreadableFileError, read_user_file
from .written_files import written_in_place

__all__ = ["TemplateFileError", "placement", "read_template_xlsx", "write_template_xlsx"]

MAX_BYTES = 20 * 1024 * 1024  # a template of thousands of items is well under 1 MB


# Writing -------------------------------------------------------------------------------------


def write_template_xlsx(path: Path, template: ChecklistTemplate) -> ExportResult:
    """The template in the documented layout, written beside `path` and renamed over it."""
    from openpyxl import Workbook  # loaded with the first export, not with the app

    result = ExportResult(Path(path))
    cells = CellText(result)
    book = Workbook()
    book.remove(book.active)
    languages = languages_of(_languages(template))

    sheet = book.create_sheet(TEMPLATE_SHEET)
    rows: list[list[Any]] = [list(TEMPLATE_HEADER)]
    rows += [
        ["format", FORMAT],
        ["code", template.code],
        ["version", template.version],
        ["module", template.module_code],
    ]
    for name, value in (("title", template.title), ("description", template.description)):
        found = dict(value)
        rows += [[text_column(name, lang), found.get(lang, "")] for lang in languages]
    _fill(sheet, rows, cells, widths=(18, 80))

    sheet = book.create_sheet(SECTIONS_SHEET)
    rows = [["key", *(text_column("title", lang) for lang in languages)]]
    for section in template.sections:
        found = dict(section.title)
        rows.append([section.key, *(found.get(lang, "") for lang in languages)])
    _fill(sheet, rows, cells, widths=(14, *(40,) * len(languages)))

    sheet = book.create_sheet(ITEMS_SHEET)
    header: list[str] = []
    for name, is_text in ITEM_COLUMNS:
        header += [text_column(name, lang) for lang in languages] if is_text else [name]
    rows = [header]
    for section in template.sections:
        for item in section.items:
            values = _item_values(section.key, item)
            row: list[Any] = []
            for name, is_text in ITEM_COLUMNS:
                cell = values.get(name)
                if is_text:
                    written = dict(cell or ())
                    row += [written.get(lang, "") for lang in languages]
                else:
                    row.append("" if cell is None else cell)
            rows.append(row)
            result.rows += 1
    _fill(sheet, rows, cells, widths=tuple(40 if ":" in h else 14 for h in header))

    with written_in_place(path) as temporary:
        book.save(temporary)
    return result


def _languages(template: ChecklistTemplate) -> set[str]:
    found = {lang for lang, _t in (*template.title, *template.description)}
    for section in template.sections:
        found |= {lang for lang, _t in section.title}
        for item in section.items:
            values = _item_values(section.key, item)
            for name in ITEM_TEXTS:
                found |= {lang for lang, _t in values.get(name) or ()}
    return found


def _item_values(section_key: str, item: ChecklistItem) -> dict[str, Any]:
    values: dict[str, Any] = {
        "section": section_key,
        "key": item.key,
        "text": item.text,
        "help": item.help,
        "repeats": "yes" if item.repeats else "",
        "show_if": "; ".join(c.text() for c in item.show_if),
    }
    if item.hazard is not None:
        h = item.hazard
        values |= {
            "hazard_category": h.category_code,
            "hazard_control_level": h.control_level.value,
            "hazard_likelihood": h.likelihood,
            "hazard_severity": h.severity,
            "hazard_title": h.title,
            "hazard_controls": h.controls,
        }
    if item.action is not None:
        a = item.action
        values |= {"action_module": a.module_code, "action_title": a.title, "action": a.action}
    return values


def _fill(sheet, rows: list[list[Any]], cells: CellText, widths: Iterable[int]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for values in rows:
        sheet.append([cells.xlsx(v) if isinstance(v, str) else v for v in values])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # text that starts with "=" stays text
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width


# Reading -------------------------------------------------------------------------------------


def read_template_xlsx(path: Path, category_codes: set[str] | None = None) -> ChecklistTemplate:
    """The template a workbook holds. Raises TemplateFileError naming the first problem's
    place (also for a file that is not a workbook); `category_codes`, when given, are the
    hazard categories a suggestion may name."""
    try:
        data = read_user_file(Path(path), limit=MAX_BYTES)
    except UnreadableFileError as exc:
        raise TemplateFileError(Message("The file {why}", why=str(exc))) from exc
    return template_from_workbook(_workbook(data), category_codes)


def _workbook(data: bytes):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise TemplateFileError(
            Message("The file is not an XLSX workbook ({why}).", why=str(exc) or type(exc).__name__)
        ) from exc


# Adding to a workspace -----------------------------------------------------------------------


def placement(template: ChecklistTemplate, held: Iterable[ChecklistTemplate]) -> bool:
    """Whether an imported template is new to the workspace (True) or already held as it is
    (False). The same code and version with other content is refused: a version, once used
    by a walk-through, never changes, so a changed template needs a higher version."""
    held = list(held)
    for other in held:
        if other.code == template.code and other.version == template.version:
            if template_to_data(other) == template_to_data(template):
                return False
            newest = max(t.version for t in held if t.code == template.code)
            raise TemplateFileError(
                Message(
                    "Version {version} of “{code}” is already in the workspace with other "
                    "content; give this one version {next} in the sheet “Template”.",
                    version=template.version,
                    code=template.code,
                    next=newest + 1,
                ),
                TEMPLATE_SHEET,
            )
    return True

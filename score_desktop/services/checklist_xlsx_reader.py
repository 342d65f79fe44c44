"""Reading a checklist template workbook (the layout: checklist_xlsx_layout.py).

Each cell is checked where it is read, so a problem is named by its sheet, row and column;
the template's own validation runs last, as a safety net.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain import text as text_rule
from ..domain.checklist import (
    KEY_PATTERN,
    ActionSuggestion,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    ConditionKind,
    HazardSuggestion,
    Texts,
    parse_conditions,
    template_id,
)
from ..domain.errors import ValidationError
from ..domain.hazard import ControlLevel
from ..domain.messages import Message
from .checklist_xlsx_layout import (
    FORMAT,
    ITEM_COLUMNS,
    ITEM_TEXTS,
    ITEMS_SHEET,
    LANGUAGE_CODE,
    NO_WORDS,
    REQUIRED,
    SECTION_TEXTS,
    SECTIONS_SHEET,
    SHEETS,
    TEMPLATE_FIELDS,
    TEMPLATE_HEADER,
    TEMPLATE_SHEET,
    TEMPLATE_TEXTS,
    YES_WORDS,
    TemplateFileError,
    in_language_order,
    split_column,
)


@dataclass
class _Row:
    sheet: str
    number: int
    columns: dict[str, int]  # header → 0-based index
    values: tuple[Any, ...]

    def fail(self, column: str, problem: str) -> TemplateFileError:
        from openpyxl.utils import get_column_letter

        index = self.columns.get(column)
        letter = get_column_letter(index + 1) if index is not None else ""
        named = Message("{letter} ({name})", letter=letter, name=column) if letter else ""
        return TemplateFileError(problem, self.sheet, self.number, named)

    def raw(self, column: str) -> Any:
        index = self.columns.get(column)
        return self.values[index] if index is not None and index < len(self.values) else None

    def text(self, column: str) -> str:
        """A text cell exactly as written ("" when empty); numbers as they read."""
        value = self.raw(column)
        if value is None:
            return ""
        if isinstance(value, str):
            if value.startswith("=") and getattr(value, "is_formula", False):
                raise self.fail(column, Message("A formula; write the value itself."))
            found = text_rule.problem(value)
            if found is not None:
                raise self.fail(column, Message("The text {problem}", problem=found))
            return value
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else str(value)
        raise self.fail(column, Message("Not a text, number or yes/no."))

    def field(self, column: str) -> str:
        return self.text(column).strip()

    def key(self, column: str, required: bool = True) -> str:
        value = self.field(column)
        if required and not value:
            raise self.fail(column, Message("A key is needed here."))
        if value and not KEY_PATTERN.match(value):
            raise self.fail(
                column,
                Message(
                    "“{key}” is not a key: letters, digits, . _ - (up to 40), "
                    "starting with a letter or digit.",
                    key=value,
                ),
            )
        return value

    def whole(self, column: str, default: int, low: int, high: int) -> int:
        value = self.field(column)
        if not value:
            return default
        if not value.isdigit() or not low <= int(value) <= high:
            raise self.fail(
                column,
                Message(
                    "“{value}” is not a whole number from {low} to {high}.",
                    value=value,
                    low=low,
                    high=high,
                ),
            )
        return int(value)

    def yes_no(self, column: str) -> bool:
        value = self.field(column).casefold()
        if value in YES_WORDS:
            return True
        if value in NO_WORDS:
            return False
        raise self.fail(column, Message("“{value}” is not yes or no.", value=value))

    def texts(self, name: str) -> Texts:
        return in_language_order(
            [
                (language, written)
                for column in self.columns
                for field, language in [split_column(column)]
                if field == name and language
                if (written := self.text(column))
            ]
        )


def _rows(book, sheet_name: str, allowed_fields: tuple[str, ...], text_fields: tuple[str, ...]):
    """The rows of a sheet under its header, blank rows left out; a header cell the layout
    does not know is refused (a typo would otherwise lose a column silently)."""
    if sheet_name not in book.sheetnames:
        raise TemplateFileError(
            Message(
                "The workbook has no sheet “{sheet}” (a template has the sheets {sheets}).",
                sheet=sheet_name,
                sheets=", ".join(SHEETS),
            )
        )
    rows = book[sheet_name].iter_rows()
    header_cells = next(rows, ())
    columns: dict[str, int] = {}
    for index, cell in enumerate(header_cells):
        header_row = _Row(sheet_name, 1, {"": 0}, (cell.value,))
        header = header_row.field("")
        if not header:
            continue
        name, language = split_column(header)
        known = name in text_fields if language is not None else name in allowed_fields
        if not known or (language is not None and not LANGUAGE_CODE.match(language)):
            raise _Row(sheet_name, 1, {header: index}, ()).fail(
                header, Message("“{header}” is not a column of this sheet.", header=header)
            )
        if header in columns:
            raise _Row(sheet_name, 1, {header: index}, ()).fail(
                header, Message("The column “{header}” is there twice.", header=header)
            )
        columns[header] = index
    for needed in REQUIRED[sheet_name]:
        if needed not in columns:
            raise TemplateFileError(
                Message("The column “{name}” is missing.", name=needed), sheet_name, 1
            )
    for number, cells in enumerate(rows, start=2):
        values = tuple(_cell_value(cell) for cell in cells)
        if any(v is not None and v != "" for v in values):
            yield _Row(sheet_name, number, columns, values)


class _Formula(str):
    is_formula = True


def _cell_value(cell) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return _Formula(value)
    return value


def template_from_workbook(book, category_codes: set[str] | None = None) -> ChecklistTemplate:
    header = _template_header(book)
    sections, section_rows = _sections(book)
    items_of: dict[str, list[tuple[_Row, ChecklistItem]]] = {key: [] for key in sections}
    seen: set[str] = set()
    for row in _rows(book, ITEMS_SHEET, tuple(n for n, t in ITEM_COLUMNS if not t), ITEM_TEXTS):
        section_key = row.key("section")
        if section_key not in sections:
            raise row.fail(
                "section",
                Message("“{key}” is not a section of the sheet “Sections”.", key=section_key),
            )
        item = _item(row, category_codes)
        if item.key in seen:
            raise row.fail("key", Message("The item key “{key}” is used twice.", key=item.key))
        seen.add(item.key)
        items_of[section_key].append((row, item))
    earlier: set[str] = set()
    for rows_and_items in items_of.values():
        for row, item in rows_and_items:
            for condition in item.show_if:
                if condition.kind is ConditionKind.ANSWER and condition.item_key not in earlier:
                    raise row.fail(
                        "show_if",
                        Message(
                            "“{other}” is not an earlier item (an item can depend only on "
                            "items before it).",
                            other=condition.item_key,
                        ),
                    )
            earlier.add(item.key)
    for key, row in section_rows.items():
        if not items_of[key]:
            raise row.fail("key", Message("Section “{key}” has no items.", key=key))
    if not sections:
        raise TemplateFileError(Message("A template needs at least one section."), SECTIONS_SHEET)
    template = ChecklistTemplate(
        code=header["code"],
        version=header["version"],
        title=header["title"],
        sections=tuple(
            ChecklistSection(key, title, tuple(item for _row, item in items_of[key]))
            for key, title in sections.items()
        ),
        module_code=header["module"],
        description=header["description"],
        id=template_id(header["code"], header["version"]),
    )
    try:
        template.validate(category_codes)
    except ValidationError as exc:  # every rule was checked above; this is a safety net
        raise TemplateFileError(next(iter(exc.problems.values()))) from exc
    return template


def _template_header(book) -> dict[str, Any]:
    fields: dict[str, _Row] = {}
    texts: dict[str, list[tuple[str, str]]] = {name: [] for name in TEMPLATE_TEXTS}
    for row in _rows(book, TEMPLATE_SHEET, TEMPLATE_HEADER, ()):
        name = row.field("field")
        base, language = split_column(name)
        if name in fields:
            raise row.fail("field", Message("“{name}” is there twice.", name=name))
        if language is not None and base in TEMPLATE_TEXTS and LANGUAGE_CODE.match(language):
            written = row.text("value")
            if written:
                texts[base].append((language, written))
        elif name not in TEMPLATE_FIELDS:
            raise row.fail("field", Message("“{name}” is not a field of a template.", name=name))
        fields[name] = row
    if "code" not in fields:
        raise TemplateFileError(Message("The field “code” is missing."), TEMPLATE_SHEET)
    code_row = fields["code"]
    if "format" in fields and fields["format"].whole("value", FORMAT, 1, 10**6) != FORMAT:
        raise fields["format"].fail(
            "value", Message("This app reads template format {format}.", format=FORMAT)
        )
    version = fields["version"].whole("value", 1, 1, 10**6) if "version" in fields else 1
    module = fields["module"].key("value", required=False) if "module" in fields else ""
    if not any(t.strip() for _lang, t in texts["title"]):
        raise TemplateFileError(
            Message("A template needs a title (the field “title:en”)."), TEMPLATE_SHEET
        )
    return {
        "code": code_row.key("value"),
        "version": version,
        "module": module or "OSH",
        "title": in_language_order(texts["title"]),
        "description": in_language_order(texts["description"]),
    }


def _sections(book) -> tuple[dict[str, Texts], dict[str, _Row]]:
    sections: dict[str, Texts] = {}
    rows: dict[str, _Row] = {}
    for row in _rows(book, SECTIONS_SHEET, ("key",), SECTION_TEXTS):
        key = row.key("key")
        if key in sections:
            raise row.fail("key", Message("The section key “{key}” is used twice.", key=key))
        title = row.texts("title")
        if not any(t.strip() for _lang, t in title):
            raise TemplateFileError(
                Message("The section has no title."), SECTIONS_SHEET, row.number
            )
        sections[key], rows[key] = title, row
    return sections, rows


def _item(row: _Row, category_codes: set[str] | None) -> ChecklistItem:
    key = row.key("key")
    text = row.texts("text")
    if not any(t.strip() for _lang, t in text):
        raise TemplateFileError(
            Message("Item “{key}” has no text (the columns “text:…”).", key=key),
            ITEMS_SHEET,
            row.number,
        )
    try:
        show_if = parse_conditions(row.text("show_if"))
    except ValidationError as exc:
        raise row.fail("show_if", next(iter(exc.problems.values()))) from None
    return ChecklistItem(
        key=key,
        text=text,
        help=row.texts("help"),
        repeats=row.yes_no("repeats"),
        show_if=show_if,
        hazard=_hazard(row, category_codes),
        action=_action(row),
    )


def _hazard(row: _Row, category_codes: set[str] | None) -> HazardSuggestion | None:
    category = row.key("hazard_category", required=False)
    title, controls = row.texts("hazard_title"), row.texts("hazard_controls")
    others = [
        row.field(c) for c in ("hazard_control_level", "hazard_likelihood", "hazard_severity")
    ]
    if not category:
        if title or controls or any(others):
            raise row.fail(
                "hazard_category", Message("A suggested hazard needs its category here.")
            )
        return None
    if category_codes is not None and category not in category_codes:
        raise row.fail(
            "hazard_category",
            Message("“{category}” is not a hazard category.", category=category),
        )
    level_text = row.field("hazard_control_level") or ControlLevel.ENGINEERING.value
    try:
        level = ControlLevel(level_text)
    except ValueError:
        raise row.fail(
            "hazard_control_level",
            Message(
                "“{level}” is not a level of control ({levels}).",
                level=level_text,
                levels=", ".join(c.value for c in ControlLevel),
            ),
        ) from None
    return HazardSuggestion(
        category_code=category,
        title=title,
        controls=controls,
        control_level=level,
        likelihood=row.whole("hazard_likelihood", 3, 1, 5),
        severity=row.whole("hazard_severity", 3, 1, 5),
    )


def _action(row: _Row) -> ActionSuggestion | None:
    module = row.key("action_module", required=False)
    title, action = row.texts("action_title"), row.texts("action")
    if not module:
        if title or action:
            raise row.fail("action_module", Message("A suggested action needs its module here."))
        return None
    return ActionSuggestion(action=action, module_code=module, title=title)

"""The sheets and columns of a checklist template workbook (docs/checklist-templates.md).

One place says the layout, so the writer and the reader cannot drift apart. A text column
is a field name and a language code (`text:zh_CN`); the five UI languages are always
written, in this order, so a translator finds an empty column to fill.
"""

import re

from ..domain.errors import ValidationError
from ..domain.messages import Message

FORMAT = 1
LANGUAGES = ("en", "zh_CN", "es", "fr", "vi")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")

TEMPLATE_SHEET, SECTIONS_SHEET, ITEMS_SHEET = "Template", "Sections", "Items"
SHEETS = (TEMPLATE_SHEET, SECTIONS_SHEET, ITEMS_SHEET)

# the Template sheet: one field a row, its value in column B
TEMPLATE_HEADER = ("field", "value")
TEMPLATE_FIELDS = ("format", "code", "version", "module")
TEMPLATE_TEXTS = ("title", "description")

SECTION_FIELDS = ("key",)
SECTION_TEXTS = ("title",)

# the Items sheet, in the order written: (name, is a text by language)
ITEM_COLUMNS = (
    ("section", False),
    ("key", False),
    ("text", True),
    ("help", True),
    ("repeats", False),
    ("show_if", False),
    ("hazard_category", False),
    ("hazard_control_level", False),
    ("hazard_likelihood", False),
    ("hazard_severity", False),
    ("hazard_title", True),
    ("hazard_controls", True),
    ("action_module", False),
    ("action_title", True),
    ("action", True),
)
ITEM_TEXTS = tuple(name for name, is_text in ITEM_COLUMNS if is_text)
ITEM_FIELDS = tuple(name for name, is_text in ITEM_COLUMNS if not is_text)
REQUIRED = {
    TEMPLATE_SHEET: TEMPLATE_HEADER,
    SECTIONS_SHEET: SECTION_FIELDS,
    ITEMS_SHEET: ("section", "key"),
}

YES_WORDS = {"yes", "y", "true", "1", "x"}
NO_WORDS = {"", "no", "n", "false", "0"}


def text_column(name: str, language: str) -> str:
    return f"{name}:{language}"


def split_column(header: str) -> tuple[str, str | None]:
    """`text:zh_CN` → ("text", "zh_CN"); `key` → ("key", None)."""
    name, colon, language = header.partition(":")
    return (name.strip(), language.strip()) if colon else (header.strip(), None)


def languages_of(found: set[str]) -> tuple[str, ...]:
    """The five UI languages, then any other the template is written in."""
    return LANGUAGES + tuple(sorted(found - set(LANGUAGES)))


def in_language_order(found: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Texts in the order the layout writes their columns, wherever the columns stand."""
    rank = {lang: n for n, lang in enumerate(LANGUAGES)}
    return tuple(sorted(found, key=lambda pair: (rank.get(pair[0], len(rank)), pair[0])))


class TemplateFileError(ValidationError):
    """A workbook that is not a template: where (sheet, row, column letter; 0 and "" when
    the problem is the whole sheet or row) and what."""

    def __init__(self, problem: str, sheet: str = "", row: int = 0, column: str = ""):
        self.sheet, self.row, self.column = sheet, row, column
        if sheet and row and column:
            where = Message(
                "Sheet “{sheet}”, row {row}, column {column}: {problem}",
                sheet=sheet,
                row=row,
                column=column,
                problem=problem,
            )
        elif sheet and row:
            where = Message(
                "Sheet “{sheet}”, row {row}: {problem}", sheet=sheet, row=row, problem=problem
            )
        elif sheet:
            where = Message("Sheet “{sheet}”: {problem}", sheet=sheet, problem=problem)
        else:
            where = Message("{problem}", problem=problem)
        super().__init__({"file": where})

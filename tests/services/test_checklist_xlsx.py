"""Checklist templates through XLSX workbooks: every shipped template comes back equal, any
text a record may hold comes back as written, and a malformed workbook is refused with the
sheet, row and column of its problem."""

import dataclasses

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from score_desktop.domain.checklist import ChecklistItem, template_id, texts
from score_desktop.domain.checklist_codec import template_to_data
from score_desktop.domain.hazard import DEFAULT_CATEGORIES
from score_desktop.domain.text import UNSTORABLE
from score_desktop.services.checklist_xlsx import (
    TemplateFileError,
    placement,
    read_template_xlsx,
    write_template_xlsx,
)
from score_desktop.services.checklists import shipped_templates
from tests.checklist_builders import make_template

CATEGORIES = {c.code for c in DEFAULT_CATEGORIES}


@pytest.mark.parametrize("template", shipped_templates(), ids=lambda t: t.code)
def test_every_shipped_template_comes_back_equal(tmp_path, template):
    path = tmp_path / f"{template.code}.xlsx"
    result = write_template_xlsx(path, template)
    assert result.rows == len(template.items()) and result.replaced == 0
    back = read_template_xlsx(path, CATEGORIES)
    assert back == template
    assert back.id == template_id(template.code, template.version)


def test_the_workbook_has_the_documented_sheets_and_columns(tmp_path):
    path = tmp_path / "t.xlsx"
    write_template_xlsx(path, make_template())
    book = load_workbook(path)
    assert book.sheetnames == ["Template", "Sections", "Items"]
    fields = [row[0].value for row in book["Template"].iter_rows(min_row=2)]
    assert fields[:4] == ["format", "code", "version", "module"]
    assert {"title:en", "title:zh_CN", "title:es", "title:fr", "title:vi"} <= set(fields)
    header = [c.value for c in book["Items"][1]]
    assert header[:3] == ["section", "key", "text:en"]
    assert {"show_if", "repeats", "hazard_category", "hazard_controls:vi", "action"} & set(
        header
    ) == {"show_if", "repeats", "hazard_category", "hazard_controls:vi"}
    assert "action:en" in header and "action_module" in header
    items = {row[1].value: row for row in book["Items"].iter_rows(min_row=2)}
    column = {name: n for n, name in enumerate(header)}
    assert items["A2"][column["show_if"]].value == "A1=yes"
    assert items["A3"][column["repeats"]].value == "yes"
    assert items["A2"][column["hazard_controls:en"]].value == (
        "Fix racks to the wall\nLabel the load limit"
    )


def _workbook(tmp_path, change, template=None):
    """The test template written, then changed by `change(book)` as a person would in a
    spreadsheet, and saved again."""
    path = tmp_path / "changed.xlsx"
    write_template_xlsx(path, template or make_template())
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path


def _set(sheet_name, cell, value):
    def change(book):
        book[sheet_name][cell] = value

    return change


def _refused(path, categories=None) -> TemplateFileError:
    with pytest.raises(TemplateFileError) as caught:
        read_template_xlsx(path, categories)
    return caught.value


# Items rows: 2 A1, 3 A2, 4 A3, 5 B1, 6 B2; columns: A section, B key, C-G text, H-L help,
# M repeats, N show_if, O hazard_category, P control level, Q likelihood, R severity
MALFORMED = [
    ("unknown column", _set("Items", "C1", "txet:en"), ("Items", 1, "C"), "txet:en"),
    ("key with a space", _set("Items", "B3", "A 2"), ("Items", 3, "B"), "not a key"),
    ("key twice", _set("Items", "B3", "A1"), ("Items", 3, "B"), "used twice"),
    ("unknown section", _set("Items", "A4", "stores"), ("Items", 4, "A"), "not a section"),
    ("later item", _set("Items", "N3", "B1=yes"), ("Items", 3, "N"), "not an earlier item"),
    ("bad condition", _set("Items", "N3", "A1 is yes"), ("Items", 3, "N"), "not a condition"),
    ("bad answer", _set("Items", "N3", "A1=maybe"), ("Items", 3, "N"), "an answer is one of"),
    ("likelihood 7", _set("Items", "Q3", 7), ("Items", 3, "Q"), "from 1 to 5"),
    ("severity text", _set("Items", "R3", "high"), ("Items", 3, "R"), "from 1 to 5"),
    ("control level", _set("Items", "P4", "prayer"), ("Items", 4, "P"), "level of control"),
    ("repeats", _set("Items", "M4", "often"), ("Items", 4, "M"), "not yes or no"),
    ("formula", _set("Items", "C2", "=1+1"), ("Items", 2, "C"), "formula"),
    ("no text", _set("Items", "C5", None), ("Items", 5, ""), "has no text"),
    ("hazard w/o category", _set("Items", "O3", None), ("Items", 3, "O"), "needs its category"),
    ("version", _set("Template", "B4", "two"), ("Template", 4, "B"), "whole number"),
    ("format", _set("Template", "B2", 2), ("Template", 2, "B"), "format 1"),
    ("template field", _set("Template", "A5", "modul"), ("Template", 5, "A"), "not a field"),
    ("section key", _set("Sections", "A2", "storage!"), ("Sections", 2, "A"), "not a key"),
]


@pytest.mark.parametrize(
    ("change", "place", "words"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_a_malformed_workbook_is_refused_with_its_sheet_row_and_column(
    tmp_path, change, place, words
):
    error = _refused(_workbook(tmp_path, change))
    assert (error.sheet, error.row, error.column[:1]) == place
    assert words in str(error)
    if place[2]:
        assert f"column {place[2]} (" in str(error)


def test_an_unknown_hazard_category_is_refused_where_it_is_written(tmp_path):
    error = _refused(_workbook(tmp_path, _set("Items", "O3", "dragons")), CATEGORIES)
    assert (error.sheet, error.row, error.column[:1]) == ("Items", 3, "O")
    assert "“dragons” is not a hazard category" in str(error)


def test_a_missing_sheet_a_missing_column_and_a_file_that_is_no_workbook(tmp_path):
    def drop_sections(book):
        del book["Sections"]

    error = _refused(_workbook(tmp_path, drop_sections))
    assert "no sheet “Sections”" in str(error)

    def drop_key_column(book):
        book["Items"].delete_cols(2)

    error = _refused(_workbook(tmp_path, drop_key_column))
    assert (error.sheet, error.row) == ("Items", 1) and "“key” is missing" in str(error)
    text = tmp_path / "notes.xlsx"
    text.write_text("section,key\nstorage,A1\n", encoding="utf-8")
    assert "not an XLSX workbook" in str(_refused(text))
    assert "does not exist" in str(_refused(tmp_path / "gone.xlsx"))


def test_blank_rows_and_columns_in_any_order_are_read(tmp_path):
    def shuffle(book):
        items = book["Items"]
        items.insert_rows(4, 2)  # two blank rows between A2 and A3
        items.move_range("B1:B8", cols=60)  # the key column far to the right
        items.move_range("C1:C8", cols=62)

    assert read_template_xlsx(_workbook(tmp_path, shuffle)) == make_template()


# Text a record may hold: anything but the characters the text rule refuses, and carriage
# returns (spreadsheet cells break lines with line feeds; see the test below)
STORABLE = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\r",
).filter(lambda c: UNSTORABLE.match(c) is None)
HOSTILE = st.sampled_from(
    [
        "<b>bold</b> & <img src='x'>",
        "\u202eRTL override\u202c \u200f",
        "مرحبا بالعالم",
        "=SUM(A1:A9)",
        "+1-2",
        "@user",
        "tab\there\nline",
        "\x7f\x85\x9f",
        "  spaces  ",
        "_x000D_",
        "'quoted",
        "123",
        "😀👍🏽",
    ]
)
CELL_TEXT = st.one_of(HOSTILE, st.text(STORABLE, min_size=1, max_size=60))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(a=CELL_TEXT, b=CELL_TEXT, c=CELL_TEXT, d=CELL_TEXT)
@example(a="<b>", b="<b>", c=" ", d="<b>")  # a blank c: the section's title is still one
def test_any_storable_cell_text_comes_back_as_written(tmp_path, a, b, c, d):
    template = make_template()
    storage, machines = template.sections
    first = storage.items[0]
    changed = dataclasses.replace(
        first,
        text=texts(en=first.text[0][1], fr=a),
        help=texts(en=b, vi=c),
    )
    hazard_item = storage.items[1]
    changed_hazard = dataclasses.replace(
        hazard_item,
        hazard=dataclasses.replace(hazard_item.hazard, controls=texts(en=d, es=a)),
    )
    storage = dataclasses.replace(  # a section needs a title: c alone may be blank
        storage, title=texts(en=f"Storage {c}"), items=(changed, changed_hazard, *storage.items[2:])
    )
    template = dataclasses.replace(
        template, sections=(storage, machines), description=texts(zh_CN=d)
    )
    path = tmp_path / "hostile.xlsx"
    result = write_template_xlsx(path, template)
    assert result.replaced == 0 and result.shortened == 0
    assert read_template_xlsx(path) == template


def test_a_carriage_return_comes_back_as_a_line_feed(tmp_path):
    template = make_template()
    storage = template.sections[0]
    item = dataclasses.replace(storage.items[0], help=texts(en="one\r\ntwo\rthree"))
    storage = dataclasses.replace(storage, items=(item, *storage.items[1:]))
    path = tmp_path / "cr.xlsx"
    write_template_xlsx(
        path, dataclasses.replace(template, sections=(storage, *template.sections[1:]))
    )
    back = read_template_xlsx(path)
    assert back.item("A1").help == (("en", "one\ntwo\nthree"),)


def test_a_version_held_with_other_content_is_refused_a_new_one_is_added():
    held = [make_template(1)]
    assert placement(make_template(1), held) is False  # the same: nothing to add
    assert placement(make_template(2), held) is True
    storage = held[0].sections[0]
    extra = ChecklistItem("A4", texts(en="Is the floor dry?"))
    changed = dataclasses.replace(
        held[0], sections=(dataclasses.replace(storage, items=(*storage.items, extra)),)
    )
    with pytest.raises(TemplateFileError) as caught:
        placement(changed, held)
    assert "give this one version 2" in str(caught.value)
    assert template_to_data(held[0]) != template_to_data(changed)

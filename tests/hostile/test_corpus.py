"""Hostile text from input to every output (issue 22): control characters, lone surrogates,
right-to-left and emoji, markup and formula starts, a 1,000-letter word and a
200,000-character text, put into an enterprise's name and notes, a hazard's title and
description and a project's action in a real workspace, then written as the EIP (XLSX,
CSV), the indicator export, the activity CSV and the visit PDF.

Each case ends in a clear message (the write is refused, naming the field) or a correct
output: what was stored reads back the same from every file (cut, with "…", where a
spreadsheet cell ends), and the workspace passes SQLite's integrity check afterwards.
Text from before the rule (given to the exports directly) comes out with U+FFFD in place of
what a file cannot hold, counted.
"""

import csv
import dataclasses
import datetime as dt
import re
import subprocess

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import text as sql

from score_desktop.domain import text
from score_desktop.domain.catalogues import DEFAULT_MODULES
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.hazard import Hazard
from score_desktop.domain.history import TimelineFilter
from score_desktop.domain.improvement import ImprovementProject
from score_desktop.services import eip_export, indicator_export
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.services.history_export import export_timeline_csv
from score_desktop.services.reporting.content import content_from
from score_desktop.services.reporting.visit_report import write_visit_report
from score_desktop.services.spreadsheets import FORMULA_STARTS, XLSX_CELL_MAX
from score_desktop.storage.repositories import sql_repositories
from tests.hostile.strategies import HOSTILE, HUGE_TEXT, HUGE_WORD, SAMPLES, WITH_HUGE

TODAY = dt.date(2026, 11, 22)
SLOW = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def repos(workspace):
    found = sql_repositories(workspace)
    seed_demo(found)
    return found


def stored(write, value: str) -> bool:
    """True when `write()` stored `value`; a refusal must be a ValidationError with a clear
    message, and the text rule's when the value breaks it."""
    try:
        write()
    except ValidationError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
        if text.problem(value) is not None:
            assert "cannot be stored; remove it." in message
        else:
            assert not value.strip() or len(value) > 300, f"{value!r} refused: {message}"
        return False
    assert text.problem(value) is None, f"{value!r} stored"
    return True


def in_xlsx(value: str) -> str:
    """What a spreadsheet cell holds of stored text: line breaks as line feeds, cut where a
    cell ends."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value if len(value) <= XLSX_CELL_MAX else value[: XLSX_CELL_MAX - 1] + "…"


def literal(cell: str) -> str:
    """What a CSV cell says the text was (a formula-like start is kept as text)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def read_csv(path) -> list[dict]:
    csv.field_size_limit(1_000_000)  # Python's reader stops at 131,072 characters a cell
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def integrity(workspace) -> str:
    with workspace.engine.connect() as connection:
        return connection.execute(sql("PRAGMA integrity_check")).scalar_one()


def put_in(repos, name, notes, title, description, action):
    """Each value written where a user would type it; returns the records as stored."""
    enterprise = repos.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    for field, value in (("name", name), ("notes", notes)):
        changed = dataclasses.replace(enterprise, **{field: value})
        if stored(lambda c=changed: repos.portfolio.update_enterprise(c), value):
            enterprise = changed
    category = repos.hazards.list_categories()[0].code
    hazard = Hazard(DEMO_ENTERPRISE_ID, "Hazard", category, initial=(("likelihood", 2.0),))
    repos.hazards.add_hazards([hazard])
    for field, value in (("title", title), ("description", description)):
        changed = dataclasses.replace(hazard, **{field: value})
        if stored(lambda c=changed: repos.hazards.update_hazards([c]), value):
            hazard = changed
    project = ImprovementProject(DEMO_ENTERPRISE_ID, "Project", action=action)
    if not stored(lambda: repos.improvement.add_records([project]), action):
        project = dataclasses.replace(project, action="")
        repos.improvement.add_records([project])
    return enterprise, hazard, project


@SLOW
@given(
    name=HOSTILE,
    notes=WITH_HUGE,
    title=HOSTILE,
    description=WITH_HUGE,
    action=WITH_HUGE,
)
@example(name=SAMPLES[4], notes=HUGE_TEXT, title=SAMPLES[6], description=HUGE_WORD, action="=1+2")
def test_stored_text_reads_back_from_every_spreadsheet(
    repos, workspace, tmp_path, name, notes, title, description, action
):
    enterprise, hazard, project = put_in(repos, name, notes, title, description, action)
    assert repos.portfolio.get_enterprise(enterprise.id) == enterprise
    assert next(h for h in repos.hazards.list_hazards() if h.id == hazard.id) == hazard

    export = eip_export.EipExport(enterprise.name, "CNY", [project], [], [hazard], TODAY)
    written = eip_export.write_xlsx(tmp_path / "eip.xlsx", export)
    book = openpyxl.load_workbook(tmp_path / "eip.xlsx")
    row = next(book["EIP"].iter_rows(min_row=2, values_only=True))
    assert (row[eip_export.COLUMNS.index("Measure")] or "") == in_xlsx(project.action)
    assert (book["Summary"]["B1"].value or "") == in_xlsx(enterprise.name)
    assert written.replaced == 0 and written.shortened == (len(project.action) > XLSX_CELL_MAX)
    eip_export.write_csv(tmp_path / "eip.csv", export)
    (csv_row,) = read_csv(tmp_path / "eip.csv")
    assert literal(csv_row["Measure"]) == project.action

    data = [indicator_export.EnterpriseData(str(enterprise.id), enterprise.name, "", "", [], [])]
    data[0].counted.append(("eit_meetings", dt.date(2026, 7, 1), 1.0))
    indicator_export.write_xlsx(tmp_path / "ind.xlsx", data)
    sheet = openpyxl.load_workbook(tmp_path / "ind.xlsx")["Indicators"]
    cell = sheet.cell(2, indicator_export.COLUMNS.index("enterprise") + 1).value
    assert (cell or "") == in_xlsx(enterprise.name)

    activity = export_timeline_csv(
        repos.history, enterprise.id, TimelineFilter(), tmp_path / "activity.csv"
    )
    assert activity.replaced == 0
    last = {}
    for line in reversed(read_csv(tmp_path / "activity.csv")):  # oldest first
        last[(line["record_id"], line["field"])] = literal(line["after"])
    assert last.get((str(enterprise.id), "notes"), enterprise.notes) == enterprise.notes
    assert last[(str(hazard.id), "title")] == hazard.title
    assert last[(str(hazard.id), "description")] == hazard.description
    assert integrity(workspace) == "ok"


def pdf_words(path) -> str:
    """The PDF's text with white space removed (a word broken over lines reads whole)."""
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(run.stdout.split())


PLAIN = re.compile(r"[A-Za-z0-9 ]+")


@SLOW
@given(name=HOSTILE, notes=WITH_HUGE, title=HOSTILE, description=WITH_HUGE)
@example(name="Plain Cable Works", notes=HUGE_TEXT, title="Open pit", description=HUGE_WORD)
@example(name=SAMPLES[4], notes=SAMPLES[6], title=SAMPLES[0], description=SAMPLES[7])
def test_stored_text_is_printed_in_the_visit_report(
    repos, workspace, tmp_path, name, notes, title, description
):
    """The huge word in a description relies on the reports' long-word handling
    (services/reporting, merged before this test)."""
    enterprise, hazard, _ = put_in(repos, name, notes, title, description, "")
    visit = repos.portfolio.list_visits(enterprise.id)[-1]
    path = tmp_path / "visit.pdf"
    content = content_from(repos, enterprise, TODAY)
    write_visit_report(enterprise, visit, list(DEFAULT_MODULES), path, content=content)
    assert PdfReader(path).pages
    printed = pdf_words(path)
    assert "SCOREvisitreport" in printed
    for value in (enterprise.name, hazard.title):
        if PLAIN.fullmatch(value):
            assert "".join(value.split()) in printed
    if hazard.description == HUGE_WORD:
        assert HUGE_WORD in printed
    assert integrity(workspace) == "ok"


@settings(max_examples=30, deadline=None)
@given(action=st.one_of(HOSTILE, st.just(HUGE_WORD)), name=HOSTILE)
def test_older_text_comes_out_marked_and_counted(tmp_path_factory, action, name):
    """Text stored before the rule, exported as it is: U+FFFD where the file cannot hold a
    character, as many as the result says."""
    folder = tmp_path_factory.mktemp("older")
    project = ImprovementProject(DEMO_ENTERPRISE_ID, "Project", action=action)
    export = eip_export.EipExport(name, "CNY", [project], [], [], TODAY)
    shown, count = text.replaced(action)
    written = eip_export.write_xlsx(folder / "eip.xlsx", export)
    book = openpyxl.load_workbook(folder / "eip.xlsx")
    row = next(book["EIP"].iter_rows(min_row=2, values_only=True))
    assert (row[eip_export.COLUMNS.index("Measure")] or "") == in_xlsx(shown)
    assert (book["Summary"]["B1"].value or "") == in_xlsx(text.replaced(name)[0])
    assert written.replaced == count + text.replaced(name)[1]
    as_csv = eip_export.write_csv(folder / "eip.csv", export)
    (csv_row,) = read_csv(folder / "eip.csv")
    assert literal(csv_row["Measure"]) == shown and as_csv.replaced == count

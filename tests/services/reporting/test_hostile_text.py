"""Text of any shape and size through the three PDF reports (issue 22): a word longer than a
column, a table cell taller than a page, 200,000 characters, control characters, right to
left, emoji. Every report builds, and what was typed is printed."""

import dataclasses
import datetime as dt
import subprocess

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from score_desktop.domain.catalogues import DEFAULT_MODULES
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, demo_enterprise, demo_visits
from score_desktop.services.demo_improvement import demo_meetings
from score_desktop.services.reporting.content import content_from
from score_desktop.services.reporting.eip_report import write_eip_report
from score_desktop.services.reporting.progress_report import (
    Period,
    ProgressContent,
    write_progress_report,
)
from score_desktop.services.reporting.visit_report import write_visit_report
from tests.services.test_visit_report import demo_content

TODAY = dt.date(2026, 11, 22)
MODULES = list(DEFAULT_MODULES)
# 800 letters in one word, in an order a reader can check: abc…zabc…
LONG_WORD = "".join(chr(ord("a") + i % 26) for i in range(800))
NOTE = "".join(f"Sentence {n} of the note: cable drums block aisle 3. " for n in range(4000))


def joined_text(path) -> str:
    """The PDF's text with all white space removed: a word broken over lines reads whole."""
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(run.stdout.split())


def visit_with(**changes):
    return dataclasses.replace(demo_visits()[2], **changes)


def test_an_800_letter_consultant_name_builds_and_is_printed_whole(tmp_path):
    path = tmp_path / "visit.pdf"
    visit = visit_with(consultant=LONG_WORD, inspector="W" * 800)
    write_visit_report(demo_enterprise(), visit, MODULES, path, content=demo_content())
    text = joined_text(path)
    assert LONG_WORD in text  # the cover's facts: one column, the word's lines in order
    assert text.count("W") >= 2 * 800  # the inspector on the cover and over the signature
    assert "Signatures" in text and "Signatureanddate" in text


def test_800_letter_words_in_the_eip_and_progress_reports(tmp_path):
    content = demo_content()
    projects = [dataclasses.replace(p, title="W" * 800) for p in content.projects[:2]]
    members = [dataclasses.replace(m, name="W" * 800) for m in content.members[:2]]
    content = dataclasses.replace(
        content, projects=projects + content.projects[2:], members=members + content.members[2:]
    )
    eip = tmp_path / "eip.pdf"
    write_eip_report(dataclasses.replace(demo_enterprise(), name=LONG_WORD), content, [], eip)
    text = joined_text(eip)
    assert LONG_WORD in text  # the title, on the first page
    assert text.count("W") >= 4 * 800  # table rows split across pages, every letter printed
    meetings = [dataclasses.replace(m, decisions=LONG_WORD * 3) for m in demo_meetings()]
    progress = tmp_path / "progress.pdf"
    write_progress_report(
        dataclasses.replace(demo_enterprise(), name=LONG_WORD),
        ProgressContent(today=TODAY, indicators=[], meetings=meetings, projects=projects),
        Period.of(dt.date(2026, 8, 1), dt.date(2026, 10, 1)),
        progress,
    )
    assert LONG_WORD in joined_text(progress)


def with_text(record, text: str, *fields: str):
    return dataclasses.replace(record, **dict.fromkeys(fields, text))


def write_eip_and_progress(enterprise, content, meetings, folder) -> None:
    write_eip_report(enterprise, content, meetings, folder / "eip.pdf")
    write_progress_report(
        enterprise,
        ProgressContent(TODAY, [], meetings=meetings, projects=content.projects),
        Period.of(dt.date(2026, 8, 1), dt.date(2026, 10, 1)),
        folder / "progress.pdf",
    )


def test_every_text_one_800_letter_word_in_every_report(repositories, tmp_path):
    """The demo workspace (plan, photos' places, register, EIP, team) with every text an
    800-letter word: headings longer than a page's room, legends, signatures."""
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    visit = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)[-1]
    for word in ("W" * 800, "电" * 800):
        hostile = with_text(enterprise, word, "name", "sector", "address", "contact_person")
        content = content_from(repositories, hostile, TODAY)
        hazard_fields = ("title", "description", "source", "job", "responsible")
        content = dataclasses.replace(
            content,
            hazards=[with_text(h, word, *hazard_fields) for h in content.hazards],
            projects=[with_text(p, word, "title", "team", "action") for p in content.projects],
            members=[with_text(m, word, "name", "position") for m in content.members],
            categories={k: with_text(c, word, "name") for k, c in content.categories.items()},
        )
        visit = with_text(visit, word, "consultant", "inspector", "attendees", "observations")
        modules = repositories.portfolio.list_modules()
        write_visit_report(hostile, visit, modules, tmp_path / "visit.pdf", content=content)
        meetings = [with_text(m, word, "topics", "decisions") for m in demo_meetings()]
        write_eip_and_progress(hostile, content, meetings, tmp_path)


def test_a_200000_character_note_and_description_flow_over_pages(tmp_path):
    assert len(NOTE) > 200_000
    enterprise = dataclasses.replace(demo_enterprise(), notes=NOTE)
    content = demo_content()
    first, *rest = content.hazards
    content = dataclasses.replace(
        content, hazards=[dataclasses.replace(first, description=NOTE), *rest]
    )
    path = tmp_path / "visit.pdf"
    write_visit_report(enterprise, visit_with(), MODULES, path, content=content)
    pages = len(PdfReader(path).pages)
    assert pages > 60  # two 200,000-character texts at ~4,500 characters a page
    text = joined_text(path)
    for n in (0, 1999, 3999):  # the start, the middle and the end of both copies
        assert text.count(f"Sentence{n}ofthenote:") == 2


def test_a_200000_character_table_cell_in_the_progress_report(tmp_path):
    meetings = demo_meetings()
    held = next(i for i, m in enumerate(meetings) if m.date.strftime("%Y-%m") == "2026-10")
    meetings[held] = dataclasses.replace(meetings[held], decisions=NOTE)
    path = tmp_path / "progress.pdf"
    write_progress_report(
        demo_enterprise(),
        ProgressContent(today=TODAY, indicators=[], meetings=meetings),
        Period.of(dt.date(2026, 10, 1)),
        path,
    )
    text = joined_text(path)
    assert "Sentence3999ofthenote:" in text and len(PdfReader(path).pages) > 100


HUGE_WORD = st.builds(
    lambda char, count: char * count,
    st.characters(blacklist_categories=("Cs",)),
    st.integers(min_value=300, max_value=3000),
)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
HOSTILE = st.one_of(
    ANY_TEXT,
    HUGE_WORD,
    st.sampled_from(
        [
            "\u202eتقرير مصنع\u202c " * 40,  # right to left, with a direction override
            "تقرير" * 400,  # one Arabic word, shaped, longer than any column
            "🏭👷🏽‍♀️🔥" * 300,  # emoji and joined emoji, in no report font
            "a\x00b\x07c\x1b[31md\r\ne\tf\x7f" * 50,  # control characters
            "<b>bold</b> & <img src='/etc/passwd'/> " * 50,
            "电缆盘堵塞通道" * 300,
            "e\u0301" * 1500,  # a letter and a combining accent, many times
        ]
    ),
)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE, text=HOSTILE, word=HUGE_WORD)
def test_any_text_in_every_report_builds(tmp_path, name, text, word):
    enterprise = dataclasses.replace(demo_enterprise(), name=name, notes=text, contact_person=word)
    content = demo_content()
    hazard, *hazards = content.hazards
    project, *projects = content.projects
    member, *members = content.members
    content = dataclasses.replace(
        content,
        hazards=[dataclasses.replace(hazard, title=word, description=text), *hazards],
        projects=[dataclasses.replace(project, title=text, team=word), *projects],
        members=[dataclasses.replace(member, name=word, position=text), *members],
    )
    visit = visit_with(consultant=word, observations=text, attendees=name)
    write_visit_report(enterprise, visit, MODULES, tmp_path / "visit.pdf", content=content)
    meetings = [dataclasses.replace(m, topics=word, decisions=text) for m in demo_meetings()]
    write_eip_and_progress(enterprise, content, meetings, tmp_path)
    for name_ in ("visit", "eip", "progress"):
        assert PdfReader(tmp_path / f"{name_}.pdf").pages

"""The monthly progress report on the demo workspace: indicators against baseline and target,
charts as vectors, EIP progress, EIT meetings and verified improvement photos."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from score_desktop.domain.improvement import ImprovementProject
from score_desktop.domain.indicators import DEFAULT_INDICATORS, chart_rows, months_between
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.services.reporting.content import progress_content_from
from score_desktop.services.reporting.options import ReportOptions
from score_desktop.services.reporting.progress_report import (
    Period,
    period_value,
    verified_photos,
    write_progress_report,
)
from tests.services.reporting.conftest import TODAY, image_objects, pdf_text, replace


def write(repositories, path, period, **options):
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    content = progress_content_from(repositories, enterprise, TODAY)
    return write_progress_report(
        enterprise, content, period, path, options=ReportOptions(**options)
    ), content


def test_one_month_against_baseline_and_target(repositories, tmp_path):
    path = tmp_path / "progress.pdf"
    _result, content = write(repositories, path, Period.of(dt.date(2026, 10, 1)))
    text = pdf_text(path)
    for expected in (
        "Monthly progress report",
        "2026-10",
        "Indicators against baseline and target",
        "Absenteeism (%)",
        "Target met",
        "The last 12 months",
        "Improvement plan in the period",
        "EIT meetings held",
    ):
        assert expected in text, expected
    # the table's figure for the month is the dashboard's figure (the same chart rows)
    absenteeism = next(i for i in DEFAULT_INDICATORS if i.code == "absenteeism")
    rows = chart_rows(
        [absenteeism],
        content.entries,
        months_between(dt.date(2025, 11, 1), dt.date(2026, 10, 1)),
    )
    _indicator, series, baseline, target = rows[0]
    october = period_value(series, Period.of(dt.date(2026, 10, 1)))
    assert f"{october:,.2f}" in text and f"{baseline:,.2f}" in text and f"{target:,.2f}" in text
    assert image_objects(path) == {}  # charts are vectors
    held = [m for m in content.meetings if m.date.strftime("%Y-%m") == "2026-10"]
    assert f"{len(held)} meetings in the period." in text


def test_a_range_of_months_in_spanish(repositories, tmp_path):
    path = tmp_path / "range.pdf"
    write(repositories, path, Period.of(dt.date(2026, 6, 1), dt.date(2026, 10, 1)), language="es")
    text = pdf_text(path)
    assert "Informe mensual de avance" in text and "2026-06 – 2026-10" in text
    assert "Indicadores frente a la línea de base y la meta" in text


def test_photos_of_improvements_verified_in_the_period(repositories, photos, hazard, tmp_path):
    before, after, _general = photos
    project = next(
        p
        for p in repositories.improvement.list_records(ImprovementProject)
        if p.enterprise_id == DEMO_ENTERPRISE_ID
    )
    project = replace(
        project, verified_on=dt.date(2026, 10, 20), after_photo_id=after.id, hazard_ids=(hazard.id,)
    )
    repositories.improvement.update_records([project])
    period = Period.of(dt.date(2026, 10, 1))
    path = tmp_path / "photos.pdf"
    _result, content = write(repositories, path, period)
    assert [p.id for p in verified_photos(content, period)] == [after.id]
    assert "Improvements verified in the period" in pdf_text(path)
    assert len(image_objects(path)) == 1
    assert len(PdfReader(path).pages) >= 3


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period.of(dt.date(2026, 10, 1), dt.date(2026, 9, 1))
    assert Period.of(dt.date(2026, 10, 17)).label() == "2026-10"


def test_user_text_prints_literally_in_the_eip_and_progress_reports(repositories, tmp_path):
    from score_desktop.services.reporting.content import content_from, eip_meetings
    from score_desktop.services.reporting.eip_report import write_eip_report
    from tests.builders import TRICKY

    project = next(
        p
        for p in repositories.improvement.list_records(ImprovementProject)
        if p.enterprise_id == DEMO_ENTERPRISE_ID and p.status.open
    )
    repositories.improvement.update_records(
        [replace(project, title=f"Guard {TRICKY} 防护罩 ሰላም", start_date=dt.date(2026, 10, 2))]
    )
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    eip = tmp_path / "eip.pdf"
    write_eip_report(
        enterprise,
        content_from(repositories, enterprise, TODAY),
        eip_meetings(repositories, enterprise),
        eip,
    )
    progress = tmp_path / "progress.pdf"
    write(repositories, progress, Period.of(dt.date(2026, 10, 1)))
    for path in (eip, progress):
        assert f"Guard {TRICKY} 防护罩 ሰላም" in pdf_text(path), path.name


def test_counts_print_as_whole_numbers(repositories, tmp_path):
    """People, cases and meetings are counted: "111", never "111.00" as a rate's "4.24"."""
    path = tmp_path / "progress.pdf"
    write(repositories, path, Period.of(dt.date(2026, 10, 1)))
    text = pdf_text(path)

    def figures(name: str) -> tuple[str, ...]:
        found = re.search(re.escape(name) + r" (\S+) (\S+) (\S+)", text)
        assert found, name
        return found.groups()

    assert figures("Workers (people)") == ("111", "—", "109")
    assert figures("Managers (people)") == ("13", "—", "13")
    assert figures("Absenteeism (%)") == ("4.24", "2.65", "3.00")  # a rate: two decimals

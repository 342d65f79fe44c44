import dataclasses
import datetime as dt
import subprocess

import pytest
from pypdf import PdfReader

from score_desktop.domain.catalogues import DEFAULT_MODULES
from score_desktop.services.demo import demo_enterprise, demo_visits
from score_desktop.services.reporting.visit_report import write_visit_report
from tests.builders import TRICKY

MODULES = list(DEFAULT_MODULES)
CHINESE = "绞线机夹点无防护罩"
VIETNAMESE = "Người lao động đã được đào tạo an toàn"
SPANISH = "señalización de pasillos, año, niño"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def font_names(path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.fixture
def visit():
    return dataclasses.replace(
        demo_visits()[2],
        objectives=f"{VIETNAMESE}\n{SPANISH}",
        observations=f"{CHINESE}\nLiteral: {TRICKY}",
    )


def test_report_has_cover_profile_visit_and_page_numbers(tmp_path, visit):
    path = tmp_path / "report.pdf"
    result = write_visit_report(
        demo_enterprise(), visit, MODULES, path, today=dt.date(2026, 11, 22)
    )
    assert result.path == path and result.warnings == []
    reader = PdfReader(path)
    text = pdf_text(path)
    assert len(reader.pages) == 3  # cover; summary, profile and visit; next steps, signatures
    assert "SCORE visit report" in reader.pages[0].extract_text()
    assert "Occupational Safety and Health" in reader.pages[0].extract_text()
    assert "Zhang Wei" in reader.pages[0].extract_text()
    for expected in (
        "Enterprise profile",
        "Headcount by sex",
        "Observations",
        "Agreed next steps",
        "Summary",
        "Signatures",
        "Signature and date",
        "Page 1 of 3",
        "Page 3 of 3",
        "德阳红星电缆有限公司",
    ):
        assert expected in text
    assert "41" in text and "67" in text and "121" in text  # headcount by sex and total


def test_chinese_vietnamese_spanish_and_markup_are_printed_literally(tmp_path, visit):
    path = tmp_path / "report.pdf"
    write_visit_report(demo_enterprise(), visit, MODULES, path)
    text = pdf_text(path)
    for expected in (CHINESE, VIETNAMESE, SPANISH, "<b>bold?</b> & a<b c", "&amp;"):
        assert expected in text
    assert "<img src='/etc/passwd'/>" in text
    fonts = font_names(path)
    assert any("NotoSans" in f or "DejaVuSans" in f for f in fonts)
    assert any("WenQuanYi" in f for f in fonts)


def test_pdftotext_reads_the_same_scripts(tmp_path, visit):
    path = tmp_path / "report.pdf"
    write_visit_report(demo_enterprise(), visit, MODULES, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (CHINESE, VIETNAMESE, SPANISH, "<b>bold?</b>"):
        assert expected in text


def test_a_ten_thousand_character_field_flows_over_pages(tmp_path, visit):
    words = ("Cable drums block aisle 3; 电缆盘堵塞通道. " * 400)[:10_000]
    enterprise = dataclasses.replace(demo_enterprise(), notes=words)
    long_visit = dataclasses.replace(visit, observations=words)
    path = tmp_path / "long.pdf"
    write_visit_report(enterprise, long_visit, MODULES, path)
    reader = PdfReader(path)
    assert len(reader.pages) >= 5
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in pdf_text(path)


def test_characters_no_font_has_are_reported_not_fatal(tmp_path, visit):
    odd = dataclasses.replace(visit, next_steps="Ethiopic ሰላም and a mahjong tile 🀄")
    result = write_visit_report(demo_enterprise(), odd, MODULES, tmp_path / "odd.pdf")
    assert (tmp_path / "odd.pdf").exists()
    missing = " ".join(result.warnings)
    assert "U+1F004" in missing
    assert "U+1230" not in missing  # Ethiopic has its font (Noto Sans Ethiopic)


def test_failed_export_leaves_no_partial_file(tmp_path, visit, monkeypatch):
    from score_desktop.services.reporting import visit_report

    def explode(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(visit_report, "_visit_record", explode)
    target = tmp_path / "report.pdf"
    with pytest.raises(OSError):
        write_visit_report(demo_enterprise(), visit, MODULES, target)
    assert list(tmp_path.iterdir()) == []


def demo_content(today=dt.date(2026, 11, 22)):
    from score_desktop.domain.hazard import DEFAULT_CATEGORIES
    from score_desktop.domain.indicators import DEFAULT_INDICATORS
    from score_desktop.domain.risk import BUILT_IN_METHODS
    from score_desktop.services.demo import demo_hazards
    from score_desktop.services.demo_improvement import demo_members, demo_projects
    from score_desktop.services.demo_indicators import demo_indicator_entries
    from score_desktop.services.reporting.sections import VisitContent, indicator_lines

    method = BUILT_IN_METHODS["5x5"]
    return VisitContent(
        today=today,
        method=method,
        hazards=demo_hazards(),
        categories={c.code: c for c in DEFAULT_CATEGORIES},
        projects=demo_projects(),
        members=demo_members(),
        currency="CNY",
        indicators=indicator_lines(DEFAULT_INDICATORS, demo_indicator_entries()),
    )


def test_hazard_register_eip_and_indicators_are_in_the_report(tmp_path, visit):
    path = tmp_path / "full.pdf"
    write_visit_report(demo_enterprise(), visit, MODULES, path, content=demo_content())
    text = " ".join(pdf_text(path).split())  # table cells wrap
    for expected in (
        "Risk matrix (initial ratings)",
        "Hazard register",
        "15 hazards rated with",
        "Unguarded nip point, strander 2",
        "3 Engineering: Interlocked guard",
        "Enterprise Improvement Plan",
        "10 projects",
        "Fixed guard over wrapping machine 3",
        "overdue",
        "Cost 37,400.00 CNY",
        "Key indicators against the baseline",
        "Absenteeism (%)",
        "better",
    ):
        assert expected in text, expected
    pages = len(PdfReader(path).pages)
    assert 4 <= pages <= 12
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(out)], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages


def test_the_eip_report_for_the_manager(tmp_path):
    import subprocess as sp

    from score_desktop.services.demo_improvement import demo_meetings
    from score_desktop.services.reporting.eip_report import write_eip_report

    path = tmp_path / "eip.pdf"
    write_eip_report(demo_enterprise(), demo_content(), demo_meetings(), path)
    text = " ".join(pdf_text(path).split())
    for expected in (
        "Enterprise Improvement Plan",
        "Projects by SCORE module",
        "OSH 5",
        "Enterprise Improvement Team",
        "8 members (4 women); 11 meetings logged",
        "Zhou Bin (周斌) (left 2026-10-01)",
        "Fixed guard over wrapping machine 3",
    ):
        assert expected in text, expected
    sp.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "p")], check=True)
    assert list(tmp_path.glob("p-*.png"))


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_a_report_gets_the_users_file_mode_not_the_temporary_files(tmp_path, visit, mask):
    import os
    import stat

    previous = os.umask(mask)
    try:
        path = tmp_path / f"report-{mask:o}.pdf"
        write_visit_report(demo_enterprise(), visit, MODULES, path, today=dt.date(2026, 11, 22))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask

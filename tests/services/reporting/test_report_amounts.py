"""Amounts in the PDF tables: the currency's minor units, and never broken across lines."""

import dataclasses
import subprocess
from decimal import Decimal

import pytest

from score_desktop.services.demo import demo_enterprise
from score_desktop.services.demo_improvement import demo_meetings
from score_desktop.services.reporting.eip_report import write_eip_report
from score_desktop.services.reporting.i18n import Translator
from score_desktop.services.reporting.options import ReportOptions
from tests.services.reporting.conftest import pdf_text
from tests.services.test_visit_report import demo_content


def layout_lines(path) -> list[str]:
    run = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return run.stdout.splitlines()


def eip_with(tmp_path, currency: str, cost: Decimal, savings: Decimal):
    content = demo_content()
    first, *rest = content.projects
    projects = [dataclasses.replace(first, cost_actual=cost, savings_actual=savings)]
    uncosted = {"cost_actual": None, "cost_estimate": None}
    uncosted |= {"savings_actual": None, "savings_expected": None}
    projects += [dataclasses.replace(p, **uncosted) for p in rest]
    content = dataclasses.replace(content, currency=currency, projects=projects)
    path = tmp_path / f"eip-{currency}.pdf"
    write_eip_report(demo_enterprise(), content, demo_meetings(), path)
    return path


@pytest.mark.parametrize(
    ("currency", "cost", "savings", "cost_text", "savings_text"),
    [
        ("VND", Decimal("2500000"), Decimal("125000.4"), "2,500,000", "125,000"),
        ("JPY", Decimal("1234567"), Decimal("8000"), "1,234,567", "8,000"),
        ("KWD", Decimal("1250.5"), Decimal("12.125"), "1,250.500", "12.125"),
        ("USD", Decimal("2500"), Decimal("75.5"), "2,500.00", "75.50"),
    ],
)
def test_amounts_have_the_currencys_minor_units(
    tmp_path, currency, cost, savings, cost_text, savings_text
):
    path = eip_with(tmp_path, currency, cost, savings)
    text = pdf_text(path)
    # the summary line and the table, the totals equal to the one costed project
    assert f"Cost {cost_text} {currency}, savings" in text
    lines = layout_lines(path)
    assert any(cost_text in line and savings_text in line for line in lines), cost_text
    if currency in ("VND", "JPY"):
        assert f"{cost_text}." not in text  # no decimals at all


def test_the_cost_column_keeps_a_large_amount_on_one_line(tmp_path):
    path = eip_with(tmp_path, "VND", Decimal("2500000000"), Decimal("12500000"))
    lines = layout_lines(path)
    rows = [line for line in lines if "2,500,000,000" in line and "savings" not in line]
    assert len(rows) == 2  # the project's row and the total, each whole on its line
    assert all("12,500,000" in line for line in rows)
    assert not any(line.strip() in ("000", "00", "0") for line in lines)


@pytest.mark.parametrize(
    ("language", "currency", "cost_text", "savings_text", "summary"),
    [
        ("fr", "EUR", "2 500 000,00", "12 345,50", "Coût 2 500 000,00"),  # no-break spaces
        ("es", "EUR", "2.500.000,00", "12.345,50", "2.500.000,00 EUR"),
        ("vi", "VND", "2.500.000", "12.346", "2.500.000 VND"),
        ("zh_CN", "CNY", "2,500,000.00", "12,345.50", "2,500,000.00 CNY"),
    ],
)
def test_amounts_follow_the_reports_language(
    tmp_path, language, currency, cost_text, savings_text, summary
):
    """Grouping and decimal mark of the report's language (French groups with a space that
    never breaks), whole on one line in the table."""
    content = demo_content()
    first, *rest = content.projects
    projects = [
        dataclasses.replace(
            first, cost_actual=Decimal("2500000"), savings_actual=Decimal("12345.5")
        )
    ]
    uncosted = {"cost_actual": None, "cost_estimate": None}
    uncosted |= {"savings_actual": None, "savings_expected": None}
    projects += [dataclasses.replace(p, **uncosted) for p in rest]
    content = dataclasses.replace(content, currency=currency, projects=projects)
    path = tmp_path / f"eip-{language}.pdf"
    options = ReportOptions(language=language)
    write_eip_report(demo_enterprise(), content, demo_meetings(), path, options=options)
    text = pdf_text(path)
    assert summary in text
    rows = [
        line
        for line in layout_lines(path)
        if cost_text in line and savings_text in line and currency not in line  # the table
    ]
    assert len(rows) == 2  # the project's row and the total, each whole on its line
    # the figure columns' headings are not cut inside a word ("Économie" over "s / mois")
    heading = Translator(language)("Savings / month")
    tokens = pdf_text(path).split()
    assert all(word in tokens for word in heading.split()), heading


def test_the_team_table_keeps_a_role_whole(tmp_path):
    """The French EIP's role column was narrower than "Travailleur·se", which broke as
    "Travailleur·s" over "e"."""
    path = tmp_path / "eip-fr.pdf"
    write_eip_report(
        demo_enterprise(),
        demo_content(),
        demo_meetings(),
        path,
        options=ReportOptions(language="fr"),
    )
    role = Translator("fr")("Worker")
    assert role in pdf_text(path).split()


def test_the_risk_matrix_keeps_each_level_name_whole(tmp_path):
    """The French matrix's level columns were narrower than "Catastrophique" and
    "permanente)", which broke inside the word ("Catastrop" over "hique")."""
    from score_desktop.domain.catalogues import DEFAULT_MODULES
    from score_desktop.services.demo import demo_visits
    from score_desktop.services.reporting.visit_report import write_visit_report

    path = tmp_path / "visit-fr.pdf"
    write_visit_report(
        demo_enterprise(),
        demo_visits()[3],
        list(DEFAULT_MODULES),
        path,
        content=demo_content(),
        options=ReportOptions(language="fr"),
    )
    tokens = pdf_text(path).split()
    t = Translator("fr")
    for label in ("Catastrophic (death)", "Major (permanent disability)"):
        assert all(word in tokens for word in t(label).split()), t(label)

"""Amounts follow their currency's ISO 4217 minor units."""

from decimal import Decimal

import pytest

from score_desktop.domain.money import (
    editable_number,
    format_amount,
    format_number,
    minor_units,
    number_style,
    parse_number,
)


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (Decimal("2500000"), "VND", "2,500,000"),
        (Decimal("2500000.5"), "VND", "2,500,001"),  # half up, no minor unit
        (Decimal("1234567"), "JPY", "1,234,567"),
        (Decimal("1.25"), "KWD", "1.250"),
        (Decimal("1234.5678"), "BHD", "1,234.568"),
        (Decimal("12.5"), "USD", "12.50"),
        (Decimal("1234567.891"), "EUR", "1,234,567.89"),
        (12.345, "usd", "12.35"),  # a float as written, not as its binary value 12.3449…
        (250, "", "250.00"),  # no currency: two decimals
        (Decimal("-0.001"), "USD", "0.00"),
        (Decimal("-1500"), "CNY", "-1,500.00"),
        (None, "USD", ""),
    ],
)
def test_amounts(value, currency, expected):
    assert format_amount(value, currency) == expected


def test_minor_units_of_codes_known_and_not():
    assert [minor_units(c) for c in ("VND", "JPY", "KWD", "OMR", "USD", "XYZ", " tnd ")] == [
        0,
        0,
        3,
        3,
        2,
        2,
        3,
    ]


def test_huge_and_non_finite_values():
    assert format_amount(Decimal("1E+30"), "JPY") == "1" + ",000" * 10
    assert format_amount(Decimal("1E+30"), "KWD") == "1" + ",000" * 10 + ".000"
    assert format_amount(Decimal("NaN"), "USD") == "NaN"
    assert format_amount(float("inf"), "USD") == "inf"


@pytest.mark.parametrize(
    ("language", "value", "currency", "expected"),
    [
        ("fr", Decimal("1234.5"), "EUR", "1\u202f234,50"),
        ("fr_FR", Decimal("2500000"), "VND", "2\u202f500\u202f000"),
        ("vi", Decimal("2500000"), "VND", "2.500.000"),
        ("vi", Decimal("1234.5"), "USD", "1.234,50"),
        ("zh_CN", Decimal("2500000.5"), "CNY", "2,500,000.50"),
        ("es", Decimal("1234.5"), "EUR", "1234,50"),  # Spanish groups from five digits
        ("es", Decimal("12345.5"), "EUR", "12.345,50"),
        ("es", Decimal("-2500000"), "JPY", "-2.500.000"),
        ("de", Decimal("1234.5"), "EUR", "1,234.50"),  # not shipped: English
    ],
)
def test_amounts_in_a_language(language, value, currency, expected):
    assert format_amount(value, currency, language) == expected


def test_figures_in_a_language():
    assert format_number(42.125, 2, "fr") == "42,13"
    assert format_number(Decimal("9999"), 0, "es") == "9999"
    assert format_number(Decimal("10000"), 0, "es") == "10.000"
    assert number_style("zh-CN") == number_style("en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1 234,50", "fr", Decimal("1234.50")),
        ("1\u202f234,5", "fr", Decimal("1234.5")),
        ("12.5", "fr", Decimal("12.5")),  # a point is no French group mark: the decimal
        ("1.234,50", "vi", Decimal("1234.50")),
        ("1.234,50", "es", Decimal("1234.50")),
        ("1,800", "en", Decimal("1800")),
        ("2,500,000.25", "zh_CN", Decimal("2500000.25")),
        (" -300 ", "en", Decimal("-300")),
        ("", "fr", None),
    ],
)
def test_typed_figures_in_a_language(text, language, expected):
    assert parse_number(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"), [("12.5", "vi"), ("1,80", "en"), ("abc", "fr"), ("NaN", "en")]
)
def test_a_figure_that_could_be_misread_is_refused(text, language):
    """ "12.5" in Vietnamese is not 125: a group mark must be followed by three digits."""
    with pytest.raises(ValueError):
        parse_number(text, language)


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi", "zh_CN"])
def test_a_stored_figure_is_edited_and_read_back_unchanged(language):
    for value in (Decimal("1800.50"), Decimal("2500000"), Decimal("0.125")):
        assert parse_number(editable_number(value, language), language) == value

"""Amounts follow their currency's ISO 4217 minor units."""

from decimal import Decimal

import pytest

from score_desktop.domain.money import format_amount, minor_units


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

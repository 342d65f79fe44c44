"""Amounts and figures in the window, in the UI's language.

The rule is the domain's (`domain/money.py`), which the reports follow in the report's
language; the window's language is QLocale's default, set with the translators.
"""

from decimal import Decimal

from PySide6.QtCore import QLocale

from ..domain.money import format_amount, format_number


def ui_language() -> str:
    return QLocale().name()


def money(value: Decimal | float | int | None, currency: str) -> str:
    """In the currency's minor units and the UI's grouping: 2.500.000 VND in Vietnamese."""
    return format_amount(value, currency, ui_language())


def figure(value: Decimal | float | int, digits: int = 2) -> str:
    """A figure with `digits` decimals, grouped as the UI's language groups it."""
    return format_number(value, digits, ui_language())


def signed(value: Decimal | float | int, digits: int = 2) -> str:
    """A change with its sign: +1,20 · -0,88 (in Vietnamese)."""
    return ("+" if value > 0 else "") + figure(value, digits)

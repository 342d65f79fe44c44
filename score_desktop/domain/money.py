"""How an amount of money and a figure are written: the currency's ISO 4217 minor units
(never a fixed `.00`), and the language's grouping and decimal mark.

One rule for the window (the UI's language) and the reports (the report's language):
2,500,000 VND has no decimals, 12.50 USD two, 1.250 KWD three; French writes 1 234,50,
Spanish and Vietnamese 1.234,50 (Spanish groups only from five digits: 1234,50 but
12.345,50). The separators are CLDR's, as QLocale has them (a test compares the two), in a
table of the shipped languages: the domain imports nothing, and Babel would be a
dependency for five rows.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

DEFAULT_MINOR_UNITS = 2  # most currencies, and any code this table does not know

# ISO 4217 currencies whose minor unit is not two digits (the others, USD, EUR, CNY… have two).
MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(
        (
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
            "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}  # fmt: skip


@dataclass(frozen=True)
class NumberStyle:
    """A language's separators. `min_grouping`: CLDR's minimum grouping digits (2: a
    four-digit number is not grouped)."""

    group: str = ","
    decimal: str = "."
    min_grouping: int = 1


NARROW_NO_BREAK_SPACE = "\u202f"  # French groups with it: a number never breaks at a line end

NUMBER_STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(),
    "zh": NumberStyle(),
    "es": NumberStyle(".", ",", min_grouping=2),
    "fr": NumberStyle(NARROW_NO_BREAK_SPACE, ","),
    "vi": NumberStyle(".", ","),
}


def number_style(language: str) -> NumberStyle:
    """The style of `language` ("fr", "fr_FR", "zh-CN"…); English for one not listed."""
    base = language.replace("-", "_").split("_")[0].lower()
    return NUMBER_STYLES.get(base, NUMBER_STYLES["en"])


def format_number(value: Decimal | float | int, digits: int, language: str = "en") -> str:
    """`value` rounded half up to `digits` decimals, grouped in `language`'s way."""
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite():
        return str(value)
    with localcontext() as context:
        context.prec = max(context.prec, amount.adjusted() + digits + 2)  # huge amounts too
        rounded = amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # -0.001 USD is "0.00", not "-0.00"
    style = number_style(language)
    grouped = len(str(int(abs(rounded)))) >= 3 + style.min_grouping
    text = f"{rounded:,.{digits}f}" if grouped else f"{rounded:.{digits}f}"
    return text.translate({ord(","): style.group, ord("."): style.decimal})


def minor_units(currency: str) -> int:
    """Digits after the decimal mark for an ISO 4217 code (2 for an unknown or empty code)."""
    return MINOR_UNITS.get(currency.strip().upper(), DEFAULT_MINOR_UNITS)


def format_amount(value: Decimal | float | int | None, currency: str, language: str = "en") -> str:
    """`value` rounded half up to the currency's minor units, grouped as `language` does:
    2500000 VND -> "2,500,000" ("2.500.000" in Vietnamese), 12.5 USD -> "12.50",
    1.25 KWD -> "1.250"; None -> ""."""
    if value is None:
        return ""
    return format_number(value, minor_units(currency), language)


def parse_number(text: str, language: str = "en") -> Decimal | None:
    """A figure typed in `language`'s way ("1 234,50" in French, "1.234,50" in Vietnamese,
    "1,234.50" in English); spaces are ignored, empty is None. A group mark not followed by
    groups of three digits ("12.5" in Vietnamese) is refused with ValueError rather than
    read as 125: a typed amount is never silently a hundred times off."""
    style = number_style(language)
    compact = "".join(text.split()).replace(NARROW_NO_BREAK_SPACE, "")
    if not compact:
        return None
    whole, _mark, fraction = compact.partition(style.decimal)
    if style.group.strip():
        groups = whole.lstrip("+-").split(style.group)
        if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
            raise ValueError(text)
        whole = whole.replace(style.group, "")
    try:
        value = Decimal(f"{whole}.{fraction}" if _mark else whole)
    except ArithmeticError as exc:  # InvalidOperation
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def editable_number(value: Decimal | float | None, language: str = "en") -> str:
    """A stored figure as a field shows it for editing: its own decimals, the language's
    marks, no grouping (parse_number reads it back unchanged)."""
    if value is None:
        return ""
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite():
        return str(value)
    exponent = amount.as_tuple().exponent
    digits = max(0, -exponent) if isinstance(exponent, int) else 0
    text = f"{amount:.{digits}f}"
    return text.replace(".", number_style(language).decimal)

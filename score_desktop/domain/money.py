"""How an amount of money is written: the currency's ISO 4217 minor units, never a fixed `.00`.

One rule for every output (reports now, widgets and exports when they adopt it): 2,500,000
VND has no decimals, 12.50 USD two, 1.250 KWD three. Grouping and decimal mark are English
(`,` and `.`), as elsewhere in the reports.
"""

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


def minor_units(currency: str) -> int:
    """Digits after the decimal mark for an ISO 4217 code (2 for an unknown or empty code)."""
    return MINOR_UNITS.get(currency.strip().upper(), DEFAULT_MINOR_UNITS)


def format_amount(value: Decimal | float | int | None, currency: str) -> str:
    """`value` rounded half up to the currency's minor units, with thousands grouped:
    2500000 VND -> "2,500,000", 12.5 USD -> "12.50", 1.25 KWD -> "1.250"; None -> ""."""
    if value is None:
        return ""
    digits = minor_units(currency)
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite():
        return str(value)
    with localcontext() as context:
        context.prec = max(context.prec, amount.adjusted() + digits + 2)  # huge amounts too
        rounded = amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # -0.001 USD is "0.00", not "-0.00"
    return f"{rounded:,.{digits}f}"

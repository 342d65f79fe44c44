"""Short stable codes made from names, for catalogues users extend (modules, categories)."""

import re


def unique_code(name: str, taken: set[str], *, fallback: str, upper: bool = False) -> str:
    """`name` as letters, digits and underscores (30 at most), numbered past codes in use."""
    text = name.upper() if upper else name.casefold()
    pattern = r"[^A-Z0-9]+" if upper else r"[^a-z0-9]+"
    base = re.sub(pattern, "_", text).strip("_")[:30] or fallback
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code

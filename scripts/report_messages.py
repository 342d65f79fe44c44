"""Lists the messages the PDF reports print in their own words, for the catalogues in
resources/translations/reports/ (tests check that every catalogue has all of them).

Usage: python scripts/report_messages.py [LANG]   (with LANG: the ones that catalogue lacks)
"""

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def literal_messages() -> set[str]:
    """First arguments of t(...) calls that are string literals, in services/reporting."""
    found = set()
    for path in (ROOT / "score_desktop" / "services" / "reporting").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name == "t" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def catalogue_messages() -> set[str]:
    """Names of built-in catalogue entries that reports print (visit types, modules…)."""
    from score_desktop.domain.catalogues import DEFAULT_MODULES, VISIT_TYPE_LABELS
    from score_desktop.domain.hazard import DEFAULT_CATEGORIES
    from score_desktop.domain.indicators import DEFAULT_INDICATORS
    from score_desktop.domain.risk import BUILT_IN_METHODS
    from score_desktop.services.reporting.labels import TABLES
    from score_desktop.services.reporting.plan_section import LEGEND_ITEMS, NR5_NAMES

    found = set(VISIT_TYPE_LABELS.values()) | {m.title for m in DEFAULT_MODULES}
    found |= {c.name for c in DEFAULT_CATEGORIES} | set(NR5_NAMES.values())
    found |= {label for _kind, label, _shape in LEGEND_ITEMS}
    for indicator in DEFAULT_INDICATORS:
        found |= {indicator.name, indicator.unit}
    for method in BUILT_IN_METHODS.values():
        found.add(method.name)
        found |= {band.label for band in method.bands}
        for factor in method.factors:
            found.add(factor.name)
            found |= {level.label for level in factor.levels}
    for table in TABLES:
        found |= set(table.values())
    return {m for m in found if m.strip()}


def all_messages() -> set[str]:
    return literal_messages() | catalogue_messages()


if __name__ == "__main__":
    messages = sorted(all_messages())
    if len(sys.argv) > 1:
        path = ROOT / "resources" / "translations" / "reports" / f"{sys.argv[1]}.json"
        have = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        messages = [m for m in messages if m not in have]
    print(json.dumps(messages, ensure_ascii=False, indent=1))

"""Settings are declared once (gui/settings_keys.py), with defaults that match the domain's."""

import dataclasses
import re
from pathlib import Path

from score_desktop.domain.photo import KEEP_ORIGINAL_MAX_PIXELS
from score_desktop.domain.plan_style import PinStyle
from score_desktop.domain.team import CompositionRules
from score_desktop.gui import settings_keys
from score_desktop.services.reporting.options import Paper

GUI = Path(settings_keys.__file__).parent


def declared():
    found = [v for v in vars(settings_keys).values() if isinstance(v, settings_keys.Setting)]
    for group in (settings_keys.LOGOS, settings_keys.EIT_RULES):
        found += list(group.values())
    return found


def test_keys_are_unique_and_defaults_are_the_domains():
    keys = [s.key for s in declared()]
    assert len(keys) == len(set(keys))
    rules = CompositionRules()
    assert {n: s.default for n, s in settings_keys.EIT_RULES.items()} == dataclasses.asdict(rules)
    assert settings_keys.PHOTO_KEEP_MEGAPIXELS.default == KEEP_ORIGINAL_MAX_PIXELS // 1_000_000
    assert settings_keys.REPORT_PAPER.default == Paper.A4.value
    assert settings_keys.REPORT_PIN_STYLE.default == PinStyle.CATEGORY.value


def test_a_missing_or_unreadable_value_reads_as_the_default(settings):
    assert settings_keys.EIT_RULES["min_size"].read(settings) == 6
    settings.setValue("eit/composition/min_size", "not a number")
    assert settings_keys.EIT_RULES["min_size"].read(settings) == 6
    settings.setValue("report/sections", "a text, not a list")
    assert settings_keys.REPORT_SECTIONS.read(settings) is None
    settings_keys.REPORT_NORTH_ARROW.write(settings, True)
    assert settings_keys.REPORT_NORTH_ARROW.read(settings) is True


def test_no_widget_names_a_settings_key_of_its_own():
    """QSettings are read and written through settings_keys only."""
    offenders = []
    for path in GUI.rglob("*.py"):
        if path.name == "settings_keys.py" or "forms" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"settings\.(value|setValue)\(|\bs\.(value|setValue)\(", text):
            offenders.append(path.name)
    assert offenders == []

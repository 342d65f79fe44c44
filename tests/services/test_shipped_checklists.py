"""The shipped checklist templates: valid, every text in each language the app ships, each
*no* with something to make of it, and their hazard categories known to every workspace."""

import dataclasses
import re

import pytest

from score_desktop.domain.catalogues import DEFAULT_MODULES
from score_desktop.domain.checklist import pick
from score_desktop.domain.hazard import DEFAULT_CATEGORIES
from score_desktop.paths import resources_dir
from score_desktop.services.checklists import shipped_templates

CODES = {c.code for c in DEFAULT_CATEGORIES}


def test_the_four_templates_are_shipped():
    codes = {t.code for t in shipped_templates()}
    assert codes == {"osh-walkthrough", "covid-19", "workplace-cooperation-5s", "clean-production"}
    osh = next(t for t in shipped_templates() if t.code == "osh-walkthrough")
    assert [pick(s.title, "en") for s in osh.sections] == [
        "Materials storage and handling",
        "Machine safety",
        "Workstation design",
        "Lighting",
        "Premises",
        "Hazardous substances",
        "Welfare facilities",
        "Work organisation",
    ]


# every language the UI ships (resources/translations/score_desktop_<lang>.ts)
LANGUAGES = sorted(
    path.stem.removeprefix("score_desktop_")
    for path in (resources_dir() / "translations").glob("score_desktop_*.ts")
)


def test_the_ui_ships_five_languages():
    assert set(LANGUAGES) == {"en", "zh_CN", "es", "fr", "vi"}


def written_texts(value, place):
    """Every non-empty text-by-language of a template (titles, descriptions, items, help,
    suggested hazards, controls and actions), found by walking its dataclasses, so a text
    field added later is checked too."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from written_texts(getattr(value, f.name), f"{place}.{f.name}")
    elif (
        isinstance(value, tuple)
        and value
        and all(
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            for pair in value
        )
    ):
        yield place, dict(value)
    elif isinstance(value, tuple):
        for index, part in enumerate(value):
            key = getattr(part, "key", index)
            yield from written_texts(part, f"{place}[{key}]")


def figures(text):
    return sorted(re.findall(r"\d+", text))


@pytest.mark.parametrize("template", shipped_templates(), ids=lambda t: t.code)
def test_every_text_is_written_in_every_shipped_language(template):
    template.validate(CODES)
    found = list(written_texts(template, template.code))
    assert len(found) > len(template.items()) + len(template.sections)
    for place, by_language in found:
        missing = [lang for lang in LANGUAGES if not by_language.get(lang, "").strip()]
        assert not missing, f"{place} has no text in {missing}"
        english = by_language["en"]
        for lang in LANGUAGES:
            text = by_language[lang]
            # one control a line: each language lists as many controls as English
            assert text.count("\n") == english.count("\n"), (place, lang)
            # figures (20 kg, 30 seconds, 5S, COVID-19) are the same in every language
            assert figures(text) == figures(english), (place, lang)
            assert "{" not in text and "%" not in text, (place, lang)
    module_codes = {m.code for m in DEFAULT_MODULES}
    for item in template.items():
        if item.action is not None:
            assert item.action.module_code in module_codes, item.key


@pytest.mark.parametrize(
    ("ui_language", "written"),
    [("fr_FR", "fr"), ("es_ES", "es"), ("vi_VN", "vi"), ("zh_CN", "zh_CN")],
)
def test_the_ui_language_picks_its_own_text(ui_language, written):
    """The walk-through asks for QLocale().name() (fr_FR); each shipped text answers in that
    language, not in the English fallback."""
    for template in shipped_templates():
        for place, by_language in written_texts(template, template.code):
            assert pick(tuple(by_language.items()), ui_language) == by_language[written], place


def test_most_items_suggest_a_hazard_or_an_action():
    items = [i for t in shipped_templates() for i in t.items()]
    suggesting = [i for i in items if i.hazard is not None or i.action is not None]
    assert len(suggesting) >= 0.85 * len(items)

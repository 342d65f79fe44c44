"""The shipped checklist templates: valid, in English and Chinese, each *no* with something
to make of it, and their hazard categories known to every workspace."""

import pytest

from score_desktop.domain.catalogues import DEFAULT_MODULES
from score_desktop.domain.checklist import pick
from score_desktop.domain.hazard import DEFAULT_CATEGORIES
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


@pytest.mark.parametrize("template", shipped_templates(), ids=lambda t: t.code)
def test_every_text_is_written_in_english_and_chinese(template):
    template.validate(CODES)
    for owner in (template, *template.sections):
        assert {"en", "zh_CN"} <= dict(owner.title).keys()
    module_codes = {m.code for m in DEFAULT_MODULES}
    for item in template.items():
        assert {"en", "zh_CN"} <= dict(item.text).keys(), item.key
        if item.hazard is not None:
            assert {"en", "zh_CN"} <= dict(item.hazard.controls).keys(), item.key
        if item.action is not None:
            assert item.action.module_code in module_codes, item.key
            assert {"en", "zh_CN"} <= dict(item.action.action).keys(), item.key


def test_most_items_suggest_a_hazard_or_an_action():
    items = [i for t in shipped_templates() for i in t.items()]
    suggesting = [i for i in items if i.hazard is not None or i.action is not None]
    assert len(suggesting) >= 0.85 * len(items)

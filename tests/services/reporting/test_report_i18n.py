"""Every label the reports print is in every offered language, with the same placeholders."""

import json
import re
import sys
from pathlib import Path

import pytest

from score_desktop.services.reporting.i18n import Translator, catalogue_path
from score_desktop.services.reporting.options import REPORT_LANGUAGES, report_language

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
from report_messages import all_messages  # noqa: E402

PLACEHOLDER = re.compile(r"\{(\w+)\}")
TRANSLATED = [code for code in REPORT_LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalogue_has_every_message_with_its_placeholders(language):
    catalogue = json.loads(catalogue_path(language).read_text(encoding="utf-8"))
    messages = all_messages()
    assert len(messages) > 250
    missing = sorted(m for m in messages if not catalogue.get(m, "").strip())
    assert missing == []
    for message in messages:
        assert set(PLACEHOLDER.findall(catalogue[message])) == set(PLACEHOLDER.findall(message)), (
            language,
            message,
        )


def test_the_translator_formats_after_translating_and_falls_back_to_english():
    t = Translator("es")
    assert t("Page {page} of {total}", page=2, total=9) == "Página 2 de 9"
    assert t("A label nobody has translated") == "A label nobody has translated"
    assert Translator("en")("Page {page} of {total}", page=1, total=1) == "Page 1 of 1"


@pytest.mark.parametrize(
    ("ui", "report"),
    [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("es_ES", "es"), ("fr", "fr"), ("de_DE", "en")],
)
def test_the_report_language_follows_the_ui_language(ui, report):
    assert report_language(ui) == report

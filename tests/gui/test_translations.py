"""Every shipped UI language (zh_CN, es, fr, vi) is complete and compiled, and the window
really speaks it: its own words and the domain's (risk scales, bands, categories…)."""

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from score_desktop.gui.i18n import AVAILABLE_LANGUAGES, install_translators, translations_dir
from score_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402

TS = translations_dir() / "score_desktop_zh_CN.ts"


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("ts_file", sorted(translations_dir().glob("*.ts")), ids=lambda p: p.stem)
def test_every_string_in_the_code_is_in_the_ts_file_and_translated(tmp_path, ts_file):
    """Every language file is complete; the English one holds the plural forms only."""
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    build_translations.update(fresh)
    extracted, committed = messages(fresh), messages(ts_file)
    assert set(extracted) == set(committed), "run `make translations`"
    unfinished = [src for src, tr in committed.items() if tr.get("type") or not tr.text]
    assert unfinished == []


@pytest.mark.parametrize("ts_file", sorted(translations_dir().glob("*.ts")), ids=lambda p: p.stem)
def test_compiled_qm_matches_the_ts_file(tmp_path, ts_file):
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    compiled = build_translations.release(copy)
    committed = ts_file.with_suffix(".qm").read_bytes()
    assert compiled.read_bytes() == committed, "run `make translations`"


def test_the_domain_texts_are_extracted_for_translation():
    """Names and messages the domain marks (N_, Message) are in every language's file."""
    texts = build_translations.domain_texts()
    assert {"Very high", "Likelihood", "Mechanical / machinery", "Follow-up 1"} <= set(texts)
    assert "{factor} must be one of {allowed}, not {value}." in texts
    for ts_file in translations_dir().glob("score_desktop_*.ts"):
        if not ts_file.stem.endswith("_en"):
            domain = {src for ctx, src in messages(ts_file) if ctx == "Domain"}
            assert set(texts) <= domain, ts_file.name


def test_english_counts_read_in_the_singular_and_the_plural(qapp):
    before = QLocale()
    translators = install_translators(qapp, "en")
    try:
        assert translators, "the English plural forms were not loaded"

        def imported(count: int) -> str:
            return QCoreApplication.translate("PhotoImporter", "%n photo(s) imported.", "", count)

        assert (imported(1), imported(2)) == ("1 photo imported.", "2 photos imported.")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_every_offered_language_has_a_compiled_file():
    for code in AVAILABLE_LANGUAGES:
        if code != "en":
            assert (translations_dir() / f"score_desktop_{code}.qm").is_file()


@pytest.fixture
def chinese(qapp):
    before = QLocale()  # installing a language sets the default locale: put it back after
    translators = install_translators(qapp, "zh_CN")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_main_window_portfolio_and_visit_screens_in_chinese(chinese, qtbot, demo_window_factory):
    assert chinese, "no translator was loaded"
    window: MainWindow = demo_window_factory()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "帮助(&H)"]
    model = window.portfolio_panel.model
    from PySide6.QtCore import Qt

    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "企业"
    visits = window.enterprise_panel.visit_model
    row = [visits.index(0, c).data() for c in range(visits.columnCount())]
    assert "跟进走访 1" in row and "职业安全与健康" in row
    assert "咨询师" in window.enterprise_panel.visit_details.toPlainText()


def test_visits_are_named_alike_and_in_chinese_in_every_list(chinese, qtbot, demo_window_factory):
    """The register's visit filter, the photo scopes and the visit record share one caption."""
    from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID

    window: MainWindow = demo_window_factory()
    visit = window.document.visits_of(DEMO_ENTERPRISE_ID)[1]
    assert visit.type_label == "Follow-up 1"
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    combo = editor.hazards.panel.visit_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert f"{visit.date.isoformat()} · 跟进走访 1" in texts
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    scopes = window.enterprise_panel.gallery.scope_combo
    assert any("跟进走访 1" in scopes.itemText(i) for i in range(scopes.count()))

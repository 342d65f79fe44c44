"""The domain's texts on screen in the UI's language (one system: N_/Message, translated()),
and names in the language's own order (QCollator)."""

import dataclasses
import datetime as dt
import json
import re
import uuid

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from score_desktop.document.commands import AddEnterpriseCommand
from score_desktop.domain.enterprise import Enterprise
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.hazard import DEFAULT_CATEGORIES
from score_desktop.domain.history import Change, FieldChange, Operation
from score_desktop.domain.plan_style import PinStyle
from score_desktop.domain.programme import GroupBy
from score_desktop.domain.risk import MATRIX_5X5, matrix_axes
from score_desktop.gui.hazards.legend_contents import legend_contents
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.gui.hazards.risk_inputs import RiskInputs
from score_desktop.gui.history_values import change_lines, name_in_change, value_text
from score_desktop.gui.i18n import install_translators, sort_key, translated, translations_dir
from score_desktop.gui.main_window import MainWindow
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID


def _install(qapp, code: str):
    before = QLocale()
    translators = install_translators(qapp, code)
    assert translators, f"no translator was loaded for {code}"
    return translators, before


@pytest.fixture
def language(qapp, request):
    translators, before = _install(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def report_words(code: str) -> dict[str, str]:
    """The report catalogue: the reports' words, which the screens must match."""
    path = translations_dir() / "reports" / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["zh_CN", "es", "fr", "vi"], indirect=True)
def test_the_risk_screens_speak_the_language(language, qtbot, demo_window_factory):
    words = report_words(language)
    window: MainWindow = demo_window_factory()
    assert window.menuBar().actions()[0].text() != "&File"
    panel = window.plan_tabs.open_plan(DEMO_PLAN_ID).hazards.panel
    bands = [panel.band_combo.itemText(i) for i in range(panel.band_combo.count())]
    assert [words[b.label] for b in MATRIX_5X5.bands] == bands[1:5]
    methods = [panel.method_combo.itemText(i) for i in range(panel.method_combo.count())]
    assert words["5 × 5 likelihood × severity"] in methods
    categories = [panel.category_combo.itemText(i) for i in range(panel.category_combo.count())]
    assert words["Mechanical / machinery"] in categories

    register = panel.model
    rated = [register.index(r, HazardColumn.INITIAL).data() for r in range(register.rowCount())]
    band_words = {words[b.label] for b in MATRIX_5X5.bands}
    assert any(text.split(" ", 1)[1] in band_words for text in rated if text[0].isdigit())
    shown = {register.index(r, HazardColumn.CATEGORY).data() for r in range(register.rowCount())}
    english = {c.name for c in DEFAULT_CATEGORIES if words[c.name] != c.name}
    assert shown and shown.isdisjoint(english), shown

    title, entries, note = legend_contents(
        window.document, DEMO_ENTERPRISE_ID, PinStyle.BAND, panel.risk_view
    )
    assert all(words[b.label] in note for b in MATRIX_5X5.bands)
    assert "Low" not in note and "Very high" not in note
    assert {name for _colour, name, _badge in entries} <= band_words | {words["Not rated"]}
    assert title != "Pins: current risk"

    inputs = RiskInputs(MATRIX_5X5)
    qtbot.addWidget(inputs)
    likelihood = inputs.combos["likelihood"]
    assert likelihood.itemText(5) == f"5 — {words['Very likely / almost certain']}"
    form_labels = [inputs.layout().itemAt(0).layout().itemAt(i).widget() for i in (0,)]
    assert words["Likelihood"] in form_labels[0].text()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_domain_message_is_translated_with_its_fields(language):
    with pytest.raises(ValidationError) as raised:
        MATRIX_5X5.factors[0].level(9)
    message = raised.value.problems["likelihood"]
    assert message == "Likelihood must be one of 1, 2, 3, 4, 5, not 9."  # the English text
    assert translated(message) == "可能性必须是 1, 2, 3, 4, 5 之一，而不是 9。"
    assert translated("Very high") == "非常高"
    assert translated("A name typed by the user") == "A name typed by the user"


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_failed_edit_is_reported_in_the_language(language, document):
    problems = []
    document.problem_occurred.connect(problems.append)
    document.push(AddEnterpriseCommand(document, Enterprise(name="Factory", email="nope")))
    assert problems == ["“nope”不是电子邮件地址。"]


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_enterprises_are_listed_in_pinyin_order_not_by_code_point(language, qtbot, window):
    names = ["上海电缆", "北京纺织", "天津机械"]  # shang, bei, tian
    for name in names:
        window.document.push(AddEnterpriseCommand(window.document, Enterprise(name=name)))
    assert [e.name for e in window.document.enterprises()] == ["北京纺织", "上海电缆", "天津机械"]
    model = window.portfolio_panel.model
    model.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["北京纺织", "上海电缆", "天津机械"]
    assert sorted(names, key=str.casefold) != shown  # what casefold gave


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_overviews_filter_labels_put_the_colon_as_french_does(language, qtbot, window):
    from PySide6.QtWidgets import QLabel

    from score_desktop.gui.programme_overview import ProgrammeOverview

    overview = ProgrammeOverview(window.document)
    qtbot.addWidget(overview)
    labels = {label.text(): label for label in overview.findChildren(QLabel)}
    assert "Pays :" in labels and "Pays:" not in labels
    assert labels["Pays :"].buddy() is overview.filters[GroupBy.COUNTRY]


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_vietnamese_names_sort_d_with_stroke_after_d(language):
    names = ["Đồng Nai Garment", "Dệt Hà Nội", "Ánh Dương", "An Phát"]
    assert sorted(names, key=sort_key) == ["An Phát", "Ánh Dương", "Dệt Hà Nội", "Đồng Nai Garment"]
    assert sorted(names, key=str.casefold)[0] == "An Phát"
    assert sorted(names, key=str.casefold)[-1] == "Đồng Nai Garment"
    assert sorted(names, key=str.casefold)[1] != "Ánh Dương"


@pytest.mark.parametrize("code", ["en", "zh_CN", "es", "fr", "vi"])
def test_the_number_rule_agrees_with_qlocale(code):
    """The domain's table of separators (which the reports use) writes what QLocale writes."""
    from decimal import Decimal

    from score_desktop.domain.money import format_number

    locale = QLocale(code)
    for value in (1234.5, 12345.5, 2500000.25, -9876543.5, 12.5):
        assert format_number(Decimal(str(value)), 2, code) == locale.toString(value, "f", 2)


@pytest.mark.parametrize(
    ("language", "group"),
    [("fr", "\u202f"), ("vi", "."), ("es", "."), ("zh_CN", ",")],
    indirect=["language"],
)
def test_amounts_on_screen_follow_the_language(language, group, demo_window):
    """A VND project costing 2,500,000: the EIP table and summary group as the language
    does, with no minor unit; the project form reads back what it shows."""
    import dataclasses
    from decimal import Decimal

    from score_desktop.document.commands import EditEnterpriseCommand
    from score_desktop.document.improvement_commands import UpdateRecordsCommand
    from score_desktop.gui.actions import ActionId
    from score_desktop.gui.improvement.fields import NumberField

    document = demo_window.document
    enterprise = document.enterprise(DEMO_ENTERPRISE_ID)
    document.push(EditEnterpriseCommand(document, dataclasses.replace(enterprise, currency="VND")))
    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    project = page.projects.model.project_at(0)
    costed = dataclasses.replace(project, cost_actual=Decimal("2500000"))
    document.push(UpdateRecordsCommand(document, [costed], "cost"))
    page.projects.set_enterprise(DEMO_ENTERPRISE_ID)
    shown = [
        page.projects.model.index(row, 5).data() for row in range(page.projects.model.rowCount())
    ]
    assert f"2{group}500{group}000" in shown
    total = rf"\d{{1,3}}({re.escape(group)}\d{{3}})+ VND"  # grouped, no minor unit
    assert re.search(total, page.projects.summary.text())
    field = NumberField(Decimal("1234.5"))
    assert field.decimal() == Decimal("1234.5")
    field.setText({"fr": "1 234,5", "zh_CN": "1,234.5"}.get(language, "1.234,5"))
    assert field.decimal() == Decimal("1234.5")


@pytest.mark.parametrize(
    ("language", "months", "decimal"),
    [
        ("fr", ["févr.", "mars", "avr."], ","),
        ("es", ["feb", "mar", "abr"], ","),
        ("zh_CN", ["2月", "3月", "4月"], "."),
        ("vi", ["thg 2", "thg 3", "thg 4"], ","),
    ],
    indirect=["language"],
)
def test_the_charts_time_axis_and_scale_speak_the_language(
    language, months, decimal, qtbot, demo_window
):
    """The full chart's month ticks in the UI's language (pyqtgraph wrote English), its y
    scale with the indicator's unit and the language's decimal mark; the dashboard's
    small charts name their months the same way."""
    import datetime as dt

    from score_desktop.gui.actions import ActionId

    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    page.setCurrentWidget(page.indicators)
    page.indicators.setCurrentIndex(2)
    chart = page.indicators.chart_page.chart
    chart.resize(900, 500)
    chart.grab()  # painted once: the time axis measures its labels while painting
    bottom = chart.getAxis("bottom")
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
    end = dt.datetime(2026, 4, 20, tzinfo=dt.UTC).timestamp()
    ticks = bottom.tickValues(start, end, 800)
    spacing, values = next((s, v) for s, v in ticks if s >= 28 * 86400 and len(v) >= 3)
    shown = bottom.tickStrings(values, 1.0, spacing)
    assert shown[:3] == months  # pyqtgraph wrote Feb, Mar, Apr
    left = chart.getAxis("left")
    indicator = page.indicators.chart_page.combo.currentData()
    unit = next(
        i.unit for i in page.indicators.document.indicators.indicators() if i.code == indicator
    )
    from score_desktop.gui.indicators.labels import translated as indicator_words

    assert left.labelText == indicator_words(unit) != unit  # in the language
    assert left.tickStrings([0.5, 1.0, 1.5], 1.0, 0.5) == [
        f"0{decimal}5",
        f"1{decimal}0",
        f"1{decimal}5",
    ]
    page.indicators.setCurrentIndex(1)
    small = page.indicators.dashboard.charts["absenteeism"]
    first, last = small.month_labels()
    month = small.series[0][0]
    if language == "zh_CN":
        assert first == f"{month.year}年{month.month}月"  # "12月 2025" before
    else:
        assert first == QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")
    assert not any(first.startswith(m) for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun"))
    change = page.indicators.dashboard.changes["absenteeism"].text()
    assert re.search(rf"[+-]\d+{re.escape(decimal)}\d %", change), change  # -26.9 % before


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_the_register_at_1024_cuts_no_word_bare(language, qtbot, demo_window):
    """Vietnamese at 1,024 pixels: a filter too narrow for its choice ends it with "…"
    ("Mọi trạng thá" read as a misspelt word), and the matrix is wide enough for its
    severity axis's name, which was cut at both ends."""
    from PySide6.QtGui import QFont, QFontMetricsF

    demo_window.resize(1024, 700)
    panel = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID).hazards.panel
    editor = demo_window.plan_tabs.current_editor()
    editor.splitters[1].set_folded(False)
    qtbot.waitUntil(lambda: panel.status_combo.isVisible())
    combo = panel.status_combo
    whole = combo.currentText()
    narrow = 8 * combo.fontMetrics().averageCharWidth()
    assert combo.shown_text(narrow).endswith("…") and combo.shown_text(narrow) != whole
    assert combo.shown_text(10_000) == whole
    matrix = panel.matrix
    font = QFont(matrix.font())
    font.setPixelSize(11)
    box, name_font = matrix.column_name_box(font, matrix._cell_side())
    name = f"{translated(matrix_axes(MATRIX_5X5)[1].name)} →"
    assert box.width() >= QFontMetricsF(name_font).horizontalAdvance(name)
    assert box.left() >= 0 and box.right() <= matrix.width()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_measures_on_screen_use_the_languages_decimal_mark(language, qtbot):
    """The pin legend's sizes on paper read 4,5 mm in French (written 4.5 in every
    language before; areas, lengths, rates and paybacks go through the same helper)."""
    from score_desktop.domain.plan_style import pin_print_range
    from score_desktop.gui.hazards.legend_contents import paper_pin_note

    low, high = pin_print_range()
    note = paper_pin_note(MATRIX_5X5)
    assert f"{low:.1f}".replace(".", ",") in note and f"{high:.1f}" not in note


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_indicator_grid_reads_and_writes_the_languages_figures(language, demo_window):
    """ "4,5" typed in French is four and a half days, not 45 (the grid dropped every
    comma as a thousands mark); the cell shows it back as 4,5."""
    from score_desktop.gui.actions import ActionId

    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    panel = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID].indicators
    model = panel.model
    column = next(
        n
        for n, c in enumerate(model.columns)
        if c.indicator.code == "absenteeism" and c.input_key == "days_lost"
    )
    cell = model.index(model.rowCount() - 1, column)
    assert model.setData(cell, "4,5")
    assert model.cell_value(cell.row(), model.columns[column]) == 4.5
    assert cell.data() == "4,5"
    assert not model.setData(cell, "4.5.6")  # refused, not read as 456


@pytest.mark.parametrize("language", ["zh_CN", "es", "fr", "vi"], indirect=True)
def test_the_history_says_a_hazards_values_as_its_form_does(language):
    """Stored values (an enum, a risk's factor keys, a control's level) read in the form's
    translated words, not as stored."""
    controlled = value_text("controlled", "hazards", "status")
    assert controlled == translated("Controlled") != "Controlled"
    assert value_text("inspector", "hazards", "identified_by") == translated("Safety inspector")
    assert value_text("noise", "hazards", "category") == translated("Physical: noise")
    likelihood, severity = (translated(f.name) for f in MATRIX_5X5.factors)
    assert likelihood != "Likelihood"
    risk = value_text({"likelihood": 4.0, "severity": 2.0})
    assert risk == f"{likelihood}: 4, {severity}: 2"
    control = value_text([{"text": "Guard <b>", "level": "engineering"}])
    assert control == f"Guard <b> ({translated('3 Engineering')})"
    project_status = value_text("in_progress", "improvement_projects", "status")
    assert project_status == translated("In progress")
    assert value_text("follow_up_1", "visits", "visit_type") == translated("Follow-up 1")
    not_a_project_status = value_text("controlled", "improvement_projects", "status")
    assert not_a_project_status == "controlled"  # the words are per kind of record


@pytest.mark.parametrize("language", ["zh_CN", "es", "fr", "vi"], indirect=True)
def test_the_timeline_names_an_indicator_value_in_the_language(language):
    """An indicator's value is named by the indicator, the kind of figure, the month and the
    sex as the indicators tab says them, not by their codes."""
    fields = {"indicator": "turnover", "kind": "target", "month": "2026-06-01", "sex": "female"}
    change = Change(
        1,
        "indicator_entries",
        uuid.uuid4(),
        Operation.INSERT,
        tuple(FieldChange(name, None, value) for name, value in fields.items()),
        dt.datetime.now(dt.UTC),
        1,
        uuid.uuid4(),
    )
    name = name_in_change(change)
    turnover = QCoreApplication.translate("Indicator", "Labour turnover")  # as the tab says it
    words = [turnover, translated("Target"), "2026-06-01", translated("Woman")]
    assert name == " · ".join(words)
    assert translated("Target") != "Target" and turnover != "Labour turnover"
    both = tuple(FieldChange(n, None, "all" if n == "sex" else v) for n, v in fields.items())
    assert name_in_change(dataclasses.replace(change, fields=both)) == " · ".join(words[:3])
    assert value_text("all", "indicator_entries", "sex") == translated("Women and men")


@pytest.mark.parametrize("language", ["zh_CN", "es", "fr", "vi"], indirect=True)
def test_an_indicator_values_figures_are_named_in_the_language(language):
    """An edit of the figures alone names them from the indicator its creation gave."""

    def change(sequence, operation, *fields):
        return Change(
            sequence,
            "indicator_entries",
            record,
            operation,
            tuple(FieldChange(*f) for f in fields),
            dt.datetime.now(dt.UTC),
            sequence,
            uuid.uuid4(),
        )

    record = uuid.uuid4()
    created = change(1, Operation.INSERT, ("indicator", None, "turnover"))
    edited = change(2, Operation.UPDATE, ("inputs", {"separations": 3}, {"separations": 2}))
    [line] = change_lines(edited, [created])
    separations = QCoreApplication.translate("Indicator", "Separations")
    assert separations != "Separations"
    assert line.endswith(f"{separations}: 3 → {separations}: 2")

"""Indicators through the real window: the grid with the demo's twelve months, typing and
pasting with undo, refused input, a corrected baseline, the dashboard and chart export."""

import datetime as dt
import os
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from score_desktop.domain.indicators import BY_CODE, EntryKind
from score_desktop.gui.actions import ActionId
from score_desktop.gui.indicators.dashboard import (
    BASELINE,
    TARGET,
    SmallChart,
    nice_ticks,
    short_number,
)
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage.indicator_repository import SqlIndicatorRepository
from tests.gui.conftest import assert_shown_whole


@pytest.fixture
def panel(demo_window):
    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    page.setCurrentWidget(page.indicators)
    return page.indicators


def column_of(model, code, key=None, sex="all"):
    return next(
        n
        for n, c in enumerate(model.columns)
        if c.indicator.code == code and c.input_key == key and c.sex == sex
    )


def row_of(model, month):
    return next(
        n for n, (kind, m) in enumerate(model.rows) if kind is EntryKind.MONTH and m == month
    )


def stored(workspace, code, month, kind="month", sex="all"):
    for entry in SqlIndicatorRepository(workspace).list_entries(DEMO_ENTERPRISE_ID):
        if (entry.indicator, entry.kind.value, entry.month, entry.sex) == (code, kind, month, sex):
            return entry
    return None


JULY = dt.date(2026, 7, 1)


def refusal(qtbot) -> QMessageBox:
    """The grid's own "not saved" message (not a box another test left open)."""
    found = []

    def shown():
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "indicator_refused" and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(shown)
    return found[-1]


def test_the_grid_shows_inputs_computed_rates_and_counted_indicators(panel):
    model = panel.model
    assert model.headerData(0, Qt.Orientation.Vertical) == "Baseline"
    assert model.headerData(2, Qt.Orientation.Vertical) == "2025-06"  # a year before intake
    row = row_of(model, JULY)
    rate = model.index(row, column_of(model, "absenteeism"))
    assert rate.data() == "3.76"
    assert not (model.flags(rate) & Qt.ItemFlag.ItemIsEditable)
    meetings = model.index(row, column_of(model, "eit_meetings"))
    assert meetings.data() == "3"  # counted from the EIT's meeting log
    header_tip = model.headerData(
        column_of(model, "frequency_rate"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header_tip == "Formula: New injury cases ÷ Hours worked × 1,000,000"
    november = model.index(row_of(model, dt.date(2026, 11, 1)), column_of(model, "absenteeism"))
    assert november.data(Qt.ItemDataRole.BackgroundRole).name() == "#d5f5e3"  # better


def test_long_column_headers_wrap_whole_within_the_header(panel):
    header = panel.grid.horizontalHeader()
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    metrics = header.fontMetrics()
    longest = 0
    for column in range(panel.model.columnCount()):
        text = panel.model.headerData(column, Qt.Orientation.Horizontal)
        room = QRect(0, 0, header.sectionSize(column) - margins, 1000)
        height = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        assert height <= header.height(), text
        longest = max(longest, metrics.horizontalAdvance(text))
    assert longest > header.defaultSectionSize()  # some do need more than one line


def test_type_a_value_and_undo(qtbot, panel, workspace, demo_window):
    model = panel.model
    index = model.index(row_of(model, JULY), column_of(model, "absenteeism", "days_lost"))
    before = stored(workspace, "absenteeism", JULY)
    assert model.setData(index, "30")
    entry = stored(workspace, "absenteeism", JULY)
    possible = dict(entry.inputs)["possible_days"]
    assert dict(entry.inputs)["days_lost"] == 30.0 and entry.value == 30 / possible * 100
    assert model.index(index.row(), column_of(model, "absenteeism")).data() == "1.31"
    demo_window.undo_action.trigger()
    assert stored(workspace, "absenteeism", JULY) == before


@pytest.mark.parametrize(
    ("text", "code", "key", "message"),
    [
        ("abc", "absenteeism", "days_lost", "is not a number"),
        ("-4", "waste", "value", "cannot be negative"),
        ("0", "frequency_rate", "hours", "is zero"),
        ("99999", "defect_rate", "defects", "exceeds"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    qtbot, panel, workspace, text, code, key, message
):
    model = panel.model
    before = stored(workspace, code, JULY)
    index = model.index(row_of(model, JULY), column_of(model, code, key))
    assert not model.setData(index, text)
    box = refusal(qtbot)
    assert message in box.text()
    box.accept()
    assert stored(workspace, code, JULY) == before


def test_paste_a_block_is_one_step_and_a_bad_block_writes_nothing(
    qtbot, panel, workspace, demo_window
):
    model = panel.model
    left = column_of(model, "absenteeism", "days_lost")
    top = row_of(model, dt.date(2026, 8, 1))
    panel.grid.setCurrentIndex(model.index(top, left))
    assert panel.paste("50\t2300\r\n45\t2280\r\n")
    assert stored(workspace, "absenteeism", dt.date(2026, 8, 1)).value == pytest.approx(50 / 23)
    assert stored(workspace, "absenteeism", dt.date(2026, 9, 1)).value == pytest.approx(45 / 22.8)
    demo_window.undo_action.trigger()  # both months at once
    assert dict(stored(workspace, "absenteeism", dt.date(2026, 8, 1)).inputs)["days_lost"] != 50
    assert dict(stored(workspace, "absenteeism", dt.date(2026, 9, 1)).inputs)["days_lost"] != 45

    before = stored(workspace, "absenteeism", dt.date(2026, 8, 1))
    assert not panel.paste("50\t2300\t7\n")  # the third cell is the computed rate
    refusal(qtbot).accept()
    assert not panel.paste("50\tlots\n")
    refusal(qtbot).accept()
    panel.grid.setCurrentIndex(model.index(model.rowCount() - 1, left))
    assert not panel.paste("1\t2\n3\t4\n")  # runs past the last month
    refusal(qtbot).accept()
    assert stored(workspace, "absenteeism", dt.date(2026, 8, 1)) == before


def test_sex_split_inputs_keep_a_total(panel, workspace):
    model = panel.model
    row = row_of(model, JULY)
    assert model.setData(model.index(row, column_of(model, "workers", "value", "female")), "44")
    assert stored(workspace, "workers", JULY, sex="female").value == 44
    total = stored(workspace, "workers", JULY)
    assert total.value == 44 + stored(workspace, "workers", JULY, sex="male").value


def test_correcting_the_baseline_asks_why_and_keeps_the_history(qtbot, panel, workspace):
    model = panel.model
    index = model.index(0, column_of(model, "absenteeism", "days_lost"))
    model.ask_reason = lambda _text: ("", False)  # cancelled: nothing changes
    assert not model.setData(index, "70")
    model.ask_reason = lambda _text: ("HR recounted May sick days", True)
    assert model.setData(index, "70")
    baseline = stored(workspace, "absenteeism", dt.date(2026, 6, 1), kind="baseline")
    assert dict(baseline.inputs)["days_lost"] == 70
    history = panel.baseline.history
    assert history.item(0, 4).text() == "HR recounted May sick days"
    assert history.item(0, 2).text() == "4.24"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2310.4, "2,310"),
        (42.46, "42.5"),
        (4.2351, "4.24"),
        (0.38214, "0.382"),
        (13.0, "13"),
        (0, "0"),
    ],
)
def test_axis_numbers_are_short(value, text):
    assert short_number(value) == text


def test_a_small_chart_labels_the_baseline_and_target_it_is_read_against(qtbot, panel):
    panel.setCurrentIndex(1)  # the dashboard, made when first shown
    absenteeism = panel.dashboard.charts["absenteeism"]
    labels = absenteeism.axis_labels()
    assert [(text, colour) for _v, text, colour in labels] == [
        (short_number(absenteeism.baseline), BASELINE),
        (short_number(absenteeism.target), TARGET),
    ]
    chart = SmallChart()
    qtbot.addWidget(chart)
    indicator = absenteeism.indicator
    months = [dt.date(2026, m, 1) for m in (1, 2, 3)]
    chart.show_indicator(indicator, list(zip(months, (4.1, 3.5, 3.2), strict=True)), None, None)
    assert [text for _v, text, _c in chart.axis_labels()] == ["4.10", "3.20"]  # no lines
    chart.show_indicator(indicator, list(zip(months, (4.0, 3.5, 3.0), strict=True)), 3.5, 3.51)
    assert [text for _v, text, _c in chart.axis_labels()] == ["3.50"]  # too close for two


def test_dashboard_follows_edits_and_charts_export(qtbot, panel, workspace, tmp_path, demo_window):
    panel.setCurrentIndex(1)
    dashboard = panel.dashboard
    assert "absenteeism" in dashboard.charts and "eit_meetings" in dashboard.charts
    assert "vs baseline" in dashboard.changes["absenteeism"].text()
    model = panel.model
    last = model.index(row_of(model, dt.date(2026, 11, 1)), column_of(model, "waste", "value"))
    assert model.setData(last, "1500")
    month, value, colour = dashboard.charts["waste"].spots[-1]
    assert (month, value) == (dt.date(2026, 11, 1), 1500)
    assert colour.name() == "#1e8449"  # below the baseline: better
    picture = dashboard.charts["waste"].grab().toImage()
    assert picture.width() >= 280  # drawn, at the size of a small multiple
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        demo_window.resize(1500, 950)
        demo_window.grab().save(f"{keep}/indicator-dashboard.png")
    panel.show_chart("defect_rate")
    chart = panel.chart_page.chart
    chart.resize(800, 500)
    chart.export(tmp_path / "defects.png")
    chart.export(tmp_path / "defects.svg")
    with Image.open(tmp_path / "defects.png") as picture:
        assert picture.width >= 1200
    svg = ET.parse(tmp_path / "defects.svg").getroot()
    assert svg.tag.endswith("svg")
    texts = "".join(svg.itertext())
    assert "Defect / reject rate" in texts


def test_the_baseline_survey_shows_its_headers_whole(qtbot, panel):
    panel.setCurrentWidget(panel.baseline)
    assert_shown_whole(qtbot, panel.baseline.practices, [0, 2])


def test_baseline_survey_answers_are_undoable(qtbot, panel, demo_window):
    survey = panel.baseline
    combo = survey.combos["suggestion_scheme"]
    combo.setCurrentIndex(2)  # No
    combo.activated.emit(2)
    assert "0 of 15" in survey.summary.text() and "(1 answered)" in survey.summary.text()
    demo_window.undo_action.trigger()
    assert survey.combos["suggestion_scheme"].currentIndex() == 0


def test_export_the_data_from_the_tab(qtbot, panel, tmp_path):
    import csv

    assert panel.export_to(tmp_path / "data.csv")
    with (tmp_path / "data.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    meetings = [r for r in table if r["indicator"] == "eit_meetings" and r["month"] == "2026-07"]
    assert meetings[0]["source"] == "records" and float(meetings[0]["value"]) == 3
    assert panel.export_to(tmp_path / "data.xlsx")
    assert not panel.export_to(tmp_path / "no such folder" / "data.xlsx")
    refusal(qtbot).accept()


def test_a_programme_adds_its_own_indicator_and_question(qtbot, panel, workspace, demo_window):
    model = panel.model
    columns = model.columnCount()
    dialog = panel.add_indicator()
    dialog.accept()
    assert "needs a name" in dialog.problems.text()  # nothing added
    qtbot.keyClicks(dialog.name_edit, "Scrap copper rate")
    dialog.formula_combo.setCurrentIndex(2)  # A ÷ B × 100 (%)
    qtbot.keyClicks(dialog.numerator_edit, "Kg of scrap copper")
    qtbot.keyClicks(dialog.denominator_edit, "Kg of copper drawn")
    dialog.accept()
    assert model.columnCount() == columns + 3  # two inputs and the rate
    scrap = column_of(model, "scrap_copper_rate", "top")
    row = row_of(model, JULY)
    assert model.setData(model.index(row, scrap), "120")
    assert model.setData(model.index(row, scrap + 1), "6000")
    assert model.index(row, scrap + 2).data() == "2"
    assert stored(workspace, "scrap_copper_rate", JULY).value == 2.0

    survey = panel.baseline
    questions = len(survey.combos)
    question = survey.add_question()
    qtbot.keyClicks(question.text_edit, "Scrap is weighed and sold by grade")
    question.accept()
    assert len(survey.combos) == questions + 1
    demo_window.undo_action.trigger()  # the question goes again
    assert len(survey.combos) == questions

    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.storage.repositories import sql_repositories

    reopened = PortfolioDocument(sql_repositories(workspace))
    assert reopened.indicators.indicator("scrap_copper_rate").formula == (
        "Kg of scrap copper ÷ Kg of copper drawn × 100"
    )


def test_a_programmes_count_is_charted_in_whole_numbers(qtbot, panel):
    dialog = panel.add_indicator()
    qtbot.keyClicks(dialog.name_edit, "Trainings held")
    qtbot.keyClicks(dialog.unit_edit, "sessions")
    qtbot.keyClicks(dialog.numerator_edit, "Sessions")
    dialog.formula_combo.setCurrentIndex(2)  # a rate: no whole numbers to choose
    assert not dialog.whole_check.isEnabled()
    dialog.formula_combo.setCurrentIndex(0)  # one typed value
    assert dialog.whole_check.isEnabled()
    dialog.whole_check.setChecked(True)
    dialog.accept()
    indicator = panel.document.indicators.indicator("trainings_held")
    assert indicator.whole
    panel.show_chart("trainings_held")
    axis = panel.chart_page.chart.getAxis("left")
    shown = [v for _step, values in axis.tickValues(2.0, 5.5, 460) for v in values]
    assert len(shown) >= 2 and all(float(v).is_integer() for v in shown)


def test_a_cells_history_is_one_records_and_opens_from_the_grid(qtbot, panel, demo_window):
    """Typing over a value changes that entry (same id in memory and in the database); the
    grid's History... shows its old and new figures, undo included."""
    from score_desktop.gui.actions import ActionId

    model = panel.model
    index = model.index(row_of(model, JULY), column_of(model, "absenteeism", "days_lost"))
    first = model.entry_at(index)
    assert first is not None
    assert model.setData(index, "30")
    assert model.setData(index, "31")
    demo_window.undo_action.trigger()
    entry = model.entry_at(index)
    assert entry.id == first.id
    panel.grid.setCurrentIndex(index)
    ref = panel.history_record()
    assert ref.record_id == first.id and "2026-07" in ref.title
    changes = demo_window.document.history.record_history(first.id)
    assert [c.operation.value for c in changes] == ["insert", "update", "update", "update"]
    inputs = [c.field("inputs") for c in changes[1:]]
    assert [f.after["days_lost"] for f in inputs] == [30.0, 31.0, 30.0]
    assert changes[-1].action.startswith("Undo: ")
    assert demo_window.actions[ActionId.HISTORY] in panel.grid.actions()


def test_a_change_is_coloured_by_its_indicators_direction(qtbot, panel):
    """Fewer workers than the baseline is not "worse" (it was red); a jump that improves
    stays green, its figure in the colour of a jump to check (an improvement was yellow)."""
    from score_desktop.gui.indicators.grid_model import IMPROVED, JUMP_TEXT, READ_ONLY

    model = panel.model
    row = row_of(model, JULY)
    workers = model.index(row, column_of(model, "workers"))
    assert float(workers.data().replace(",", "")) != model.reference(
        BY_CODE["workers"], EntryKind.BASELINE
    )
    assert workers.data(Qt.ItemDataRole.BackgroundRole) == READ_ONLY
    days_lost = model.index(row, column_of(model, "absenteeism", "days_lost"))
    before = model.index(row - 1, column_of(model, "absenteeism")).data()
    assert model.setData(days_lost, "5")  # far below the month before, and the baseline
    rate = model.index(row, column_of(model, "absenteeism"))
    assert float(rate.data()) < float(before) / 2
    assert rate.data(Qt.ItemDataRole.BackgroundRole) == IMPROVED
    assert rate.data(Qt.ItemDataRole.ForegroundRole) == JUMP_TEXT


def test_dashboard_charts_have_a_y_scale(qtbot, panel):
    panel.setCurrentIndex(1)
    chart = panel.dashboard.charts["absenteeism"]
    chart.resize(300, 180)
    scale = chart.scale_labels()
    assert len(scale) >= 2  # round values besides the baseline's and target's
    values = [value for value, _text in scale]
    assert values == sorted(values)
    steps = {round(b - a, 9) for a, b in zip(values, values[1:], strict=False)}
    assert len(steps) == 1  # evenly spaced


@pytest.mark.parametrize("low, high", [(0, 2), (0, 1), (107.5, 111.5), (3, 9), (0, 40)])
def test_a_count_has_whole_steps_on_its_scale(low, high):
    ticks = nice_ticks(low, high, whole=True)
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)
    assert low <= ticks[0] and ticks[-1] <= high


def test_a_count_without_a_whole_number_in_range_keeps_its_marks():
    """A mean of counts between 110.2 and 110.8 has no whole number to mark: the scale
    keeps fractional marks, inside the range, rather than none or one outside it."""
    ticks = nice_ticks(110.2, 110.8, whole=True)
    assert len(ticks) >= 2 and all(110.2 <= t <= 110.8 for t in ticks)
    assert 0.5 in nice_ticks(0, 2)  # a rate in a count's range takes half steps


def test_a_chart_of_people_reads_in_whole_people(qtbot, panel):
    """The chart of a count never shows "110.5 people": its scale, its baseline's words,
    a point's tip and the change against the baseline are whole numbers."""
    panel.show_chart("workers")
    chart = panel.chart_page.chart
    chart.resize(800, 500)
    qtbot.waitUntil(lambda: chart.isVisible())
    axis = chart.getAxis("left")
    low, high = chart.getViewBox().viewRange()[1]
    assert high - low < 10  # a range narrow enough for half steps
    shown = [v for step, values in axis.tickValues(low, high, 460) for v in values]
    assert shown and all(float(v).is_integer() for v in shown)
    lines = [i for i in chart.getPlotItem().items if isinstance(i, pg.InfiniteLine)]
    assert [line.label.format for line in lines] == ["baseline 111"]
    tips = [point.data() for point in chart.points.points()]
    assert tips[0].startswith("Dec 2025: 108 people")
    assert panel.chart_page.change.text() == "0.0 % (0) vs baseline"  # 111 in Nov, as in May

    panel.show_chart("absenteeism")  # a rate keeps its decimals
    assert not chart.getAxis("left").whole
    lines = [i for i in chart.getPlotItem().items if isinstance(i, pg.InfiniteLine)]
    assert [line.label.format for line in lines][0].startswith("baseline 4.24")

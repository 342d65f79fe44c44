"""The pin legend: what it lists for each pin style, how it wraps, how it paints, and its card
on the plan."""

import dataclasses
import uuid

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from score_desktop.document.hazard_commands import AddHazardsCommand
from score_desktop.domain.geometry import Point, nice_scale_bar_length
from score_desktop.domain.hazard import NR5_COLOURS, Hazard
from score_desktop.domain.plan_style import UNRATED_PIN_COLOUR, PinStyle
from score_desktop.gui.hazards.legend_card import CARD_MARGIN_PX, CARD_PADDING_PX
from score_desktop.gui.hazards.pin_legend import PinLegend
from score_desktop.services.demo import DEMO_PLAN_ID, demo_hazards

NOTE = "Pin size grows with the risk band. The number in a pin is the workers exposed."


def _choose_style(panel, style: PinStyle) -> None:
    panel.pin_style_combo.setCurrentIndex(panel.pin_style_combo.findData(style.value))


def test_the_legend_lists_the_colours_of_the_chosen_pin_style(editor):
    panel = editor.hazards.panel
    register = panel.document.hazards
    hazards = register.hazards_of(panel.enterprise_id)
    method = panel.document.risk_method(panel.enterprise_id)
    used = {h.category_code for h in hazards}
    expected = [(c.colour, c.name) for c in register.categories() if c.code in used]
    assert panel.legend.entries() == expected and len(expected) > 3

    _choose_style(panel, PinStyle.NR5)
    groups = {register.category(code).nr5_group for code in used}
    assert [colour for colour, _ in panel.legend.entries()] == [
        NR5_COLOURS[g] for g in NR5_COLOURS if g in groups
    ]

    _choose_style(panel, PinStyle.BAND)
    bands = [(band.colour, band.label) for band in method.bands]
    rated = all(h.initial_assessment(method) or h.residual_assessment(method) for h in hazards)
    assert panel.legend.entries() == bands + ([] if rated else [(UNRATED_PIN_COLOUR, "Not rated")])
    assert "risk band" in panel.legend.text()  # the note stays

    _choose_style(panel, PinStyle.CATEGORY)
    assert panel.legend.entries() == expected


def test_an_unrated_hazard_adds_not_rated_to_the_band_legend(editor):
    """Ratings made for another method read as unrated (stored data, not the form)."""
    panel = editor.hazards.panel
    _choose_style(panel, PinStyle.BAND)
    assert (UNRATED_PIN_COLOUR, "Not rated") not in panel.legend.entries()
    other_method = (("probability", 3.0), ("exposure", 6.0), ("consequence", 15.0))
    stored = Hazard(
        enterprise_id=panel.enterprise_id,
        title="Dust rated by Fine-Kinney",
        category_code="chemical",
        initial=other_method,
    )
    panel.document.hazards.insert([stored])
    assert panel.legend.entries()[-1] == (UNRATED_PIN_COLOUR, "Not rated")


def _legend(qtbot, entries, note=NOTE) -> PinLegend:
    legend = PinLegend()
    qtbot.addWidget(legend)
    legend.set_contents(entries, note)
    return legend


def test_entries_wrap_within_the_width_and_a_long_name_is_cut(qtbot):
    names = [f"Category {n}" for n in range(12)] + ["A" * 300]
    legend = _legend(qtbot, [("#C0392B", name) for name in names])
    heights = [legend.heightForWidth(w) for w in (600, 360, 200, 120)]
    assert heights == sorted(heights) and heights[0] < heights[-1]
    places, note, height, _title = legend._layout(200)
    for x, _y, name_width, _shown in places:
        assert x >= 0 and x + legend._dot() + 4 + name_width <= 200
    assert places[-1][3] != "A" * 300 and places[-1][3].endswith("…")
    assert note.top() > places[-1][1] and height == note.bottom() + 1


def test_a_layout_asking_for_more_than_the_maximum_width_gets_the_height_it_paints_at(qtbot):
    legend = _legend(qtbot, [("#C0392B", f"Category {n}") for n in range(12)])
    legend.setMaximumWidth(250)
    assert legend.heightForWidth(900) == legend.heightForWidth(250)
    assert legend.sizeHint().width() <= 250


def test_names_are_plain_text_markup_and_scripts_as_typed(qtbot):
    names = ["<b>bold</b> & <img src=x>", "رافعة شوكية", "叉车 🚜"]
    legend = _legend(qtbot, [("#2E86C1", name) for name in names])
    assert [name for _, name in legend.entries()] == names
    for name in names:
        assert name in legend.text()


def _dot_columns(legend: PinLegend, colour: str) -> list[int]:
    legend.resize(300, legend.heightForWidth(300))
    image: QImage = legend.grab().toImage()
    target = QColor(colour)
    y = legend.fontMetrics().height() // 2
    return [
        x
        for x in range(image.width())
        if abs(image.pixelColor(x, y).red() - target.red()) < 8
        and abs(image.pixelColor(x, y).green() - target.green()) < 8
        and abs(image.pixelColor(x, y).blue() - target.blue()) < 8
    ]


def test_right_to_left_puts_the_dot_after_the_name_on_the_right(qtbot):
    legend = _legend(qtbot, [("#00C000", "Electrical")], note="")
    left_to_right = _dot_columns(legend, "#00C000")
    legend.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = _dot_columns(legend, "#00C000")
    assert left_to_right and max(left_to_right) < 20
    assert right_to_left and min(right_to_left) > 300 - 20


def test_category_dots_are_badges_with_the_categorys_letters(editor):
    panel = editor.hazards.panel
    register = panel.document.hazards
    used = {h.category_code for h in register.hazards_of(panel.enterprise_id)}
    in_use = [c for c in register.categories() if c.code in used]
    assert panel.legend.symbols() == [c.symbol for c in in_use]
    _choose_style(panel, PinStyle.BAND)  # band colours name no category: plain dots
    assert set(panel.legend.symbols()) == {""}


def test_a_badge_is_as_tall_as_a_line_and_shows_its_letters(qtbot):
    plain = _legend(qtbot, [("#2E86C1", "Mechanical / machinery")])
    badge = _legend(qtbot, [("#2E86C1", "Mechanical / machinery", "M")])
    assert plain._dot() < badge._dot() == badge.fontMetrics().height()
    badge.resize(300, badge.heightForWidth(300))
    image = badge.grab().toImage()
    dot = badge._dot()
    inside = {image.pixelColor(x, y).name() for x in range(dot) for y in range(dot)}
    assert "#2e86c1" in inside and "#ffffff" in inside  # the disc and its white letter


def _card_geometry(editor):
    card, area = editor.legend_card, editor.view.viewport().geometry()
    return card, area, card.geometry()


def test_the_legend_is_a_card_in_the_plan_views_top_corner_that_follows_it(qtbot, editor):
    qtbot.waitExposed(editor.window())
    card, area, box = _card_geometry(editor)
    assert card.parent() is editor.view and card.isVisible()
    assert card.legend is editor.hazards.panel.legend and card.legend.isVisible()
    assert box.top() == area.top() + CARD_MARGIN_PX
    assert box.right() == area.right() - CARD_MARGIN_PX
    legend = card.legend
    assert legend.height() == legend.heightForWidth(legend.width())
    assert box.height() == legend.height() + 2 * CARD_PADDING_PX
    editor.window().resize(editor.window().width() - 200, editor.window().height())
    qtbot.waitUntil(lambda: editor.view.viewport().geometry() != area)
    _card, area, box = _card_geometry(editor)
    assert box.right() == area.right() - CARD_MARGIN_PX  # still in the corner
    before = box.height()
    _choose_style(editor.hazards.panel, PinStyle.BAND)  # five entries, not fifteen
    QApplication.sendPostedEvents(card, QEvent.Type.LayoutRequest)
    assert card.height() < before and card.legend.entries()[0][1] == "Low"


def test_the_legend_shows_when_asked_for_and_while_the_pins_are_shown(qtbot, editor):
    qtbot.waitExposed(editor.window())
    card = editor.legend_card
    legend, pins = editor.actions_by_name["legend"], editor.actions_by_name["layer_hazards"]
    assert legend.shortcut().toString() == "L"
    legend.trigger()
    assert not card.isVisible()
    legend.trigger()
    assert card.isVisible()
    pins.trigger()  # hazard pins hidden: nothing to explain
    assert not card.isVisible()
    legend.trigger()
    pins.trigger()
    assert not card.isVisible()  # the legend was turned off meanwhile
    legend.trigger()
    assert card.isVisible()


def test_a_click_on_the_card_reaches_the_pin_under_it(qtbot, editor):
    qtbot.waitExposed(editor.window())
    card, view = editor.legend_card, editor.view
    at_view = card.geometry().center()
    at_viewport = view.viewport().mapFrom(view, at_view)
    under = view.mapToScene(at_viewport)
    hazard = dataclasses.replace(
        demo_hazards()[0], id=uuid.uuid4(), position=Point(under.x(), under.y())
    )
    portfolio = editor.plan_document.portfolio
    portfolio.push(AddHazardsCommand(portfolio, [hazard], "Add"))
    window = editor.window()
    # through the window, as a real click: Qt finds the widget under the pointer
    at_window = view.mapTo(window, at_view)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at_window)
    assert editor.scene.selected_hazard_ids() == [hazard.id]


def _plan_and_card(editor):
    """The fitted plan's and the card's rectangles, in the viewport's pixels."""
    view = editor.view
    rect = view.plan_scene.plan_rect()
    plan = view.mapFromScene(rect).boundingRect()
    card = editor.legend_card.geometry().translated(-view.viewport().pos())
    return plan, card


def test_a_fitted_plan_sits_clear_of_the_legend_when_there_is_room(qtbot, demo_window):
    demo_window.resize(1366, 768)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(demo_window)
    legend = editor.actions_by_name["legend"]
    legend.trigger()  # hidden: the plan is fitted to the whole view, centred
    editor.view.fit_to_plan()
    centred_zoom = editor.view.zoom
    centred, _card = _plan_and_card(editor)
    legend.trigger()
    editor.view.fit_to_plan()
    plan, card = _plan_and_card(editor)
    assert centred.intersects(card)  # where it would be without moving
    assert not plan.intersects(card)
    assert editor.view.zoom >= 0.85 * centred_zoom
    assert editor.view.viewport().rect().contains(plan)  # the whole plan, still


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_legend_never_hides_the_fitted_plan(qtbot, demo_window, size):
    """At 1,024 pixels the whole card covered pins and an exit: the fit folds it to its
    title line and puts the plan beside it; at 1,366 the plan fits beside the whole card."""
    demo_window.resize(*size)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(demo_window)
    editor.actions_by_name["legend"].trigger()  # hidden: the plan takes the whole view
    editor.view.fit_to_plan()
    alone = editor.view.zoom
    editor.actions_by_name["legend"].trigger()
    editor.view.fit_to_plan()
    plan, card = _plan_and_card(editor)
    assert not plan.intersects(card) and editor.view.viewport().rect().contains(plan)
    assert editor.view.zoom >= 0.85 * alone
    card = editor.legend_card
    assert card.collapsed == (size[0] == 1024)
    shown = card.title.text() if card.collapsed else card.legend.title()
    assert shown == "Pins: current risk"  # folded or not, it says which risk


def test_the_toggle_and_shift_l_fold_and_unfold_the_legend(qtbot, editor):
    qtbot.waitExposed(editor.window())
    card = editor.legend_card
    card.set_collapsed(False)
    whole = card.height()
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.collapsed and card.height() < whole and not card.legend.isVisible()
    assert card.toggle.geometry().intersects(card.geometry())  # on the card's corner
    assert editor.actions_by_name["legend_folded"].isChecked()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert not card.collapsed and card.legend.isVisible() and card.height() == whole
    editor.actions_by_name["legend"].trigger()  # hidden whole, toggle and all
    assert not card.isVisible() and not card.toggle.isVisible()


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
@pytest.mark.parametrize("split", [(300, 100), (100, 300)])
def test_the_scale_bar_never_covers_the_fitted_plan(qtbot, demo_window, size, split):
    """The bar sits in the view's lower left corner: a plan fitted wide (or tall) ran under
    it, and a pin in that corner of the plan was hidden."""
    demo_window.resize(*size)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(demo_window)
    editor.splitters[1].setSizes(list(split))  # a short plan view, then a tall one
    editor.view.fit_to_plan()
    plan, _card = _plan_and_card(editor)
    view = editor.view
    metres_per_pixel = view.plan_scene.plan.metres_per_unit / view.zoom
    bar = view.scale_bar_box(nice_scale_bar_length(metres_per_pixel) / metres_per_pixel)
    assert not bar.intersects(plan.toRectF())
    assert view.viewport().rect().contains(plan)

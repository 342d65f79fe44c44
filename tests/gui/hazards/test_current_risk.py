"""The plan shows the risk that exists now: pins, legend, band filter and matrix follow the
current risk by default, and the plan's risk view switches to initial or residual, says which
it shows and is remembered for the next plan opened."""

from PySide6.QtGui import QColor

from score_desktop.domain.hazard import RiskView
from score_desktop.domain.plan_style import PIN_DIAMETERS_PX, PinStyle
from score_desktop.gui.settings_keys import PLAN_RISK_VIEW
from score_desktop.services.demo import DEMO_PLAN_ID, demo_hazards
from tests.gui.hazards.test_pin_layer import pixel

WRAPPING = demo_hazards()[1]  # rated 16 Very high, 8 once guarded; the guard is only proposed


def _choose(panel, view: RiskView) -> None:
    panel.risk_view_combo.setCurrentIndex(panel.risk_view_combo.findData(view.value))


def _looks_like(seen: QColor, colour: str) -> bool:
    want = QColor(colour)
    return max(abs(a - b) for a, b in zip(seen.getRgb()[:3], want.getRgb()[:3], strict=True)) < 60


def test_an_open_hazard_is_drawn_with_its_initial_band_not_its_proposed_residual(editor):
    panel = editor.hazards.panel
    method = panel.document.risk_method(panel.enterprise_id)
    very_high, medium = method.bands[3], method.bands[1]
    assert WRAPPING.residual and WRAPPING.status.open
    panel.pin_style_combo.setCurrentIndex(panel.pin_style_combo.findData(PinStyle.BAND.value))
    assert panel.risk_view is RiskView.CURRENT  # the default
    pins = editor.scene.hazard_pins
    assert pins.look(WRAPPING) == (very_high.colour, PIN_DIAMETERS_PX[-1])
    edge = type(WRAPPING.position)(WRAPPING.position.x - 30, WRAPPING.position.y)
    assert _looks_like(pixel(editor, edge), very_high.colour)  # drawn red on the plan
    assert panel.legend.title() == "Pins: current risk"

    _choose(panel, RiskView.RESIDUAL)
    assert editor.scene.risk_view is RiskView.RESIDUAL
    assert pins.look(WRAPPING)[0] == medium.colour
    assert panel.legend.title().startswith("Pins: residual risk")
    _choose(panel, RiskView.INITIAL)
    assert pins.look(WRAPPING)[0] == very_high.colour
    assert panel.legend.title() == "Pins: initial risk"


def test_the_band_filter_and_the_matrix_follow_the_risk_view(editor):
    panel = editor.hazards.panel
    hazards = panel.document.hazards.hazards_of(panel.enterprise_id)
    method = panel.document.risk_method(panel.enterprise_id)

    def shown_ids():
        return {panel.model.hazard_at(row).id for row in range(panel.model.rowCount())}

    panel.band_combo.setCurrentIndex(panel.band_combo.findData("very_high"))
    for view in RiskView:
        _choose(panel, view)
        expected = {
            h.id
            for h in hazards
            if (a := h.assessment(method, view)) is not None and a.band.key == "very_high"
        }
        assert shown_ids() == expected
        counted = sum(panel.matrix.counts.values())
        assert counted == sum(1 for h in hazards if h.assessment(method, view) is not None)
    _choose(panel, RiskView.CURRENT)
    assert WRAPPING.id in shown_ids()


def test_the_risk_view_is_remembered_for_the_plans_opened_next(qtbot, demo_window):
    tabs = demo_window.plan_tabs
    editor = tabs.open_plan(DEMO_PLAN_ID)
    _choose(editor.hazards.panel, RiskView.RESIDUAL)
    assert PLAN_RISK_VIEW.read(demo_window.settings) == "residual"
    tabs.close_plan(DEMO_PLAN_ID)
    again = tabs.open_plan(DEMO_PLAN_ID)
    assert again.hazards.panel.risk_view is RiskView.RESIDUAL
    assert again.scene.risk_view is RiskView.RESIDUAL

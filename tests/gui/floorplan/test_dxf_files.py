"""CAD drawings through the editor: a DXF read in the pool, layers chosen in the dialog, the
background placed at true scale in one undoable step; the traced plan written and read back."""

import dataclasses

import ezdxf
import pytest
from PySide6.QtCore import Qt

from score_desktop.document.plan_commands import AddPlanItemsCommand, EditPlanCommand
from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.gui.floorplan.dxf_layers import DxfLayerDialog
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.conftest import active_dialog
from tests.services.test_plan_dxf import hall_dxf


def _import(qtbot, editor, path, layers=None):
    editor.cad.import_dxf(path)
    dialog = active_dialog(qtbot, DxfLayerDialog)
    listed = [dialog.layer_list.item(r).text() for r in range(dialog.layer_list.count())]
    if layers is not None:
        dialog.set_checked(set(layers))
    with qtbot.waitSignal(editor.status, timeout=10000) as status:
        dialog.accept()
    return listed, status.args[0]


def _wall_width_m(background, plan) -> float:
    """The hall's 12 m outer walls on the image sit MARGIN_PX in from each side."""
    from score_desktop.services.plan_dxf import MARGIN_PX

    return (background.width_px - 2 * MARGIN_PX) * background.units_per_pixel * plan.metres_per_unit


@pytest.mark.parametrize(("unit", "metres_per_unit"), [("mm", 0.01), ("ft", 0.025)])
def test_a_dxf_becomes_the_background_at_true_size_whatever_the_plans_scale(
    qtbot, editor, document, plan, workspace, tmp_path, unit, metres_per_unit
):
    document.push(
        EditPlanCommand(
            document, dataclasses.replace(plan, metres_per_unit=metres_per_unit), "Scale"
        )
    )
    wall = PlanItem(plan.id, PlanItemKind.WALL, (Point(0, 0), Point(400, 0)))
    editor.plan_document.push(AddPlanItemsCommand(document, [wall]))
    path = hall_dxf(tmp_path / f"hall-{unit}.dxf", unit)
    listed, message = _import(qtbot, editor, path, {"WALLS", "COLUMNS"})
    assert listed == ["COLUMNS (8 items)", "DOORS (1 item)", "TEXT (1 item)", "WALLS (2 items)"]
    assert "true size" in message and "1 POINT" in message and "1 ELLIPSE" in message
    stored = SqlFloorPlanRepository(workspace).get_plan(plan.id)
    assert stored.metres_per_unit == metres_per_unit  # the plan's scale is left alone
    assert _wall_width_m(stored.background, stored) == pytest.approx(12.0, abs=0.02)
    assert stored.background.source_name == f"{path.name} ({unit})"
    (kept,) = editor.plan_document.items()
    assert kept.points == wall.points  # traced items keep their size
    assert editor.scene.backdrop.item is not None
    editor.plan_document.undo_stack.undo()
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background is None


def test_a_dxf_over_a_background_keeps_its_place_and_look(qtbot, editor, plan, workspace, tmp_path):
    _import(qtbot, editor, hall_dxf(tmp_path / "a.dxf"))
    repository = SqlFloorPlanRepository(workspace)
    first = repository.get_plan(plan.id).background
    moved = dataclasses.replace(first, origin=Point(250, -40), opacity=0.3)
    editor.plan_document.push(
        EditPlanCommand(
            editor.plan_document.portfolio,
            dataclasses.replace(editor.plan_document.plan, background=moved),
            "Move",
        )
    )
    _import(qtbot, editor, hall_dxf(tmp_path / "b.dxf", "m"), {"WALLS"})
    second = repository.get_plan(plan.id).background
    assert (second.origin, second.opacity) == (Point(250, -40), 0.3)
    assert second.units_per_pixel == pytest.approx(first.units_per_pixel)


def test_no_layer_chosen_means_no_ok(qtbot, editor, tmp_path):
    editor.cad.import_dxf(hall_dxf(tmp_path / "hall.dxf"))
    dialog = active_dialog(qtbot, DxfLayerDialog)
    dialog.set_checked(set())
    assert not dialog.ok_button.isEnabled()
    dialog.layer_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.ok_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("data", [b"\x00\xff garbage \x01" * 500, b"0\nSECTION\n2\nENTITIES\n"])
def test_a_damaged_dxf_says_why_and_changes_nothing(qtbot, editor, plan, workspace, tmp_path, data):
    path = tmp_path / "broken.dxf"
    path.write_bytes(data)
    with qtbot.waitSignal(editor.problem, timeout=10000) as problem:
        editor.cad.import_dxf(path)
    assert "broken.dxf" in problem.args[0]
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background is None
    assert not editor.plan_document.undo_stack.canUndo()


def _export(qtbot, editor, path):
    with qtbot.waitSignal(editor.status, timeout=20000) as status:
        editor.cad.export_dxf(path)
    assert status.args[0] == f"Plan written: {path}"


def test_the_demo_plan_exports_as_dxf_by_layer_with_register_numbers(qtbot, demo_editor, tmp_path):
    path = tmp_path / "demo.dxf"
    _export(qtbot, demo_editor, path)
    doc = ezdxf.readfile(path)
    assert not doc.audit().has_errors
    msp = doc.modelspace()
    for layer in ("ZONES", "WALLS", "DOORS", "EXITS", "MACHINES", "HAZARDS"):
        assert len(msp.query(f"*[layer=='{layer}']")), layer
    numbers = {t.dxf.text for t in msp.query("TEXT[layer=='HAZARDS']")}
    assert numbers and all(n.isdigit() for n in numbers)


def test_hidden_layers_stay_out_of_the_dxf(qtbot, demo_editor, tmp_path):
    from score_desktop.domain.floorplan import Layer

    demo_editor.set_layer_visible(Layer.HAZARDS, False)
    path = tmp_path / "demo.dxf"
    _export(qtbot, demo_editor, path)
    assert not ezdxf.readfile(path).modelspace().query("*[layer=='HAZARDS']")


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(qtbot, demo_editor, tmp_path):
    path = tmp_path / "missing" / "demo.dxf"
    with qtbot.waitSignal(demo_editor.problem, timeout=20000) as problem:
        demo_editor.cad.export_dxf(path)
    assert "Cannot write" in problem.args[0]
    assert not (tmp_path / "missing").exists()

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from score_desktop.document.plan_commands import AddPlanCommand
from score_desktop.domain.floorplan import FloorPlan
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.services.demo import DEMO_PLAN_ID, seed_demo
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise


@pytest.fixture
def plan(document):
    from score_desktop.document.commands import AddEnterpriseCommand

    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    plan = FloorPlan(enterprise_id=enterprise.id, name="Workshop", metres_per_unit=0.01)
    document.push(AddPlanCommand(document, plan))
    document.undo_stack.clear()
    return plan


@pytest.fixture
def demo_editor(qtbot, repository, plan_repository):
    from score_desktop.document.portfolio import PortfolioDocument

    seed_demo(sql_repositories(repository.workspace))
    document = PortfolioDocument(sql_repositories(repository.workspace))
    widget = PlanEditor(document.plan_document(DEMO_PLAN_ID))
    qtbot.addWidget(widget)
    return widget


def open_editor(qtbot, document, plan) -> PlanEditor:
    widget = PlanEditor(document.plan_document(plan.id))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.resetTransform()
    widget.view.scale(0.1, 0.1)  # 1 screen pixel = 10 units = 10 cm
    widget.view.centerOn(QPointF(2000, 1500))
    return widget


@pytest.fixture
def editor(qtbot, document, plan):
    return open_editor(qtbot, document, plan)


def view_point(editor, x_units: float, y_units: float) -> QPoint:
    return editor.view.mapFromScene(QPointF(x_units, y_units))


def drag(qtbot, editor, start, end, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 4):
    """A left-button drag between scene points, through the view like a user's mouse."""
    viewport = editor.view.viewport()
    a, b = view_point(editor, *start), view_point(editor, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    for i in range(1, steps + 1):
        drag_move(viewport, a + (b - a) * i / steps, modifiers)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)


def drag_move(viewport, p: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """The pointer moved to `p` (viewport pixels) with the left button held."""
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(p),
        QPointF(viewport.mapToGlobal(p)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        modifiers,
    )
    QApplication.sendEvent(viewport, event)


def click(qtbot, editor, point, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, modifiers, view_point(editor, *point)
    )


def import_background(qtbot, editor, path) -> bool:
    """An image or PDF page imported as the background through the editor, read in the pool:
    whether the plan took it (a refusal is said on `editor.problem`)."""
    problems: list[str] = []
    editor.problem.connect(problems.append)
    try:
        editor.files.import_background(path)
        qtbot.waitUntil(lambda: not editor.files.runner.running, timeout=20000)
    finally:
        editor.problem.disconnect(problems.append)
    return not problems

"""What an enterprise manager sees in review mode: the controls of edits the mode refuses are
off (and back on for the consultant), read-only fields look read-only, the fields they may
change look as any field. Through the real window, panels and forms."""

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from score_desktop.document.checklist_commands import StartWalkthroughCommand
from score_desktop.domain.history import Person
from score_desktop.domain.photo import PhotoKind
from score_desktop.domain.walkthrough import ChecklistAnswer
from score_desktop.gui.actions import ActionId
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.gui.improvement.team_panel import MemberDialog
from score_desktop.services.checklists import shipped_templates
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from tests.gui.checklists import shown_walkthrough
from tests.gui.comments.conftest import MANAGER
from tests.gui.floorplan.conftest import drag

CONSULTANT = Person("Hoa Tran")


def buttons(panel, *texts):
    found = {b.text(): b for b in panel.findChildren(QPushButton)}
    return [found[text] for text in texts]


def base_is_window(widget) -> bool:
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)


def test_the_eip_tabs_switch_off_what_review_mode_refuses(demo_window, reviewing):
    page, mine, theirs = reviewing
    projects = page.projects
    refused = [
        projects.new_button,
        projects.delete_button,
        projects.from_hazard_button,
        *buttons(page.team, "Add member…", "Remove"),
        *buttons(page.meetings, "Log meeting…", "Delete"),
        *buttons(page.suggestions, "Add suggestion…", "Make it a project…", "Delete"),
        page.review.new_visit_button,
        page.review.start_button,
        page.review.done_button,
        *buttons(page.indicators, "Add indicator…", "Add question…"),
    ]
    kept = [projects.edit_button, *buttons(page.team, "Edit…", "Composition checks…")]
    assert not any(w.isEnabled() for w in refused), [w.text() for w in refused if w.isEnabled()]
    assert all(w.isEnabled() for w in kept)
    assert not any(c.isEnabled() for c in page.indicators.baseline.combos.values())
    grid = page.indicators.model
    cell = grid.index(0, next(i for i, c in enumerate(grid.columns) if c.editable))
    assert not grid.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not page.indicators.paste_shortcut.isEnabled()
    # the board: the manager moves their own project's card only
    mine_card, theirs_card = projects.board.card(mine.id), projects.board.card(theirs.id)
    assert mine_card.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not theirs_card.flags() & Qt.ItemFlag.ItemIsDragEnabled

    demo_window.history_actions.set_person(CONSULTANT)  # editing again: all back
    assert not demo_window.document.reviewing
    for widget in refused:
        if widget is page.review.done_button:  # on only with a review item selected
            continue
        assert widget.isEnabled(), widget.text()
    assert all(c.isEnabled() for c in page.indicators.baseline.combos.values())
    assert grid.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert page.indicators.paste_shortcut.isEnabled()
    assert projects.board.card(theirs.id).flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_read_only_fields_look_read_only_and_the_managers_fields_editable(
    qtbot, demo_window, reviewing
):
    page, mine, theirs = reviewing
    form = page.projects.edit(mine.id)
    qtbot.waitExposed(form)
    # read-only: drawn on the window's colour, as Qt draws a disabled field's background
    assert form.title_edit.isReadOnly() and base_is_window(form.title_edit)
    assert form.action_edit.isReadOnly() and base_is_window(form.action_edit)
    assert form.numbers["cost_estimate"].isReadOnly()
    assert base_is_window(form.numbers["cost_estimate"])
    # what the responsible manager changes stays a white, enabled field
    assert not form.progress_edit.isReadOnly() and not base_is_window(form.progress_edit)
    assert form.status_combo.isEnabled() and form.photo_combo.isEnabled()
    assert "you can change the status" in form.review_note.text()
    # and so it is painted: a pixel inside each field, away from its text
    form.tabs.setCurrentIndex(1)  # Action: the action text and the progress note
    window = form.palette().color(QPalette.ColorRole.Window)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    for field, colour in ((form.action_edit, window), (form.progress_edit, base)):
        image = field.grab().toImage()
        inside = QPoint(image.width() - 12, image.height() // 2)
        assert image.pixelColor(inside) == colour, field
    form.reject()

    form = page.projects.edit(theirs.id)
    assert base_is_window(form.title_edit) and not form.status_combo.isEnabled()
    assert "read-only" in form.review_note.text()
    form.reject()


def test_a_team_member_opens_read_only_in_review_mode(qtbot, demo_window, reviewing):
    page, _mine, _theirs = reviewing
    page.team.table.selectRow(0)
    dialog = page.team.edit_row(0)
    assert isinstance(dialog, MemberDialog)
    assert dialog.name_edit.isReadOnly() and base_is_window(dialog.name_edit)
    assert not dialog.role_combo.isEnabled()
    box = {b.text().replace("&", ""): b.isEnabled() for b in dialog.findChildren(QPushButton)}
    assert box["OK"] is False and box["Cancel"] is True
    dialog.reject()


def test_a_walk_through_is_read_not_answered_in_review_mode(qtbot, demo_window, workspace):
    document = demo_window.document
    document.set_author(CONSULTANT)
    visits = document.visits_of(DEMO_ENTERPRISE_ID)
    walked, other = visits[0], visits[1]
    template = next(t for t in shipped_templates() if t.code == "covid-19")
    start = StartWalkthroughCommand(document, walked.id, template, ())
    assert document.push(start)
    demo_window.history_actions.set_person(MANAGER)
    action = demo_window.actions[ActionId.WALKTHROUGH]
    panel = demo_window.enterprise_panel
    panel.select_visit(other.id)
    demo_window.update_actions()
    assert not action.isEnabled()  # starting one is an edit
    panel.select_visit(walked.id)
    demo_window.update_actions()
    assert action.isEnabled()  # reading one is not

    window = shown_walkthrough(qtbot, document, start.walkthrough.id)
    assert not any(b.isEnabled() for b in window.buttons.values())
    assert not window.make_project.isEnabled()
    assert window.note.isReadOnly() and base_is_window(window.note)
    photos = window.photos
    assert not photos.add_button.isEnabled() and not photos.gallery_button.isEnabled()
    assert not photos.acceptDrops()  # photos on an answer change the answer
    qtbot.keyClick(window.table, Qt.Key.Key_Y)  # no answer, and no refusal box
    assert SqlChecklistRepository(workspace).list_records(ChecklistAnswer) == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    demo_window.history_actions.set_person(CONSULTANT)
    assert window.buttons[next(iter(window.buttons))].isEnabled()
    assert not window.note.isReadOnly() and not base_is_window(window.note)
    assert photos.add_button.parentWidget().isEnabled() and photos.acceptDrops()
    qtbot.keyClick(window.table, Qt.Key.Key_Y)
    assert len(SqlChecklistRepository(workspace).list_records(ChecklistAnswer)) == 1


def test_the_plan_is_read_in_review_mode(qtbot, demo_window, reviewing):
    document = demo_window.document
    editor = PlanEditor(document.plan_document(DEMO_PLAN_ID))
    qtbot.addWidget(editor)
    tools = editor.tool_actions
    assert tools["select"].isEnabled() and tools["measure"].isEnabled()
    assert not tools["zone"].isEnabled() and not tools["hazard"].isEnabled()
    actions = editor.actions_by_name
    for name in ("delete", "paste", "duplicate", "import_background", "nudge_left"):
        assert not actions[name].isEnabled(), name
    assert actions["copy"].isEnabled() and actions["export_png"].isEnabled()
    assert not editor.properties.isEnabled()  # the plan's name, grid, an item's fields
    register = editor.hazards.panel
    new, pin, edit = buttons(register, "New hazard…", "Pin on plan", "Edit…")
    assert not new.isEnabled() and not pin.isEnabled() and edit.isEnabled()
    model = register.model
    assert not any(
        model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
        for column in range(model.columnCount())
    )
    # dragging a machine moves nothing, and asks nothing to be refused
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    plan = editor.plan_document
    machine = next(i for i in plan.items() if i.label == "Strander 1")
    centre = (machine.points[0].x, machine.points[0].y)
    editor.view.centerOn(QPointF(*centre))
    problems = []
    document.problem_occurred.connect(problems.append)
    drag(qtbot, editor, centre, (centre[0] + 300, centre[1] + 200))
    graphics = editor.scene.graphics[machine.id]
    assert graphics.pos() == graphics.origin and problems == []
    assert plan.item(machine.id) == machine

    demo_window.history_actions.set_person(CONSULTANT)
    assert tools["zone"].isEnabled() and actions["delete"].isEnabled() and new.isEnabled()
    assert editor.properties.isEnabled()
    drag(qtbot, editor, centre, (centre[0] + 300, centre[1] + 200))
    assert plan.item(machine.id).points != machine.points  # the consultant moves it


def test_a_manager_adds_after_photos_and_changes_none(qtbot, demo_window, reviewing, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    path = tmp_path / "guard-fitted.jpg"
    Image.new("RGB", (640, 480), (90, 140, 60)).save(path, "JPEG")
    assert gallery.add_button.isEnabled()
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files([path])
    [photo] = demo_window.document.photos.photos_of(DEMO_ENTERPRISE_ID)
    assert photo.kind is PhotoKind.AFTER  # the evidence of an improvement
    gallery.list.item(0).setSelected(True)
    assert not gallery.delete_button.isEnabled()
    assert not gallery.caption_edit.isEnabled() and not gallery.kind_combo.isEnabled()
    demo_window.history_actions.set_person(CONSULTANT)
    assert gallery.delete_button.isEnabled() and gallery.caption_edit.isEnabled()

"""A follow-up walk-through started from the last one through the start dialog (answers
carried, marked, and what changed shown), and photos on an answer: dropped image files,
picked from the gallery, removed; each one undo step."""

import datetime as dt

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from score_desktop.document.checklist_commands import StartWalkthroughCommand, answer_command
from score_desktop.document.commands import AddEnterpriseCommand, AddVisitCommand
from score_desktop.domain.checklist import Answer
from score_desktop.domain.photo import Photo
from score_desktop.domain.walkthrough import ChecklistAnswer
from score_desktop.gui.checklists.answer_photos import GalleryChooser
from score_desktop.gui.checklists.start_dialog import StartWalkthroughDialog
from score_desktop.gui.checklists.walkthrough_model import ANSWER, LAST_TIME, MADE
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.builders import make_enterprise, make_visit
from tests.checklist_builders import make_template
from tests.gui.checklists import cutting_zone, shown_walkthrough
from tests.gui.conftest import active_dialog, drop_files


@pytest.fixture
def setting(document):
    """An enterprise with a zone, an intake visit walked through (A1 yes, A2 yes, A3 no in
    Cutting) and a later follow-up visit."""
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    intake = make_visit(enterprise, dt.date(2026, 3, 4), module_code="OSH")
    follow_up = make_visit(enterprise, dt.date(2026, 9, 8), module_code="OSH")
    for visit in (intake, follow_up):
        document.push(AddVisitCommand(document, visit))
    zone = cutting_zone(document, enterprise.id)
    template = make_template()
    start = StartWalkthroughCommand(document, intake.id, template, (zone.id,))
    document.push(start)
    walk = start.walkthrough
    for key, zone_id, value in (
        ("A1", None, Answer.YES),
        ("A2", None, Answer.YES),
        ("A3", zone.id, Answer.NO),
    ):
        document.push(answer_command(document, walk, template, template.item(key), zone_id, value))
    document.undo_stack.clear()
    return document, walk, follow_up, zone


def test_a_follow_up_starts_from_the_last_walk_through_and_shows_what_changed(
    qtbot, workspace, setting
):
    document, first, follow_up, zone = setting
    dialog = StartWalkthroughDialog(document, follow_up.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.carry.isVisible() and dialog.carry.isChecked()
    assert "2026-03-04" in dialog.carry.text()
    dialog.accept()
    store = SqlChecklistRepository(workspace)
    carried = [a for a in store.list_records(ChecklistAnswer) if a.walkthrough_id == dialog.started]
    assert sorted((a.item_key, a.answer, a.carried) for a in carried) == [
        ("A1", Answer.YES, True),
        ("A2", Answer.YES, True),
        ("A3", Answer.NO, True),
    ]
    window = shown_walkthrough(qtbot, document, dialog.started)
    model, table = window.model, window.table
    assert not table.isColumnHidden(LAST_TIME)
    a2 = model.row_of(("A2", None))
    assert model.index(a2, ANSWER).data() == "Yes (carried)"
    assert model.index(a2, ANSWER).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(a2, LAST_TIME).data() == "Yes"
    # by keyboard: A1 confirmed yes, A2 now no, A3 in Cutting now yes
    window.select_row(model.row_of(("A1", None)))
    for key in (Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_Y):
        qtbot.keyClick(table, key)
    a1, a2, a3 = (model.row_of(k) for k in (("A1", None), ("A2", None), ("A3", zone.id)))
    assert model.index(a1, ANSWER).data() == "Yes"  # looked at again: no longer carried
    assert model.index(a2, LAST_TIME).data() == "Yes → worse"
    assert model.index(a3, LAST_TIME).data() == "No → better"
    tint = model.index(a3, LAST_TIME).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert tint.upper() == "#D5F5E3"
    assert "Since the last walk-through: 1 better, 1 worse" in window.summary.text()
    assert "0 answers carried" in window.summary.text()
    document.undo_stack.undo()
    assert model.index(a3, LAST_TIME).data() == "No"
    assert model.index(a3, ANSWER).data() == "No (carried)"


def test_the_first_walk_through_has_no_last_time_column(qtbot, setting):
    document, first, _follow_up, _zone = setting
    dialog = StartWalkthroughDialog(document, first.visit_id)
    qtbot.addWidget(dialog)
    assert not dialog.carry.isVisibleTo(dialog)
    window = shown_walkthrough(qtbot, document, first.id)
    assert window.table.isColumnHidden(LAST_TIME)
    assert "Since the last" not in window.summary.text()


def jpeg(path, colour):
    Image.new("RGB", (640, 480), colour).save(path, "JPEG")
    return path


def test_photos_dropped_on_an_answer_are_imported_and_named_in_one_undo_step(
    qtbot, workspace, setting, tmp_path
):
    document, first, _follow_up, _zone = setting
    window = shown_walkthrough(qtbot, document, first.id)
    window.select_row(window.model.row_of(("A2", None)))
    photos = window.photos
    files = [jpeg(tmp_path / "rack.jpg", (200, 40, 40)), jpeg(tmp_path / "wall.jpg", (40, 40, 200))]
    with qtbot.waitSignal(photos.import_finished, timeout=20_000):
        assert drop_files(photos, files)
    stored = SqlPhotoRepository(workspace).list_photos(first.enterprise_id)
    assert sorted(p.original_name for p in stored) == ["rack.jpg", "wall.jpg"]
    assert all(p.visit_id == first.visit_id for p in stored)
    answer = document.checklists.answers_by_slot(first.id)[("A2", None)]
    assert set(answer.photo_ids) == {p.id for p in stored}
    assert photos.list.count() == 2
    assert not photos.list.item(0).icon().isNull()  # a thumbnail, not a name
    assert "2 photos" in window.model.index(window.current_row(), MADE).data()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()  # photos and their naming on the answer go together
    assert SqlPhotoRepository(workspace).list_photos(first.enterprise_id) == []
    assert document.checklists.answers_by_slot(first.id)[("A2", None)].photo_ids == ()
    assert photos.list.count() == 0
    document.undo_stack.redo()
    assert photos.list.count() == 2


def test_a_gallery_photo_is_added_and_removed_each_undoably(qtbot, workspace, setting, tmp_path):
    document, first, _follow_up, _zone = setting
    window = shown_walkthrough(qtbot, document, first.id)
    window.select_row(window.model.row_of(("A1", None)))
    photos = window.photos
    with qtbot.waitSignal(photos.import_finished, timeout=20_000):
        photos.import_files([jpeg(tmp_path / "store.jpg", (40, 160, 80))])
    (held,) = SqlPhotoRepository(workspace).list_photos(first.enterprise_id)
    window.select_row(window.model.row_of(("A2", None)))
    assert photos.list.count() == 0
    photos.choose_from_gallery()
    chooser = active_dialog(qtbot, GalleryChooser)
    assert chooser.list.count() == 1
    chooser.list.item(0).setSelected(True)
    chooser.accept()
    a2 = document.checklists.answers_by_slot(first.id)[("A2", None)]
    assert a2.photo_ids == (held.id,)
    assert photos.list.count() == 1
    photos.list.item(0).setSelected(True)
    photos.remove_button.click()
    assert document.checklists.answers_by_slot(first.id)[("A2", None)].photo_ids == ()
    assert [p.id for p in SqlPhotoRepository(workspace).list_photos(first.enterprise_id)] == [
        held.id
    ]  # the photo stays in the gallery
    document.undo_stack.undo()
    assert document.checklists.answers_by_slot(first.id)[("A2", None)].photo_ids == (held.id,)
    assert isinstance(document.photos.photo(held.id), Photo)


def test_the_windows_report_shows_the_follow_ups_changes(qtbot, setting, tmp_path):
    """The report made from the open document (not the repositories) has the section."""
    from score_desktop.gui.report_content import visit_content
    from score_desktop.services.reporting.options import ReportOptions, Section
    from score_desktop.services.reporting.visit_report import write_visit_report
    from tests.services.reporting.conftest import pdf_text

    document, first, follow_up, zone = setting
    start = StartWalkthroughCommand(
        document, follow_up.id, make_template(), (zone.id,), previous_id=first.id
    )
    document.push(start)
    template = make_template()
    document.push(
        answer_command(
            document, start.walkthrough, template, template.item("A3"), zone.id, Answer.YES
        )
    )
    content = visit_content(document, first.enterprise_id, dt.date(2026, 9, 9))
    path = tmp_path / "follow-up.pdf"
    write_visit_report(
        document.enterprise(first.enterprise_id),
        follow_up,
        document.modules(),
        path,
        content=content,
        options=ReportOptions(sections=frozenset({Section.CHECKLISTS})),
    )
    text = pdf_text(path)
    assert "Follow-up of the walk-through of 2026-03-04" in text
    assert "Answers carried from it, not checked again: 2" in text
    assert "Cutting No Yes better" in text

"""The checklist template editor and XLSX import/export, through the window's own actions
and the real widgets, over a real workspace."""

import dataclasses

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from score_desktop.document.checklist_commands import StartWalkthroughCommand
from score_desktop.document.commands import AddEnterpriseCommand, AddVisitCommand
from score_desktop.domain.checklist import ConditionKind, template_id
from score_desktop.domain.hazard import ControlLevel
from score_desktop.gui.actions import ActionId
from score_desktop.gui.checklists.start_dialog import available_templates
from score_desktop.gui.checklists.template_editor import ENTRY, TemplateEditorDialog
from score_desktop.gui.checklists.walkthrough_model import WalkthroughModel
from score_desktop.services.checklist_xlsx import read_template_xlsx, write_template_xlsx
from score_desktop.services.checklists import shipped_templates
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from tests.builders import make_enterprise, make_visit
from tests.gui.conftest import active_dialog


def osh():
    return next(t for t in shipped_templates() if t.code == "osh-walkthrough")


def stored(workspace):
    return {(t.code, t.version): t for t in SqlChecklistRepository(workspace).list_templates()}


def open_editor(qtbot, window) -> TemplateEditorDialog:
    window.actions[ActionId.CHECKLIST_TEMPLATES].trigger()
    editor = active_dialog(qtbot, TemplateEditorDialog)
    editor.edit(osh())
    return editor


def select(editor, key: str):
    for n in range(editor.tree.topLevelItemCount()):
        top = editor.tree.topLevelItem(n)
        for item in (top, *(top.child(c) for c in range(top.childCount()))):
            if editor.entries[item.data(0, ENTRY)]["key"] == key:
                editor.tree.setCurrentItem(item)
                return item
    raise KeyError(key)


def test_editing_saves_the_next_version_and_old_walkthroughs_keep_theirs(qtbot, window, workspace):
    document = window.document
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    start = StartWalkthroughCommand(document, visit.id, osh())
    document.push(start)

    editor = open_editor(qtbot, window)
    assert editor.version.text() == "version 2"
    editor.description.selectAll()
    qtbot.keyClicks(editor.description, "Walk every area with the EIT.")
    select(editor, "MS2")
    form = editor.form
    form.item_text.selectAll()
    qtbot.keyClicks(form.item_text, "Are heavy loads moved with trolleys?")
    form.repeats.setChecked(True)
    select(editor, "MS1")  # a hazard of another level
    form.control_level.setCurrentIndex(form.control_level.findData("ppe"))
    form.control_level.activated.emit(form.control_level.currentIndex())
    qtbot.mouseClick(editor.add_item, Qt.MouseButton.LeftButton)  # after MS1
    qtbot.keyClicks(form.item_text, "Are fire exits signed?")
    qtbot.keyClicks(form.show_if, "MS1=no")
    form.hazard_box.setChecked(True)
    form.likelihood.setValue(5)
    form.action_box.setChecked(True)
    qtbot.keyClicks(form.action_text, "Put up exit signs")
    new_key = editor.entries[editor.tree.currentItem().data(0, ENTRY)]["key"]
    editor.languages.setCurrentIndex(editor.languages.findData("zh_CN"))
    editor.languages.activated.emit(editor.languages.currentIndex())
    form.item_text.insertPlainText("安全出口有标志吗？")  # as an input method types it
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    assert editor.result() == editor.DialogCode.Accepted

    versions = stored(workspace)
    assert set(versions) == {("osh-walkthrough", 1), ("osh-walkthrough", 2)}
    v2 = versions["osh-walkthrough", 2]
    assert v2.id == template_id("osh-walkthrough", 2)
    assert dict(v2.description)["en"] == "Walk every area with the EIT."
    assert dict(v2.description)["zh_CN"] == dict(osh().description)["zh_CN"]
    assert dict(v2.item("MS2").text)["en"] == "Are heavy loads moved with trolleys?"
    assert v2.item("MS2").repeats
    assert v2.item("MS1").hazard.control_level is ControlLevel.PPE
    added = v2.item(new_key)
    assert [i.key for i in v2.sections[0].items][:2] == ["MS1", new_key]
    assert dict(added.text) == {"en": "Are fire exits signed?", "zh_CN": "安全出口有标志吗？"}
    assert added.show_if[0].kind is ConditionKind.ANSWER
    assert added.hazard.likelihood == 5 and dict(added.action.action)["en"] == "Put up exit signs"
    assert "osh-walkthrough" in window.statusBar().currentMessage() or "version 2" in (
        window.statusBar().currentMessage()
    )
    # the walk-through started on version 1 still reads version 1; new ones start on 2
    model = WalkthroughModel(document, start.walkthrough.id, "en")
    assert model.template.version == 1 and new_key not in {i.key for i in model.template.items()}
    newest = next(t for t in available_templates(document) if t.code == "osh-walkthrough")
    assert newest.version == 2


def test_a_template_that_breaks_a_rule_is_not_saved_and_names_the_item(qtbot, window, workspace):
    editor = open_editor(qtbot, window)
    select(editor, "MS2")
    editor.form.show_if.setText("MS3=yes")  # a later item
    editor.form.show_if.textEdited.emit("MS3=yes")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    box = active_dialog(qtbot, QMessageBox)
    assert "MS2" in box.text() and "MS3" in box.text()
    box.accept()
    assert editor.isVisible() and stored(workspace) == {}
    editor.reject()


def test_import_adds_a_new_version_and_refuses_a_malformed_file_whole(
    qtbot, window, workspace, tmp_path, monkeypatch
):
    document = window.document
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    start = StartWalkthroughCommand(document, visit.id, osh())  # on version 1
    document.push(start)
    good, bad = tmp_path / "osh-v2.xlsx", tmp_path / "broken.xlsx"
    template = osh()
    first = template.sections[0]
    v2 = dataclasses.replace(
        template,
        version=2,
        id=template_id(template.code, 2),
        sections=(dataclasses.replace(first, items=first.items[1:]), *template.sections[1:]),
    )
    write_template_xlsx(good, v2)
    write_template_xlsx(bad, v2)
    book = load_workbook(bad)
    book["Items"]["Q3"] = 9  # a likelihood off the scale
    book.save(bad)
    chosen = [bad]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[0]), ""))

    window.actions[ActionId.IMPORT_CHECKLIST].trigger()
    box = active_dialog(qtbot, QMessageBox)
    assert "broken.xlsx was not imported" in box.text()
    assert "Sheet “Items”, row 3, column Q (hazard_likelihood)" in box.text()
    box.accept()
    assert set(stored(workspace)) == {("osh-walkthrough", 1)}

    chosen[0] = good
    window.actions[ActionId.IMPORT_CHECKLIST].trigger()
    box = active_dialog(qtbot, QMessageBox)
    assert "version 2" in box.text() and f"{len(v2.items())} items" in box.text()
    box.accept()
    assert stored(workspace)["osh-walkthrough", 2] == v2
    # the walk-through started before keeps version 1 with MS1; a new one starts on 2
    model = WalkthroughModel(document, start.walkthrough.id, "en")
    assert model.template == osh() and model.row_of(("MS1", None)) > 0
    assert next(t for t in available_templates(document) if t.code == template.code) == v2

    window.actions[ActionId.IMPORT_CHECKLIST].trigger()  # the same file again: nothing new
    box = active_dialog(qtbot, QMessageBox)
    assert "already in the workspace" in box.text()
    box.accept()
    assert len(stored(workspace)) == 2


def test_export_writes_the_chosen_version_as_a_workbook(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "covid.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions[ActionId.EXPORT_CHECKLIST].trigger()
    picker = active_dialog(qtbot, QInputDialog)
    covid = next(t for t in shipped_templates() if t.code == "covid-19")
    name = next(n for n in picker.comboBoxItems() if n.startswith(covid.title[0][1]))
    picker.setTextValue(name)
    picker.accept()
    qtbot.waitUntil(target.exists)
    assert read_template_xlsx(target) == covid
    assert str(target) in window.statusBar().currentMessage()


def test_the_editor_answers_in_the_walkthrough_it_made(qtbot, window):
    """A saved version is what a new walk-through answers: its items and conditions."""
    editor = open_editor(qtbot, window)
    select(editor, "MS1")
    editor.form.repeats.setChecked(False)
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    document = window.document
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    template = editor.saved
    start = StartWalkthroughCommand(document, visit.id, template)
    document.push(start)
    model = WalkthroughModel(document, start.walkthrough.id, "en")
    assert model.template.version == 2 and not model.template.item("MS1").repeats

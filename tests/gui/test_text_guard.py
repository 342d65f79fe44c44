"""Text fields keep out what user text may not hold: typed, pasted or dropped into a form,
control characters never reach the record (gui/text_guard.py)."""

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from score_desktop.domain.enterprise import Enterprise
from score_desktop.gui import text_guard
from score_desktop.gui.enterprise_dialog import EnterpriseDialog
from tests.gui.conftest import drop_mime


@pytest.fixture
def guard(qapp):
    installed = text_guard.install(qapp)
    yield installed
    installed.setParent(None)
    installed.deleteLater()


@pytest.fixture
def dialog(qtbot, guard):
    shown = EnterpriseDialog(Enterprise(name="Old\x07 name", notes="kept\x1b notes"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitActive(shown)
    shown.ui.nameEdit.setFocus()
    qtbot.waitUntil(shown.ui.nameEdit.hasFocus)
    return shown


def test_pasted_text_loses_control_characters(dialog, qtbot):
    ui = dialog.ui
    # older text: a line edit is cleaned whole at its next edit, a text edit at once (an
    # edit elsewhere in it would not reach the old character)
    assert ui.notesEdit.toPlainText() == "kept notes"
    ui.nameEdit.end(False)
    ui.nameEdit.insert("!")
    assert ui.nameEdit.text() == "Old name!"
    QGuiApplication.clipboard().setText("Cable\x00 works\x07 🏭 \u202eتقرير")
    ui.nameEdit.selectAll()
    ui.nameEdit.paste()
    assert ui.nameEdit.text() == "Cable works 🏭 \u202eتقرير"
    ui.notesEdit.setFocus()
    qtbot.waitUntil(ui.notesEdit.hasFocus)
    ui.notesEdit.moveCursor(ui.notesEdit.textCursor().MoveOperation.End)
    ui.notesEdit.paste()
    assert ui.notesEdit.toPlainText() == "kept notesCable works 🏭 \u202eتقرير"
    ui.notesEdit.undo()  # the clean-up first, then the paste
    assert "\x00" in ui.notesEdit.toPlainText()
    ui.notesEdit.undo()
    assert ui.notesEdit.toPlainText() == "kept notes"


def test_text_dropped_on_a_field_without_the_focus_is_cleaned(dialog):
    ui = dialog.ui
    mime = QMimeData()
    mime.setText("Lot 4\x0b\x0c, Zone B\x08")
    assert drop_mime(ui.addressEdit.viewport(), mime)
    assert drop_mime(ui.countryEdit, mime)
    assert "\x0b" not in ui.addressEdit.toPlainText()
    assert "Lot 4, Zone B" in ui.addressEdit.toPlainText()
    assert ui.countryEdit.text() == "Lot 4, Zone B"
    value = dialog.value()
    value.validate()
    assert value.address.endswith("Lot 4, Zone B") and value.country == "Lot 4, Zone B"


def test_number_fields_keep_their_own_validators(dialog):
    for spin in dialog._spins():
        assert spin.lineEdit().validator() is not dialog.findChild(text_guard.StorableText)

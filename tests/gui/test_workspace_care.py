"""The window and its workspace file: read-only, damaged at the start or found damaged
later, rolling backups, restore from a backup and compaction, through the real widgets."""

import dataclasses
import hashlib
import random
import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from score_desktop.app import open_workspace_into
from score_desktop.document.commands import EditEnterpriseCommand
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.actions import EDITING, ActionId
from score_desktop.gui.main_window import MainWindow
from score_desktop.gui.preferences_dialog import PreferencesDialog
from score_desktop.gui.workspace_dialogs import DamagedWorkspaceDialog, RestoreBackupDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage import backups, sqlite_files
from score_desktop.storage.backups import backup_folder, make_backup
from score_desktop.storage.database import open_workspace
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.gui.conftest import active_dialog
from tests.gui.test_startup import args_for
from tests.storage.damage import build_sample, damaged_copy, pages_of
from tests.storage.test_damaged_workspace import first_page_of, integrity


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def path(sample, tmp_path):
    copy = tmp_path / "workspace.sqlite3"
    copy.write_bytes(sample.read_bytes())
    return copy


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(PortfolioDocument(), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for box in win.findChildren(QMessageBox):  # read by the test: closed with its window
        box.close()


@pytest.fixture
def opened(window, qtbot):
    """Call with a path (and options): the workspace opened into the window as app.py does,
    closed at the end once the backup it started is done."""
    sessions = []

    def open_it(path, **options):
        sessions.extend(open_workspace_into(window, args_for(path, **options)))
        return sessions[-1] if sessions else None

    yield open_it
    qtbot.waitUntil(lambda: not window.care.tasks, timeout=20_000)
    for session in sessions:
        session.close()


def digest(file) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


def care_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "care_box") is not None, timeout=20_000)
    return window.findChild(QMessageBox, "care_box")


def problem_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problem_box") is not None)
    return window.findChild(QMessageBox, "problem_box")


def renamed(document, text="Renamed"):
    enterprise = document.enterprise(DEMO_ENTERPRISE_ID)
    return EditEnterpriseCommand(document, dataclasses.replace(enterprise, name=text))


# Read-only ---------------------------------------------------------------------------------


def test_a_read_only_workspace_browses_and_says_why_it_cannot_edit(qtbot, window, opened, path):
    before = digest(path)
    session = opened(path, read_only=True)
    assert window.document.has_enterprise(DEMO_ENTERPRISE_ID)
    assert window.windowTitle().endswith("(read-only)")
    assert "read-only: browse and export, no edits" in window.statusBar().currentMessage()
    assert window.portfolio_panel.current_enterprise_id() == DEMO_ENTERPRISE_ID
    assert [a for a in EDITING if window.actions[a].isEnabled()] == []
    assert window.actions[ActionId.EXPORT_PROGRESS_REPORT].isEnabled()
    assert not window.actions[ActionId.COMPACT_WORKSPACE].isEnabled()
    assert not window.actions[ActionId.RESTORE_BACKUP].isEnabled()
    assert not window.document.push(renamed(window.document))  # an edit from elsewhere
    assert "open read-only" in problem_box(qtbot, window).text()
    assert window.document.undo_stack.count() == 0
    assert session.backups() == [] and not window.care.tasks  # nothing to back up
    problem_box(qtbot, window).accept()
    window.open_preferences()  # who is using the app is kept, not written into the file
    preferences = active_dialog(qtbot, PreferencesDialog)
    preferences.profile.name_edit.setText("Trần Thị Hoa")
    preferences.accept()
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert digest(path) == before


# Backups ---------------------------------------------------------------------------------


def test_backed_up_at_the_start_then_after_minutes_of_editing(qtbot, window, opened, path):
    with qtbot.waitSignal(window.care.backed_up, timeout=20_000):
        session = opened(path)
    assert len(session.backups()) == 1
    window.care.timer.timeout.emit()  # no edit since: no backup
    assert not window.care.tasks
    assert window.document.push(renamed(window.document))
    with qtbot.waitSignal(window.care.backed_up, timeout=20_000) as made:
        window.care.timer.timeout.emit()
    assert len(session.backups()) == 2
    assert integrity(made.args[0].path) == ["ok"]


def test_preferences_set_how_often_and_how_many(qtbot, window, opened, path, settings):
    session = opened(path)
    window.open_preferences()
    dialog = active_dialog(qtbot, PreferencesDialog)
    dialog.backup_minutes_spin.setValue(3)
    dialog.backup_keep_spin.setValue(2)
    dialog.accept()
    assert window.care.timer.interval() == 3 * 60_000
    qtbot.waitUntil(lambda: not window.care.tasks, timeout=20_000)
    for n in range(3):
        window.document.push(renamed(window.document, f"Name {n}"))
        with qtbot.waitSignal(window.care.backed_up, timeout=20_000):
            window.care.timer.timeout.emit()
    assert len(session.backups()) == 2


def test_restore_from_backup_keeps_the_workspace_aside(qtbot, window, opened, path):
    with qtbot.waitSignal(window.care.backed_up, timeout=20_000):
        opened(path)
    qtbot.waitUntil(lambda: window.actions[ActionId.RESTORE_BACKUP].isEnabled())
    assert window.document.push(renamed(window.document, "After the backup"))
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    dialog = active_dialog(qtbot, RestoreBackupDialog)
    assert dialog.list.count() == 1
    dialog.findChild(QPushButton, "restore_button").click()
    box = care_box(qtbot, window)
    assert "is now the workspace" in box.text() and "before-restore" in box.text()
    name = window.document.enterprise(DEMO_ENTERPRISE_ID).name
    assert name != "After the backup"
    (aside,) = path.parent.glob("workspace-before-restore-*.sqlite3")
    with sqlite3.connect(aside) as conn:
        assert conn.execute("select name from enterprises").fetchone() == ("After the backup",)
    conn.close()


# Compaction ------------------------------------------------------------------------------


def test_compact_removes_orphaned_photo_bytes_and_says_what_it_freed(qtbot, window, opened, path):
    other = open_workspace(f"sqlite:///{path}")
    SqlPhotoRepository(other).store_blob(random.randbytes(2_000_000), b"t", "image/jpeg")
    other.close()
    opened(path)
    qtbot.waitUntil(lambda: window.actions[ActionId.COMPACT_WORKSPACE].isEnabled(), timeout=20_000)
    window.actions[ActionId.COMPACT_WORKSPACE].trigger()
    text = care_box(qtbot, window).text()
    assert "Removed the bytes of 1 photo that" in text and "MB freed" in text
    assert integrity(path) == ["ok"]


# Damage ----------------------------------------------------------------------------------


def test_a_damaged_workspace_at_the_start_is_recovered_in_its_place(
    qtbot, window, opened, path, tmp_path
):
    damaged = damaged_copy(path, tmp_path / "..", pages_of(path) // 2)
    damaged.replace(path)
    before = digest(path)
    session = opened(path)
    assert session is not None and not window.document.is_attached()
    dialog = active_dialog(qtbot, DamagedWorkspaceDialog)
    assert "is damaged" in dialog.text() and dialog.restore_button is None
    assert "damaged: nothing is written" in window.statusBar().currentMessage()
    dialog.recover_button.click()
    box = care_box(qtbot, window)
    assert "rows of" in box.text() and "damaged" in box.text()
    assert window.document.is_attached() and not window.read_only
    (aside,) = path.parent.glob("workspace-damaged-*.sqlite3")
    assert digest(aside) == before
    assert integrity(path) == ["ok"]


def test_a_damaged_workspace_offers_its_last_good_backup(qtbot, window, opened, path, tmp_path):
    make_backup(path, backup_folder(path), keep=3)
    damaged_copy(path, tmp_path / "..", pages_of(path) // 2).replace(path)
    opened(path)
    dialog = active_dialog(qtbot, DamagedWorkspaceDialog)
    assert dialog.restore_button is not None
    dialog.restore_button.click()
    care_box(qtbot, window)
    assert window.document.enterprise(DEMO_ENTERPRISE_ID)
    assert list(path.parent.glob("workspace-damaged-*.sqlite3"))


def test_quitting_at_a_damaged_workspace_ends_the_app(
    qtbot, window, opened, path, tmp_path, monkeypatch
):
    exits = []
    monkeypatch.setattr(QApplication, "exit", exits.append)
    damaged_copy(path, tmp_path / "..", pages_of(path) // 2).replace(path)
    opened(path)
    active_dialog(qtbot, DamagedWorkspaceDialog).quit_button.click()
    assert exits == [1]


def test_damage_found_by_the_backup_stops_edits(qtbot, window, opened, path, tmp_path, monkeypatch):
    """A large workspace's photo bytes are checked by the backup after the start."""
    monkeypatch.setattr(sqlite_files, "SMALL_FILE", 0)
    page = first_page_of(path, "photo_blobs", "overflow")
    damaged_copy(path, tmp_path / "..", page).replace(path)
    opened(path)
    assert window.document.is_attached()
    dialog = active_dialog(qtbot, DamagedWorkspaceDialog)
    assert dialog.quit_button.text() == "Go on without editing"
    dialog.quit_button.click()
    assert window.windowTitle().endswith("(read-only)")
    assert not window.document.push(renamed(window.document))
    assert "is damaged" in problem_box(qtbot, window).text()


def test_a_large_workspace_is_written_once_its_check_after_the_start_found_it_sound(
    qtbot, window, opened, path, monkeypatch
):
    """A large file opens without its page check (1,400 enterprises' records took 0.4 s to
    check) and refuses edits, with a reason, until the check after the start is done."""
    monkeypatch.setattr(sqlite_files, "SMALL_FILE", 0)
    checking = threading.Event()
    make = backups.make_backup

    def slow_backup(*args, **kwargs):
        checking.wait(20)
        return make(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", slow_backup)
    opened(path)
    assert not window.windowTitle().endswith("(read-only)")
    assert not window.document.push(renamed(window.document, "Too early"))
    box = problem_box(qtbot, window)
    assert "is being checked" in box.text()
    box.close()
    checking.set()
    qtbot.waitUntil(lambda: not window.care.host.workspace.being_checked, timeout=20_000)
    assert window.document.push(renamed(window.document, "Checked"))
    assert window.document.enterprise(DEMO_ENTERPRISE_ID).name == "Checked"


def test_a_database_that_is_not_a_file_is_not_backed_up(qtbot, window, opened):
    """A server keeps its own backups (here an in-memory database stands in for one)."""
    session = opened("sqlite://")
    qtbot.waitUntil(lambda: not window.care.tasks)
    assert session.backups() == []
    assert window.findChild(QMessageBox, "problem_box") is None
    assert not window.actions[ActionId.RESTORE_BACKUP].isEnabled()

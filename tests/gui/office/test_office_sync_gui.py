"""File ▸ Connect to office…, File ▸ Sync, the status-bar indicator and the automatic sync,
through the real window and dialogs against the test PostgreSQL server."""

from __future__ import annotations

import dataclasses
import logging
import weakref

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from score_desktop.gui.actions import ActionId
from score_desktop.gui.exchange.conflict_inbox import ConflictInboxDialog
from score_desktop.gui.office.connect_dialog import ConnectDialog, PasswordDialog
from score_desktop.gui.office.office_actions import Link
from score_desktop.gui.settings_keys import OFFICE_SYNC_EVERY_MINUTES
from score_desktop.services.office_sync import sync
from score_desktop.storage import office_server
from score_desktop.storage.office_server import PUSH_LOCK
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop
from tests.gui.conftest import active_dialog
from tests.gui.office.conftest import address_of
from tests.postgres import _plain

pytestmark = pytest.mark.postgresql

PASSWORD = "Tr0ub4dor&3-office"


def an_enterprise_on_the_server(office, tmp_path, name="Hongxing Garments"):
    """Hoa's laptop syncs an enterprise up (as the database's owner)."""
    hoa = make_laptop(tmp_path, f"hoa-{name.split()[0].lower()}")
    enterprise = make_enterprise(name)
    hoa.repos.portfolio.add_enterprise(enterprise)
    sync(hoa.workspace, office.workspace, name="Hoa")
    return hoa, enterprise


def fill_and_connect(qtbot, window, address, password=PASSWORD):
    window.actions[ActionId.CONNECT_OFFICE].trigger()
    dialog = active_dialog(qtbot, ConnectDialog)
    assert dialog.tls.isChecked()  # TLS unless the user says otherwise
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.login.setText(address.login)
    dialog.password.setText(password)
    dialog.tls.setChecked(address.tls)
    dialog.accept()
    return dialog


def wait_synced(qtbot, window):
    qtbot.waitUntil(lambda: not window.office.busy, timeout=60_000)


def test_connect_syncs_the_assigned_enterprise_and_keeps_the_password_only_in_the_keyring(
    qtbot, tmp_path, office, laptop_window, memory_keyring, settings, caplog
):
    caplog.set_level(logging.DEBUG)
    hoa, enterprise = an_enterprise_on_the_server(office, tmp_path)
    _hoa2, unassigned = an_enterprise_on_the_server(office, tmp_path, "Phuc Mechanical")
    lan = office.add("Lan Tran", "consultant")
    office_server.assign(office.workspace.engine, lan, [enterprise.id])
    window = laptop_window.window
    assert window.office.indicator.text() == "Office: not connected"
    fill_and_connect(qtbot, window, address_of(office, lan))
    wait_synced(qtbot, window)
    assert window.office.link is Link.ONLINE
    assert window.office.indicator.text() == "Office: online"
    assert [e.name for e in window.document.enterprises()] == ["Hongxing Garments"]
    assert "1 change received" in window.statusBar().currentMessage() or (
        "received" in window.statusBar().currentMessage()
    )
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text()
    for file in laptop_window.path.parent.glob("laptop.sqlite3*"):
        assert PASSWORD.encode() not in file.read_bytes(), file
    assert PASSWORD not in caplog.text
    assert unassigned.id not in {e.id for e in window.document.enterprises()}
    hoa.workspace.close()
    _hoa2.workspace.close()


def test_without_a_keyring_the_password_is_asked_once_a_session(
    qtbot, tmp_path, office, laptop_window, no_keyring, settings
):
    _hoa, enterprise = an_enterprise_on_the_server(office, tmp_path)
    officer = office.add("Mai Officer", "officer")
    window = laptop_window.window
    dialog = fill_and_connect(qtbot, window, address_of(office, officer))
    assert "no keyring" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.problem))
    )
    wait_synced(qtbot, window)
    assert enterprise.id in {e.id for e in window.document.enterprises()}
    window.actions[ActionId.SYNC_OFFICE].trigger()  # the session remembers it
    wait_synced(qtbot, window)
    assert window.office.link is Link.ONLINE
    settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text()
    # the next start (a new window on the same settings) asks again
    from tests.gui.office.conftest import LaptopWindow

    later = LaptopWindow(qtbot, tmp_path / "laptop2.sqlite3", settings)
    try:
        assert later.window.office.indicator.text() == "Office: online"  # an address is known
        later.window.actions[ActionId.SYNC_OFFICE].trigger()
        asked = active_dialog(qtbot, PasswordDialog)
        asked.password.setText(PASSWORD)
        asked.accept()
        wait_synced(qtbot, later.window)
        assert enterprise.id in {e.id for e in later.window.document.enterprises()}
    finally:
        later.close()
    _hoa.workspace.close()


def test_a_conflict_after_a_sync_opens_the_inbox_and_the_indicator_counts_it(
    qtbot, tmp_path, office, laptop_window, memory_keyring
):
    hoa, enterprise = an_enterprise_on_the_server(office, tmp_path)
    officer = office.add("Mai Officer", "officer")
    window = laptop_window.window
    fill_and_connect(qtbot, window, address_of(office, officer))
    wait_synced(qtbot, window)
    mine = window.document.enterprise(enterprise.id)
    from score_desktop.document.commands import EditEnterpriseCommand

    window.document.push(
        EditEnterpriseCommand(window.document, dataclasses.replace(mine, phone="222 laptop"))
    )
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="111 Hoa"))
    sync(hoa.workspace, office.workspace, name="Hoa")
    window.actions[ActionId.SYNC_OFFICE].trigger()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    entry = inbox.tree.topLevelItem(0)
    assert (entry.text(1), entry.text(2), entry.text(3)) == ("Phone", "222 laptop", "111 Hoa")
    assert window.office.indicator.text() == "Office: 1 conflict"
    qtbot.mouseClick(inbox.keep_theirs, Qt.MouseButton.LeftButton)
    assert window.document.enterprise(enterprise.id).phone == "111 Hoa"
    assert window.office.indicator.text() == "Office: online"
    inbox.close()
    hoa.workspace.close()


def test_sync_cancelled_from_the_progress_dialog_stops_between_enterprises(
    qtbot, tmp_path, office, laptop_window, memory_keyring
):
    officer = office.add("Mai Officer", "officer")
    window = laptop_window.window
    from score_desktop.document.commands import AddEnterpriseCommand

    for name in ("Alpha Textiles", "Beta Foods", "Gamma Metal"):
        window.document.push(AddEnterpriseCommand(window.document, make_enterprise(name)))
    holder = psycopg.connect(_plain(office.url), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (PUSH_LOCK,))  # the sync waits at its start
    try:
        fill_and_connect(qtbot, window, address_of(office, officer))
        assert window.office.indicator.text() == "Office: syncing…"
        progress = active_dialog(qtbot, QProgressDialog)
        assert not window.actions[ActionId.SYNC_OFFICE].isEnabled()
        # Cancel reaches the task through its owner: a connection to the task's own method
        # is a weak reference PySide drops on the pool's thread (a crash; gui/workers.py)
        assert weakref.getweakrefcount(window.office.task) == 0
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        holder.execute("SELECT pg_advisory_unlock(%s)", (PUSH_LOCK,))
        holder.close()
    wait_synced(qtbot, window)
    assert "cancelled" in window.statusBar().currentMessage()
    on_server = {e.name for e in SqlPortfolioRepository(office.workspace).list_enterprises()}
    assert len(on_server) < 3  # stopped before the next enterprise: the rest wait
    window.actions[ActionId.SYNC_OFFICE].trigger()
    wait_synced(qtbot, window)
    on_server = {e.name for e in SqlPortfolioRepository(office.workspace).list_enterprises()}
    assert on_server == {"Alpha Textiles", "Beta Foods", "Gamma Metal"}


def test_tls_refused_and_an_unreachable_server_are_clear_messages_and_offline(
    qtbot, tmp_path, office, laptop_window, memory_keyring
):
    officer = office.add("Mai Officer", "officer")
    window = laptop_window.window
    fill_and_connect(qtbot, window, address_of(office, officer, tls=True))
    box = active_dialog(qtbot, QMessageBox)
    assert "refused the connection" in box.text() and "TLS" in box.text()
    assert PASSWORD not in box.text() and PASSWORD not in window.office.indicator.toolTip()
    box.close()
    assert window.office.indicator.text() == "Office: offline"
    unreachable = dataclasses.replace(address_of(office, officer), port=1)
    fill_and_connect(qtbot, window, unreachable)
    box = active_dialog(qtbot, QMessageBox)
    assert "cannot be reached" in box.text() and PASSWORD not in box.text()
    box.close()
    assert window.office.indicator.text() == "Office: offline"


def test_the_automatic_sync_follows_the_setting_and_runs_without_a_dialog(
    qtbot, tmp_path, office, laptop_window, memory_keyring, settings
):
    window = laptop_window.window
    assert window.office.timer.isActive() and window.office.timer.interval() == 5 * 60_000
    OFFICE_SYNC_EVERY_MINUTES.write(settings, 0)
    window.office.apply_settings()
    assert not window.office.timer.isActive()
    OFFICE_SYNC_EVERY_MINUTES.write(settings, 2)
    window.office.apply_settings()
    assert window.office.timer.interval() == 2 * 60_000
    window.office.timer.timeout.emit()  # not connected: nothing happens
    assert not window.office.busy
    officer = office.add("Mai Officer", "officer")
    fill_and_connect(qtbot, window, address_of(office, officer))
    wait_synced(qtbot, window)
    hoa, enterprise = an_enterprise_on_the_server(office, tmp_path, "Late Arrival Ltd")
    window.office.timer.timeout.emit()  # minutes later
    assert window.office.indicator.text() == "Office: syncing…"
    wait_synced(qtbot, window)
    assert enterprise.id in {e.id for e in window.document.enterprises()}
    assert not [w for w in window.findChildren(QProgressDialog) if w.isVisible()]
    hoa.workspace.close()


def require_password(office, login: str) -> None:
    """Make the test server ask `login` for its password (scripts/postgres-for-tests.sh:
    members of score_password_checked authenticate by SCRAM; everyone else is trusted)."""
    with office.workspace.engine.begin() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = 'score_password_checked'"
        ).first()
        if exists is None:
            connection.exec_driver_sql("CREATE ROLE score_password_checked NOLOGIN")
        connection.exec_driver_sql(f'GRANT score_password_checked TO "{login}"')


def test_a_password_the_server_refuses_is_forgotten_not_tried_every_few_minutes(
    qtbot, tmp_path, office, laptop_window, memory_keyring
):
    window = laptop_window.window
    lan = office.add("Lan Refused", "consultant")  # its password is "secret"
    require_password(office, lan)
    fill_and_connect(qtbot, window, address_of(office, lan), password="not-the-password")
    box = active_dialog(qtbot, QMessageBox)
    assert "password" in box.text() and "not-the-password" not in box.text()
    box.close()
    assert window.office.indicator.text() == "Office: offline"
    assert memory_keyring.kept == {}  # the refused password is not kept

    window.office.timer.timeout.emit()  # minutes later: nothing to try with
    assert not window.office.busy

    window.actions[ActionId.CONNECT_OFFICE].trigger()  # the address is filled in
    dialog = active_dialog(qtbot, ConnectDialog)
    assert dialog.login.text() == lan and dialog.password.text() == ""
    dialog.password.setText("secret")
    dialog.accept()
    wait_synced(qtbot, window)
    assert window.office.link is Link.ONLINE
    assert list(memory_keyring.kept.values()) == ["secret"]

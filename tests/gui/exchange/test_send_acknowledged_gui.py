"""The Send dialog offers what changed since the last package the person acknowledged, says
when that was, and sends the whole enterprise while nothing is acknowledged."""

import json
import re
import zipfile

from score_desktop.domain.history import Person
from score_desktop.gui.actions import ActionId
from score_desktop.gui.exchange import exchange_actions
from score_desktop.gui.exchange.send_dialog import SendDialog
from score_desktop.services.exchange import receive_package, send_enterprise
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.gui.conftest import active_dialog
from tests.gui.exchange.test_exchange_gui import a_package_from, summary_box


def _manifest(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _send_through_dialog(qtbot, window, target):
    window.actions[ActionId.SEND_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, SendDialog)
    note = dialog.note.text()
    assert dialog.changes.isChecked() and dialog.peer_box.currentText() == "Hoa"
    dialog.accept()
    qtbot.waitUntil(
        lambda: target.exists() and "Package written" in window.statusBar().currentMessage()
    )
    window.statusBar().clearMessage()
    return note


def test_only_what_changed_since_what_the_person_acknowledged(qtbot, window, tmp_path, monkeypatch):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise))
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "from-hoa.scorepkg"))
    summary_box(qtbot, window).close()
    window.portfolio_panel.select_enterprise(enterprise.id)
    targets = iter(tmp_path / name for name in ("first.scorepkg", "second.scorepkg"))
    target = next(targets)
    monkeypatch.setattr(exchange_actions, "ask_package_path", lambda *_: target)

    note = _send_through_dialog(qtbot, window, target)

    assert (
        note
        == "No package from Hoa has said yet what they received from you: the whole enterprise "
        "will be sent."
    )
    assert _manifest(target)["scope"] == "whole"
    receive_package(hoa.exchange, target)
    back = tmp_path / "back.scorepkg"
    send_enterprise(
        hoa.exchange,
        back,
        enterprise.id,
        Person("Hoa"),
        to_device=window.document.exchange.device_id(),
        changes_only=True,
    )
    window.exchange.receive(back)
    summary_box(qtbot, window).close()
    target = next(targets)

    note = _send_through_dialog(qtbot, window, target)

    assert note.startswith(
        "Much smaller: what changed since the last package Hoa acknowledged, in the package "
        "received from them on "
    )
    assert re.search(
        r" on \d{4}-\d\d-\d\d \d\d:\d\d\. A package lost on the way is sent again\.$", note
    )
    manifest = _manifest(target)
    assert (manifest["scope"], manifest["since"]) == (
        "changes",
        _manifest(tmp_path / "first.scorepkg")["head"],
    )
    hoa.workspace.close()

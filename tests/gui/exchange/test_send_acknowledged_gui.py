"""The Send dialog offers what changed since the last package the person acknowledged, says
when that was, and sends the whole enterprise while nothing is acknowledged."""

import datetime as dt
import json
import re
import uuid
import zipfile

from score_desktop.domain.exchange import Peer
from score_desktop.gui.actions import ActionId
from score_desktop.gui.exchange import send_dialog
from score_desktop.gui.exchange.send_dialog import SendDialog
from score_desktop.services.exchange import receive_package
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.gui.conftest import active_dialog
from tests.gui.exchange.test_exchange_gui import a_package_from, summary_box


def _manifest(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def test_only_what_changed_since_what_the_person_acknowledged(qtbot, window, tmp_path, monkeypatch):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise))
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "from-hoa.scorepkg"))
    summary_box(qtbot, window).close()
    window.portfolio_panel.select_enterprise(enterprise.id)
    target = tmp_path / "back.scorepkg"
    monkeypatch.setattr(send_dialog, "ask_package_path", lambda *_: target)

    window.actions[ActionId.SEND_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, SendDialog)

    assert dialog.changes.isChecked() and dialog.peer_box.currentText() == "Hoa"
    assert dialog.changes.text() == "Only what &changed since the last package acknowledged by:"
    note = dialog.note.text()
    assert note.startswith(
        "Much smaller: what changed since the last package Hoa acknowledged, in the package "
        "received from them on "
    )
    assert re.search(r" on \d{4}-\d\d-\d\d \d\d:\d\d\. A package lost", note)
    dialog.accept()
    qtbot.waitUntil(lambda: "Package written" in window.statusBar().currentMessage())
    manifest = _manifest(target)
    assert manifest["scope"] == "changes"  # Hoa's whole package held all we had
    assert manifest["received"] == {str(hoa.exchange.device_id()): manifest["head"]}
    assert not receive_package(hoa.exchange, target).summary.changed_anything
    hoa.workspace.close()


def test_the_note_follows_the_person_chosen(qtbot):
    acknowledged = dt.datetime(2026, 12, 3, 7, 42, tzinfo=dt.UTC)
    peers = [
        Peer(uuid.uuid4(), "Hoa", 40, 35, acknowledged),
        Peer(uuid.uuid4(), "Li Wei", 12, None, None),
    ]
    dialog = SendDialog("Garment Co.", peers)
    qtbot.addWidget(dialog)
    local = acknowledged.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog.note.text().endswith(
        f"received from them on {local}. A package lost on the way is sent again."
    )
    dialog.peer_box.setCurrentIndex(1)
    assert dialog.note.text() == (
        "No package from Li Wei has said yet what they received from you: the whole "
        "enterprise will be sent."
    )
    assert dialog.chosen() == (peers[1].device_id, True)

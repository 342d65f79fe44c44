"""Signing a report through the window: the Sign dialog, the signature pad, the signed PDF
written and kept, and a signed report superseded by a later edit."""

import dataclasses
import hashlib
import io
import subprocess

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from score_desktop.document.commands import EditVisitCommand
from score_desktop.domain.history import Person, Role
from score_desktop.domain.signoff import SignedKind, VerdictKind
from score_desktop.gui.actions import ActionId
from score_desktop.gui.profile import store_person
from score_desktop.gui.sign_dialog import SignatureDialog, SignDialog
from score_desktop.gui.signature_pad import SignaturePad
from tests.gui.conftest import active_dialog

CONSULTANT = Person("Nguyen Thi Lan", Role.CONSULTANT, "ILO SCORE Viet Nam")


def pdftotext(path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(result.stdout.split())


def draw(pad: SignaturePad, points) -> None:
    """A stroke as a user draws it: press, moves with the button held, release."""

    def send(kind, point, buttons):
        event = QMouseEvent(
            kind,
            QPointF(*point),
            pad.mapToGlobal(QPointF(*point)),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)

    held = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, points[0], held)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, held)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


@pytest.fixture
def signing_window(demo_window_factory, settings):
    store_person(settings, CONSULTANT)
    window = demo_window_factory()
    assert window.history_actions.use_stored_person()  # as the app does at its start
    return window


def add_signature(qtbot, dialog: SignDialog, name=None, role=None, strokes=()):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    signer = active_dialog(qtbot, SignatureDialog)
    if name is not None:
        signer.name_edit.setText(name)
    if role is not None:
        signer.role_combo.setCurrentIndex(signer.role_combo.findData(role.value))
    for stroke in strokes:
        draw(signer.pad, stroke)
    signer.accept()
    qtbot.waitUntil(lambda: not signer.isVisible())
    return signer


def save(qtbot, monkeypatch, dialog: SignDialog, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_pad_gives_a_png_of_the_strokes_only(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 140)
    pad.show()
    assert pad.png() is None
    draw(pad, [(20, 100), (60, 30), (120, 110), (200, 40)])
    image = Image.open(io.BytesIO(pad.png()))
    assert image.mode == "RGBA"
    # cropped to the stroke (180 × 80 pixels and a margin), at twice the pad's pixels
    assert 2 * 180 <= image.width <= 2 * 200 and 2 * 80 <= image.height <= 2 * 100
    alpha = image.getchannel("A")
    assert alpha.getextrema() == (0, 255)  # ink on a transparent ground
    pad.clear()
    assert pad.png() is None


def test_a_visit_report_signed_by_two_people_in_the_window(
    signing_window, qtbot, tmp_path, monkeypatch
):
    window = signing_window
    window.actions[ActionId.SIGN_VISIT_REPORT].trigger()
    dialog = active_dialog(qtbot, SignDialog)
    assert dialog.copies.item(0).text() == "Not signed yet"
    assert not dialog.save_button.isEnabled()

    signer = add_signature(qtbot, dialog, strokes=[[(20, 100), (80, 30), (160, 110)]])
    assert signer.signature.name == CONSULTANT.name  # prefilled from the profile
    assert signer.signature.role is Role.CONSULTANT and signer.signature.drawing
    add_signature(qtbot, dialog, name="Zhang Wei", role=Role.MANAGER)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 0).text() == "Zhang Wei"
    assert dialog.table.item(1, 2).text() == "not saved yet"

    target = tmp_path / "signed.pdf"
    save(qtbot, monkeypatch, dialog, target)
    data = target.read_bytes()
    (report,) = window.document.signoffs.signed_reports(
        SignedKind.VISIT, window.enterprise_panel.current_visit_id()
    )
    assert [s.pdf_sha256 for s in report.signatures] == [hashlib.sha256(data).hexdigest()] * 2
    verdict = window.document.signoffs.verify(data)
    assert verdict.kind is VerdictKind.SIGNED
    assert [(s.name, s.role) for s in verdict.signatures] == [
        (CONSULTANT.name, Role.CONSULTANT),
        ("Zhang Wei", Role.MANAGER),
    ]
    text = pdftotext(target)
    assert "Nguyen Thi Lan" in text and "Zhang Wei" in text and report.content_sha256 in text
    assert "2 signatures · current" in dialog.copies.item(0).text()
    assert dialog.table.item(0, 2).text().endswith("UTC") and dialog.table.item(0, 3).text()
    assert str(target) in dialog.status.text()

    # nothing new to sign: Save writes the stored copy again, byte for byte
    again = tmp_path / "again.pdf"
    save(qtbot, monkeypatch, dialog, again)
    assert again.read_bytes() == data


def test_an_edit_after_sign_off_marks_the_report_superseded(
    signing_window, qtbot, tmp_path, monkeypatch
):
    window = signing_window
    visit_id = window.enterprise_panel.current_visit_id()
    dialog = window.signoffs.sign_visit(visit_id)
    add_signature(qtbot, dialog)
    first = tmp_path / "first.pdf"
    save(qtbot, monkeypatch, dialog, first)
    dialog.close()

    visit = window.document.visit(visit_id)
    window.document.push(
        EditVisitCommand(window.document, dataclasses.replace(visit, next_steps="Changed."))
    )
    dialog = window.signoffs.sign_visit(visit_id)
    assert "superseded" in dialog.copies.item(0).text()
    assert dialog.copies.item(0).foreground().color().name() == "#c0392b"
    assert dialog.superseded.isVisible()
    assert "Edit visit of" in dialog.superseded.text()
    assert CONSULTANT.name in dialog.superseded.text()  # who changed it

    add_signature(qtbot, dialog, name="Tran Van Minh", role=Role.INSPECTOR)
    assert dialog.copies.item(0).text() == "The report as it is now: not signed yet"
    second = tmp_path / "second.pdf"
    save(qtbot, monkeypatch, dialog, second)
    reports = window.document.signoffs.signed_reports(SignedKind.VISIT, visit_id)
    assert [r.superseded for r in reports] == [False, True]
    assert "current" in dialog.copies.item(0).text()
    assert "superseded" in dialog.copies.item(1).text()
    # the superseded copy is kept as it was and still says who signed it
    assert window.document.signoffs.verify(first.read_bytes()).kind is VerdictKind.SUPERSEDED
    assert "Changed." in pdftotext(second) and "Changed." not in pdftotext(first)


def test_the_eip_report_is_signed_from_the_file_menu(signing_window, qtbot, tmp_path, monkeypatch):
    window = signing_window
    action = window.actions[ActionId.SIGN_EIP_REPORT]
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    dialog = window.signoffs.dialog
    assert dialog.isVisible() and dialog.subject.kind is SignedKind.EIP
    add_signature(qtbot, dialog, name="Zhang Wei", role=Role.MANAGER)
    target = tmp_path / "eip.pdf"
    save(qtbot, monkeypatch, dialog, target)
    text = pdftotext(target)
    assert "Enterprise Improvement Plan" in text and "Zhang Wei" in text
    assert window.document.signoffs.verify(target.read_bytes()).kind is VerdictKind.SIGNED


def test_a_signature_without_a_name_keeps_the_form_open(signing_window, qtbot):
    dialog = signing_window.signoffs.sign_current_visit()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    signer = active_dialog(qtbot, SignatureDialog)
    signer.name_edit.setText("   ")
    signer.accept()
    assert signer.isVisible() and "name" in signer.problem.text()
    signer.reject()
    assert dialog.pending == []


def test_cancelled_signing_stores_and_writes_nothing(signing_window, qtbot, tmp_path):
    window = signing_window
    dialog = window.signoffs.sign_current_visit()
    add_signature(qtbot, dialog)
    target = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(dialog.runner.cancelled, timeout=60_000):
        dialog.save_to(target)
        dialog.runner.cancel()
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    visit_id = window.enterprise_panel.current_visit_id()
    assert window.document.signoffs.signed_reports(SignedKind.VISIT, visit_id) == []
    assert len(dialog.pending) == 1 and "cancelled" in dialog.status.text()
    assert dialog.save_button.isEnabled()

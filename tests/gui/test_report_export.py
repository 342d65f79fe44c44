"""The report export dialog, its remembered choices, Cancel, the progress report and the cover
logos of Preferences, through the real window."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from score_desktop.gui.actions import ActionId
from score_desktop.gui.preferences_dialog import PreferencesDialog
from score_desktop.gui.report_dialog import ReportKind, ReportOptionsDialog, read_logos
from score_desktop.services.reporting.options import Paper, Section
from tests.gui.conftest import active_dialog


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_dialog_remembers_its_choices(qtbot, settings):
    dialog = ReportOptionsDialog(settings, ReportKind.VISIT)
    qtbot.addWidget(dialog)
    dialog.section_boxes[Section.PLAN].setChecked(False)
    dialog.section_boxes[Section.SIGNATURES].setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.accept()
    again = ReportOptionsDialog(settings, ReportKind.VISIT)
    qtbot.addWidget(again)
    options, problems = again.options()
    assert problems == []
    assert options.paper is Paper.LETTER and options.language == "vi"
    assert Section.PLAN not in options.sections and Section.SIGNATURES not in options.sections
    assert Section.HAZARDS in options.sections


def test_no_section_or_a_backwards_period_keeps_the_dialog_open(qtbot, settings):
    dialog = ReportOptionsDialog(settings, ReportKind.VISIT)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog.accept()
    assert dialog.isVisible() and "at least one section" in dialog.problem.text()
    progress = ReportOptionsDialog(settings, ReportKind.PROGRESS)
    qtbot.addWidget(progress)
    progress.show()
    progress.first_month.setDate(QDate(2026, 10, 1))
    progress.last_month.setDate(QDate(2026, 8, 1))
    progress.accept()
    assert progress.isVisible() and "before the first" in progress.problem.text()


def test_a_spanish_visit_report_from_the_window(demo_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.actions[ActionId.EXPORT_VISIT_REPORT].trigger()
    dialog = active_dialog(qtbot, ReportOptionsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    with qtbot.waitSignal(demo_window.reports.finished, timeout=30_000):
        dialog.accept()
    text = pdf_text(target)
    assert "Informe de visita SCORE" in text and "Plano: Cable workshop" in text
    assert demo_window.actions[ActionId.EXPORT_VISIT_REPORT].isEnabled()


def test_cancel_stops_the_export_and_writes_nothing(demo_window, qtbot, tmp_path):
    target = tmp_path / "cancelled.pdf"
    visit_id = demo_window.enterprise_panel.current_visit_id()
    reports = demo_window.reports
    task = reports.start_visit_report(visit_id, target)
    assert not demo_window.actions[ActionId.EXPORT_VISIT_REPORT].isEnabled()
    (cancel_button,) = reports.runner.progress.findChildren(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(reports.runner.cancelled, timeout=30_000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert task is not None and reports.runner.task is None
    assert not target.exists() and list(tmp_path.glob(".report-*")) == []
    assert demo_window.actions[ActionId.EXPORT_VISIT_REPORT].isEnabled()


def test_monthly_progress_report_from_the_file_menu(demo_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "progress"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.actions[ActionId.EXPORT_PROGRESS_REPORT].trigger()
    dialog = active_dialog(qtbot, ReportOptionsDialog)
    assert dialog.kind is ReportKind.PROGRESS and not dialog.section_boxes
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.first_month.setDate(QDate(2026, 9, 1))
    dialog.last_month.setDate(QDate(2026, 10, 1))
    with qtbot.waitSignal(demo_window.reports.finished, timeout=30_000) as done:
        dialog.accept()
    assert done.args[0].path == Path(str(target) + ".pdf")
    text = pdf_text(done.args[0].path)
    assert "Monthly progress report" in text and "2026-09 – 2026-10" in text


def test_logos_are_chosen_in_preferences_and_printed(demo_window, qtbot, tmp_path, monkeypatch):
    logo = tmp_path / "programme.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(0x1F5F8B)
    assert image.save(str(logo))
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG not really")
    demo_window.actions[ActionId.PREFERENCES].trigger()
    prefs = active_dialog(qtbot, PreferencesDialog)
    assert prefs.set_logo("enterprise", str(broken)) is False
    assert "cannot be used as a logo" in prefs.logo_problem.text()
    assert prefs.set_logo("programme", str(logo)) is True
    prefs.accept()
    logos, problems = read_logos(demo_window.settings)
    assert [lg.role for lg in logos] == ["programme"] and problems == []

    target = tmp_path / "with-logo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.actions[ActionId.EXPORT_VISIT_REPORT].trigger()
    with qtbot.waitSignal(demo_window.reports.finished, timeout=30_000):
        active_dialog(qtbot, ReportOptionsDialog).accept()
    assert len(PdfReader(target).pages[0]["/Resources"]["/XObject"]) == 1

    logo.unlink()  # gone since it was chosen: the user is told, the report is still written
    demo_window.actions[ActionId.EXPORT_VISIT_REPORT].trigger()
    with qtbot.waitSignal(demo_window.reports.finished, timeout=30_000):
        active_dialog(qtbot, ReportOptionsDialog).accept()
    box = active_dialog(qtbot, QMessageBox)
    assert "logo could not be read" in box.text()
    box.accept()


def test_a_named_pipe_chosen_as_a_logo_is_refused_without_waiting(qtbot, settings, tmp_path):
    import os

    from score_desktop.gui.settings_keys import LOGOS

    pipe = tmp_path / "logo.png"
    os.mkfifo(pipe)
    prefs = PreferencesDialog(settings, "workspace")
    qtbot.addWidget(prefs)
    assert prefs.set_logo("programme", str(pipe)) is False
    assert "is not a file but a folder, pipe or device" in prefs.logo_problem.text()
    LOGOS["programme"].write(settings, str(pipe))  # chosen before it became a pipe
    logos, problems = read_logos(settings)
    assert logos == [] and "is not a file but a folder, pipe or device" in problems[0]


def test_reports_without_a_plan_show_no_plan_options(qtbot, settings):
    """The EIP and progress dialogs once showed a stray pin-colour box over "Paper:"."""
    for kind in (ReportKind.EIP, ReportKind.PROGRESS):
        dialog = ReportOptionsDialog(settings, kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.pin_style.isVisible() and not dialog.north_arrow.isVisible()
        dialog.close()

"""Help ▸ About: version, build, Qt, workspace and log file; Copy diagnostics puts the
versions, platform, report fonts and recent errors on the clipboard, and nothing personal."""

import getpass
import re
import socket
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from score_desktop import __version__
from score_desktop import build_info as build_info_module
from score_desktop.gui import error_hook
from score_desktop.gui.about_dialog import AboutDialog


def test_about_names_version_build_qt_workspace_and_log_file(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    window.set_workspace_name(str(tmp_path / "consultant.sqlite3"))
    dialog = window.help_menu.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = {key: label.text() for key, label in dialog.fields.items()}
    assert text["version"] == __version__
    assert text["built"] == "run from source"  # a source checkout has no build record
    assert text["qt"] == f"{qVersion()} / {PySide6.__version__}"
    assert text["workspace"] == str(tmp_path / "consultant.sqlite3")
    assert text["logs"] == str(tmp_path / "state" / "score-desktop" / "log" / "score-desktop.log")
    dialog.close()


def test_copy_diagnostics_has_versions_fonts_and_errors_but_nothing_personal(
    window, qtbot, monkeypatch, tmp_path
):
    hook = error_hook.ErrorHook()
    monkeypatch.setattr(sys, "excepthook", hook)
    monkeypatch.setattr(error_hook.QMessageBox, "critical", lambda *_args: None)
    try:
        {}["Mr Nguyen's secret factory"]
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    window.set_workspace_name(str(Path.home() / "work" / "hanoi.sqlite3"))
    dialog = window.help_menu.show_about()
    copied = dialog.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == copied
    assert f"SCORE Desktop: {__version__}" in copied
    assert f"Qt: {qVersion()}" in copied and f"PySide6: {PySide6.__version__}" in copied
    assert f"reportlab {metadata.version('reportlab')}" in copied
    assert "NotoSans (NotoSans-Regular.ttf, " in copied  # the first report font, by name
    (error_line,) = [line for line in copied.splitlines() if "KeyError" in line]
    assert re.fullmatch(
        r"  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d KeyError at test_about\.py:\d+ in test_copy_\w+",
        error_line,
    )
    assert "secret factory" not in copied  # messages may quote records: left out
    assert "hanoi.sqlite3" not in copied and str(Path.home()) not in copied
    assert socket.gethostname() not in copied and getpass.getuser() not in copied.lower()
    assert "copied" in dialog.copied.text()
    dialog.close()


def test_version_agrees_in_package_metadata_command_line_and_about(window):
    assert metadata.version("score-desktop") == __version__
    shown = subprocess.run(
        [sys.executable, "-m", "score_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert shown == f"score-desktop {__version__}"
    dialog = window.help_menu.show_about()
    assert dialog.fields["version"].text() == __version__
    dialog.close()


def test_a_bundle_shows_when_and_from_what_it_was_built(window, monkeypatch, tmp_path):
    (tmp_path / "build-info.json").write_text(
        '{"version": "0.1.0", "built": "2026-12-05T08:54:28+00:00", "commit": "fc8b7e1"}'
    )
    monkeypatch.setattr(build_info_module, "resources_dir", lambda: tmp_path)
    dialog = window.help_menu.show_about()
    assert dialog.fields["built"].text() == "2026-12-05 08:54:28 UTC (fc8b7e1)"
    copied = dialog.copy_diagnostics()
    assert "Build: bundle built 2026-12-05T08:54:28+00:00 from fc8b7e1\n" in copied
    dialog.close()


def test_a_damaged_build_record_only_loses_the_build_date(window, monkeypatch, tmp_path):
    (tmp_path / "build-info.json").write_text('{"built": ')
    monkeypatch.setattr(build_info_module, "resources_dir", lambda: tmp_path)
    dialog = window.help_menu.show_about()
    assert dialog.fields["version"].text() == __version__
    assert dialog.fields["built"].text() == "run from source"
    dialog.close()

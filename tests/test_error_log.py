"""An uncaught error is written to the log file in the user's log folder (set up by the
error itself when the start has not got that far), and the dialog, or the command line's one
line, says where the file is."""

import logging
import re
import sys

import pytest

from score_desktop import cli, logs
from score_desktop.app import main
from score_desktop.gui import error_hook


@pytest.fixture
def fresh_log(monkeypatch, tmp_path):
    """The log folder under tmp_path, set up anew; its handler removed afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(logs, "_configured", [])
    before = list(logs.log.handlers)
    yield tmp_path / "state" / "score-desktop" / "log" / "score-desktop.log"
    for handler in logs.log.handlers[:]:
        if handler not in before:
            handler.close()
            logs.log.removeHandler(handler)
    logs.log.setLevel(logging.NOTSET)


def test_an_uncaught_error_writes_the_log_file_and_the_dialog_names_it(
    qapp, monkeypatch, fresh_log, capsys
):
    shown = []
    monkeypatch.setattr(error_hook.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    hook = error_hook.ErrorHook(logs.configure_logging)
    monkeypatch.setattr(sys, "excepthook", hook)
    assert not fresh_log.exists()
    try:
        raise RuntimeError("the plan lost its scale")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    written = fresh_log.read_text(encoding="utf-8")
    assert "ERROR score_desktop: unhandled exception" in written
    assert "RuntimeError: the plan lost its scale" in written and "Traceback" in written
    (text,) = shown
    assert text.startswith("Something went wrong: the plan lost its scale")
    assert f"The details were written to {fresh_log}:" in text
    where = r" RuntimeError at test_error_log\.py:\d+ in test_an_uncaught_"
    assert re.search(where, hook.recent[-1])
    assert "the plan lost its scale" not in hook.recent[-1]


def test_a_log_folder_that_cannot_be_made_still_shows_the_error(qapp, monkeypatch, tmp_path):
    blocked = tmp_path / "state"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))
    monkeypatch.setattr(logs, "_configured", [])
    shown = []
    monkeypatch.setattr(error_hook.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    hook = error_hook.ErrorHook(logs.configure_logging)
    hook(ValueError, ValueError("bad"), None)
    (text,) = shown
    assert text.startswith("Something went wrong: bad")
    assert "could not be written to a log file" in text
    assert hook.log_path is None


def test_a_bug_in_a_headless_command_is_logged_and_named_in_one_line(
    monkeypatch, fresh_log, capsys, tmp_path
):
    def broken(_repository, _args):
        raise LookupError("a bug in the listing")

    monkeypatch.setattr(cli, "_list", broken)
    code = main(["list", "--database", str(tmp_path / "w.sqlite3")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"score-desktop: unexpected error (LookupError: a bug in the listing); details in "
        f"{fresh_log}\n"
    )
    written = fresh_log.read_text(encoding="utf-8")
    assert "unhandled exception in list" in written and "LookupError" in written

"""A bug in any worker reaches the GUI thread: each kind of worker raises an unexpected
RuntimeError, and the error dialog opens on the GUI thread, the worker's progress display
ends and nothing it was writing is left behind. The excepthook itself, called off the GUI
thread, hands its dialog to that thread."""

import gc
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThread, QThreadPool
from PySide6.QtWidgets import QMessageBox

from score_desktop.gui import error_hook, workers
from score_desktop.gui.photos.importer import PhotoImporter
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.services.reporting import build
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.gui.photos.test_gallery import photos


@pytest.fixture
def shown(monkeypatch, qapp):
    """The app's own excepthook, its dialog replaced by a note of the text and of whether it
    opened on the GUI thread."""
    seen: list[tuple[str, bool]] = []

    def critical(_parent, _title, text):
        seen.append((text, QThread.currentThread() is QCoreApplication.instance().thread()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    hook = error_hook.ErrorHook()
    monkeypatch.setattr(sys, "excepthook", hook)
    monkeypatch.setattr(threading, "excepthook", error_hook._from_thread)
    yield seen
    hook.deleteLater()


def test_the_excepthook_off_the_gui_thread_shows_its_dialog_on_it(qtbot, shown):
    class Bare(QRunnable):  # not a gui.workers.Worker: its exception escapes run()
        def run(self):
            raise RuntimeError("escaped a runnable")

    QThreadPool.globalInstance().start(Bare())
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert {text.split("\n")[0] for text, _ in shown} == {
        "Something went wrong: escaped a runnable",
        "Something went wrong: division by zero",
    }
    assert all(on_gui_thread for _, on_gui_thread in shown)


def test_a_bug_in_the_report_export_leaves_no_file(
    demo_window, qtbot, tmp_path, shown, monkeypatch
):
    def half_written(path, *_args):
        with open(path, "wb") as stream:
            stream.write(b"%PDF-1.4 half")
        raise RuntimeError("a bug in the layout")

    monkeypatch.setattr(build, "report_document", half_written)
    target = tmp_path / "visit.pdf"
    reports = demo_window.reports
    running: list[bool] = []
    reports.runner.running_changed.connect(running.append)
    reports.start_visit_report(demo_window.enterprise_panel.current_visit_id(), target)
    qtbot.waitUntil(lambda: reports.runner.task is None, timeout=30_000)
    assert running == [True, False]
    ((text, on_gui_thread),) = shown
    assert "a bug in the layout" in text and on_gui_thread
    assert not target.exists() and list(tmp_path.glob(".report-*")) == []
    assert reports.runner.progress is None


def test_a_bug_in_the_photo_import_adds_nothing(
    qtbot, demo_window, workspace, tmp_path, shown, monkeypatch
):
    from score_desktop.gui.photos import import_task

    def broken(_sha256, _thumbnail):
        raise RuntimeError("a bug while keeping a thumbnail")

    monkeypatch.setattr(import_task, "remember", broken)
    importer = PhotoImporter(demo_window.document)
    qtbot.addWidget(importer)
    with qtbot.waitSignal(importer.finished, timeout=20_000) as finished:
        importer.start(photos(tmp_path, 2), DEMO_ENTERPRISE_ID)
    assert finished.args[1] == [] and not importer.running and importer.isHidden()
    assert SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID) == []
    qtbot.waitUntil(lambda: bool(shown))
    ((text, on_gui_thread),) = shown
    assert "a bug while keeping a thumbnail" in text and on_gui_thread


def test_a_bug_in_a_backup_ends_its_task(qtbot, window, shown):
    class BrokenHost:
        read_only, can_replace = False, True

        def back_up(self, keep):
            raise RuntimeError("a bug in the backup")

    with qtbot.waitSignal(window.care.task_done, timeout=10_000):
        window.care.attach_host(BrokenHost())
    ((text, on_gui_thread),) = shown
    assert "a bug in the backup" in text and on_gui_thread
    assert not window.care.tasks and not window.care._backing_up


class _CollectorWatch(workers.Worker):
    def work(self) -> object:
        return gc.isenabled(), threading.current_thread() is threading.main_thread()


def test_the_cyclic_collector_never_runs_on_a_workers_thread(qtbot):
    """A pass on a worker's thread may free Qt objects of the GUI thread (a crash): it is off
    while any worker works, and on again once none does."""
    seen: list = []
    worker = _CollectorWatch()
    with qtbot.waitSignal(worker.signals.finished) as finished:
        workers.start(worker, finished=seen.append, failed=seen.append, crashed=seen.append)
    assert finished.args[0] == (False, False)  # off, and on another thread
    QThreadPool.globalInstance().waitForDone()
    assert gc.isenabled()


class _LetGoFirst(workers.Worker):
    """Returns from run() only once the GUI thread has dropped its reference: the pool then
    deletes the last one, on this worker's thread."""

    def __init__(self, let_go: threading.Event):
        super().__init__()
        self.let_go = let_go

    def work(self) -> object:
        return 1

    def run(self) -> None:
        super().run()
        self.let_go.wait(10)


def test_a_workers_signals_die_on_the_gui_thread_whoever_lets_go_last(qtbot):
    """A QObject of the GUI thread deleted on a worker's thread, while the GUI thread may be
    delivering its signals, crashes the process now and then."""
    died_on: list[str] = []
    let_go = threading.Event()
    held: list = []

    def on_finished(_result) -> None:
        held.clear()  # the GUI's last reference, before the pool's
        let_go.set()

    worker = _LetGoFirst(let_go)
    worker.signals.destroyed.connect(
        lambda: died_on.append(threading.current_thread().name), Qt.ConnectionType.DirectConnection
    )
    held.append(workers.start(worker, finished=on_finished, failed=print, crashed=print))
    del worker
    qtbot.waitUntil(lambda: bool(died_on), timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
    assert died_on == [threading.main_thread().name]

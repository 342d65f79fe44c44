"""Composition root: parses the command line, shows the window, then opens the workspace.

The only module that knows the concrete pieces (SQL repository, settings, translators). The
window is shown before the storage layer is imported: SQLAlchemy alone takes longer to import
than Qt takes to show a window, so the workspace is opened one event-loop turn after the first
paint (the status bar says so meanwhile).
"""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_ID, __version__
from .arguments import build_parser
from .document.portfolio import PortfolioDocument
from .domain.errors import KnownProblemError
from .gui import error_hook, text_guard
from .gui.app_icon import app_icon
from .gui.first_paint import after_next_paint
from .gui.i18n import chosen_language, install_translators
from .gui.main_window import MainWindow
from .logs import APP_DIR_NAME, configure_logging

log = logging.getLogger("score_desktop")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.diagnostics:
        from .gui.about_dialog import qt_versions
        from .services.diagnostics import diagnostics_text

        sys.stdout.write(diagnostics_text(qt_versions()))
        return 0
    if args.command is not None:
        if qt_args:
            parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
        from .cli import run_headless  # headless commands need no Qt widgets

        try:
            return run_headless(args)
        except Exception as exc:  # a bug: written to the log file, and one line saying where
            return _headless_bug(args.command, exc)
    return run_gui(args, qt_args)


def _headless_bug(command: str, exc: Exception) -> int:
    try:
        where = f"details in {configure_logging()}"
    except OSError as log_error:
        where = f"no log file ({log_error})"
    log.error("unhandled exception in %s", command, exc_info=exc)
    print(
        f"score-desktop: unexpected error ({type(exc).__name__}: {exc}); {where}",
        file=sys.stderr,
    )
    return 1


def run_gui(args, qt_args: list[str]) -> int:
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(APP_DIR_NAME)
    app.setApplicationName("SCORE Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the desktop entry by it
    app.setWindowIcon(app_icon())
    if getattr(sys, "frozen", False):  # a bundle: its report fonts serve the window too
        from .gui.shipped_fonts import add_shipped_fonts

        add_shipped_fonts()
    settings = QSettings()
    install_translators(app, chosen_language(settings, args.language))
    errors = error_hook.install(configure_logging)  # a bug in any thread is shown on this one
    text_guard.install(app)  # text fields keep out what cannot be stored

    window = MainWindow(PortfolioDocument(), settings)
    window.show()
    if args.exit_after_shown == "window":
        after_next_paint(window, lambda: _capture_and_quit(window, None, "window"))
        return app.exec()
    app.processEvents()  # let the first paint happen before the slow part
    errors.ensure_log_file()
    opened: list = []
    QTimer.singleShot(0, lambda: opened.extend(open_workspace_into(window, args)))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # a backup under way ends whole
    for workspace in opened:
        workspace.close()
    return code


def open_workspace_into(window: MainWindow, args) -> list:
    """Open the workspace, attach it to the window's document, then follow up on the options.

    Returns the opened workspace (in a list, empty on failure) so it can be closed at exit.
    A damaged workspace is not opened: the window offers to recover it or restore a backup.
    """
    from .domain.errors import DamagedFileError
    from .gui.profile import stored_person
    from .services.demo import seed_demo
    from .storage.urls import database_url
    from .window_workspace import WindowWorkspace

    read_only = True if getattr(args, "read_only", False) else None
    session = WindowWorkspace(window, database_url(args.database), read_only)
    try:
        session.open(prepare=seed_demo if args.demo else None)
    except DamagedFileError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        window.care.offer_way_out(str(exc), at_start=True, host=session)
        return [session]
    except KnownProblemError as exc:
        session.close()
        print(f"score-desktop: {exc}", file=sys.stderr)
        QMessageBox.critical(
            window, QApplication.translate("app", "Cannot open the workspace"), str(exc)
        )
        QApplication.exit(1)
        return []
    if args.screenshot is not None or args.exit_after_shown:
        after_next_paint(
            window, lambda: _capture_and_quit(window, args.screenshot, args.exit_after_shown)
        )
    elif not session.read_only:
        asks_person = stored_person(window.settings) is None
        QTimer.singleShot(0, lambda: _welcome(window, asks_person=asks_person))
    from .gui.warm_up import import_when_idle

    import_when_idle(window)  # the first plan opened then opens as fast as the next ones
    return [session]


def _welcome(window: MainWindow, asks_person: bool) -> None:
    """On a first start: who is using the app, then (in an empty workspace) the demo."""
    if asks_person:
        dialog = window.history_actions.ask_person()
        dialog.finished.connect(lambda _result: _welcome(window, asks_person=False))
    elif window.document.is_empty():
        offer_demo(window)


def offer_demo(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        QApplication.translate("app", "Empty workspace"),
        QApplication.translate(
            "app",
            "This workspace has no enterprises yet.\n\nLoad a demo enterprise (a cable maker "
            "in Deyang, Sichuan, with four visits) to explore the application?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.load_demo()


def _capture_and_quit(window: MainWindow, path: Path | None, stage: str | None) -> None:
    """--screenshot saves the painted window; --exit-after-shown reports when the stage was
    painted (the startup benchmark times launch to paint, see arguments.py)."""
    if stage is not None:
        import time

        print(f"painted {stage} {time.time():.6f}", flush=True)
    if path is not None:
        window.grab().save(str(path))
    QApplication.quit()

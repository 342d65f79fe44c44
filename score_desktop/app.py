"""Composition root: parses the command line, opens the workspace, builds the window.

The only module that knows the concrete pieces (SQL repository, settings, translators).
"""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__
from .cli import build_parser, database_url, run_headless
from .document.portfolio import PortfolioDocument
from .domain.errors import KnownProblemError
from .gui.i18n import chosen_language, install_translators
from .gui.main_window import MainWindow
from .services.demo import seed_demo
from .storage.database import APP_DIR_NAME, open_workspace
from .storage.portfolio_repository import SqlPortfolioRepository

log = logging.getLogger("score_desktop")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.command is not None:
        if qt_args:
            parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
        return run_headless(args)
    return run_gui(args, qt_args)


def configure_logging() -> Path:
    folder = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "score-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    return folder


def _install_excepthook(log_folder: Path) -> None:
    """A bug shows a dialog and is logged; edits already made are in the database."""

    def hook(exc_type, exc, tb) -> None:
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        traceback.print_exception(exc_type, exc, tb)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QApplication.translate("app", "Unexpected error"),
                QApplication.translate(
                    "app",
                    "Something went wrong: %1\n\nEverything you had saved is safe in the "
                    "workspace. Details are in %2.",
                )
                .replace("%1", str(exc))
                .replace("%2", str(log_folder)),
            )

    sys.excepthook = hook


def run_gui(args, qt_args: list[str]) -> int:
    log_folder = configure_logging()
    app = QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(APP_DIR_NAME)
    app.setApplicationName("SCORE Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("score-desktop")
    settings = QSettings()
    install_translators(app, chosen_language(settings, args.language))
    _install_excepthook(log_folder)

    try:
        workspace = open_workspace(database_url(args))
        repository = SqlPortfolioRepository(workspace)
        if args.demo:
            seed_demo(repository)
        document = PortfolioDocument(repository)
    except KnownProblemError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the workspace"), str(exc))
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1

    window = MainWindow(document, settings, workspace.display_name)
    window.show()
    if args.screenshot is not None or args.exit_after_shown:
        QTimer.singleShot(0, lambda: _capture_and_quit(window, args.screenshot))
    elif document.is_empty():
        QTimer.singleShot(0, lambda: offer_demo(window))
    code = app.exec()
    workspace.close()
    return code


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


def _capture_and_quit(window: MainWindow, path: Path | None) -> None:
    if path is not None:
        window.grab().save(str(path))
    QApplication.quit()

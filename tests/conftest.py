"""Shared fixtures: every test runs on real SQLite files in its own tmp_path.

Settings, data and log folders are redirected before Qt or platformdirs are used, so the
suite never reads or writes the user's own workspace.
"""

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="score-desktop-tests-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(_HOME / var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from score_desktop.domain.bulk import thaw  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository  # noqa: E402
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from tests import postgres  # noqa: E402


def pytest_collection_modifyitems(config, items):
    dropped = postgres.deselected(items)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        gone = set(map(id, dropped))
        items[:] = [item for item in items if id(item) not in gone]


@pytest.fixture(scope="session")
def postgres_databases():
    """Per-test databases on the test server (tests/postgres.py); fails without one."""
    postgres.admin_url()
    databases = postgres.Databases()
    yield databases
    databases.close()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'workspace.sqlite3'}"


@pytest.fixture
def workspace(database_url: str):
    ws = open_workspace(database_url)
    yield ws
    ws.close()


@pytest.fixture
def repository(workspace) -> SqlPortfolioRepository:
    return SqlPortfolioRepository(workspace)


@pytest.fixture
def plan_repository(workspace) -> SqlFloorPlanRepository:
    return SqlFloorPlanRepository(workspace)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def document(qapp, workspace, repository, plan_repository):
    from score_desktop.document.portfolio import PortfolioDocument

    doc = PortfolioDocument(sql_repositories(workspace))
    yield doc
    doc.undo_stack.clear()
    doc.deleteLater()


@pytest.fixture(autouse=True)
def _collector_takes_back_what_a_test_kept():
    """A plan editor opened outside the tabs keeps its objects frozen out of the collector
    (open_plan_editor); the app thaws them when its tab closes, the test's end does here."""
    yield
    thaw()


@pytest.fixture(autouse=True)
def _clipboard_emptied_after_each_test():
    """Data a test copied stays on the clipboard; on the offscreen platform, PySide6 then
    crashes while the interpreter exits (a QMimeData set from Python, then the application
    torn down: reproduced with no project code, not on X11). The test run's exit code is the
    crash's, so the clipboard is emptied after each test."""
    yield
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The window's English, as the app installs it: "1 photo", "2 photos" (the English
    translation file holds only the plural forms)."""
    from PySide6.QtCore import QCoreApplication

    from score_desktop.gui.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)

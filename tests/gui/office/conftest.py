"""A laptop's window on its own workspace file, and the office server on the test
PostgreSQL (tests/server/conftest.py)."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from sqlalchemy.engine import make_url

from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.domain.office import OfficeAddress
from score_desktop.gui.main_window import MainWindow
from score_desktop.window_workspace import WindowWorkspace
from tests.server.conftest import office as office  # noqa: F401 (fixture)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps passwords in this process, as a desktop's would."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    """This machine's own state: no Secret Service, keyring's 'fail' backend."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def address_of(office, login: str, *, tls: bool = False) -> OfficeAddress:
    url = make_url(office.url)
    return OfficeAddress(host=url.host, port=url.port, database=url.database, login=login, tls=tls)


class LaptopWindow:
    def __init__(self, qtbot, path, settings):
        self.window = MainWindow(PortfolioDocument(), settings, "laptop")
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.path = path
        self.session = WindowWorkspace(self.window, f"sqlite:///{path}")
        self.session.open()

    def close(self):
        self.window.thread_pool.waitForDone(30_000)
        self.session.close()


@pytest.fixture
def laptop_window(qtbot, tmp_path, settings):
    made = LaptopWindow(qtbot, tmp_path / "laptop.sqlite3", settings)
    yield made
    made.close()

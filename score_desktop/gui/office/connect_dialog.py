"""File ▸ Connect to office…: where the office server is, who logs in, the password.

The address goes to the settings; the password only to the system keyring (where there is
one) and the running session's memory."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.office import DEFAULT_PORT, OfficeAddress
from ..settings_keys import OFFICE_DATABASE, OFFICE_HOST, OFFICE_LOGIN, OFFICE_PORT, OFFICE_TLS


def stored_address(settings: QSettings) -> OfficeAddress | None:
    host, database = OFFICE_HOST.read(settings), OFFICE_DATABASE.read(settings)
    login = OFFICE_LOGIN.read(settings)
    if not (host and database and login):
        return None
    return OfficeAddress(
        host=host,
        database=database,
        login=login,
        port=OFFICE_PORT.read(settings),
        tls=OFFICE_TLS.read(settings),
    )


def store_address(settings: QSettings, address: OfficeAddress) -> None:
    OFFICE_HOST.write(settings, address.host)
    OFFICE_PORT.write(settings, address.port)
    OFFICE_DATABASE.write(settings, address.database)
    OFFICE_LOGIN.write(settings, address.login)
    OFFICE_TLS.write(settings, address.tls)


class ConnectDialog(QDialog):
    """Asks the whole address and the password (the address filled from the last one)."""

    def __init__(
        self, address: OfficeAddress | None, keyring_here: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the office server"))
        intro = QLabel(
            self.tr(
                "Your workspace stays on this computer and works offline; a sync sends your "
                "changes to the office server and brings your colleagues' back."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(address.host if address else "")
        self.host.setPlaceholderText(self.tr("for example db.office.example"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.database = QLineEdit(address.database if address else "score_office")
        self.login = QLineEdit(address.login if address else "")
        self.login.setPlaceholderText(self.tr("the login the office gave you"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Encrypt the connection (TLS)"))
        self.tls.setChecked(address.tls if address else True)
        kept = QLabel(
            self.tr("The password is kept in this computer's keyring.")
            if keyring_here
            else self.tr(
                "This computer has no keyring: the password is not kept, and is asked for "
                "once each time SCORE Desktop starts."
            )
        )
        kept.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Name:"), self.login)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.tls)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect and sync"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.password if address else self.host).setFocus()

    def address(self) -> OfficeAddress:
        return OfficeAddress(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            login=self.login.text().strip(),
            port=self.port.value(),
            tls=self.tls.isChecked(),
        )

    def accept(self) -> None:
        fields = (
            (self.host, self.tr("The server's address is needed.")),
            (self.database, self.tr("The database's name is needed.")),
            (self.login, self.tr("Your name (login) is needed.")),
        )
        for field, message in fields:
            if not field.text().strip():
                self.problem.setText(message)
                self.problem.show()
                field.setFocus()
                return
        super().accept()


class PasswordDialog(QDialog):
    """The password alone, when the keyring has none (or there is no keyring)."""

    def __init__(self, address: OfficeAddress, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office server password"))
        label = QLabel(self.tr("Password for %1:").replace("%1", address.describe()))
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(buttons)

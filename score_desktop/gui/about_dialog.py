"""Help ▸ About: what this copy is (version, build, Qt), where its workspace and logs are,
and a button that copies the diagnostics for a support request.

Imported when first opened: the diagnostics read the report fonts through reportlab.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..build_info import build_info
from ..logs import LOG_FILE_NAME, log_folder
from ..services.diagnostics import diagnostics_text
from .app_icon import app_icon
from .error_hook import ErrorHook


def qt_versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


def recent_errors() -> list[str]:
    hook = sys.excepthook
    return list(hook.recent) if isinstance(hook, ErrorHook) else []


class AboutDialog(QDialog):
    def __init__(self, workspace_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About SCORE Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        info = build_info()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel(f"<h2>SCORE Desktop {info.version}</h2>", self)
        blurb = QLabel(
            self.tr(
                "For consultants of the ILO SCORE programme: enterprises, visits, floor "
                "plans, hazards, improvement plans and reports, offline."
            ),
            self,
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # full width: a centred box clips
        if info.built:
            built = info.built.replace("T", " ").removesuffix("+00:00") + " UTC"
            if info.commit:
                built += f" ({info.commit})"
        elif info.frozen:
            built = self.tr("unknown (the bundle's build record is missing)")
        else:
            built = self.tr("run from source")
        facts = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("version", self.tr("Version"), info.version),
            ("built", self.tr("Built"), built),
            ("qt", self.tr("Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
            ("workspace", self.tr("Workspace"), workspace_name or self.tr("none open")),
            ("logs", self.tr("Log file"), str(log_folder() / LOG_FILE_NAME)),
        )
        for key, label, value in rows:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.fields[key] = field
            facts.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"), self)
        self.copy_button.setToolTip(
            self.tr(
                "Versions, platform, report fonts and recent errors, for a support request. "
                "No names, paths or records."
            )
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel("", self)
        layout = QVBoxLayout(self)
        for widget in (icon, title):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(blurb)
        layout.addLayout(facts)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_diagnostics(self) -> str:
        text = diagnostics_text(qt_versions(), recent_errors())
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Diagnostics copied: paste them into your message."))
        return text

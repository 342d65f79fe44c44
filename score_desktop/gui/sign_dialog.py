"""Sign a visit report or an EIP report: the signed copies kept (a superseded one marked),
the signatures, Add signature (typed name, role, an optional drawing) and Save signed PDF.

Signing renders the report in the thread pool, then stores it with its signatures (through
the document's SignoffRepository: signatures are not edits and never undone) and writes the
signed PDF the user named. See docs/sign-off.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..document.portfolio import PortfolioDocument
from ..domain.errors import KnownProblemError
from ..domain.history import MAX_NAME_LENGTH, Person, Role
from ..domain.signoff import Signature, SignedKind, SignedReport
from .profile import role_labels
from .report_actions import ask_pdf_path
from .report_runner import ReportRunner
from .signature_pad import SignaturePad
from .tables import fit_columns

SUPERSEDED = QColor("#C0392B")
NEW_REPORT = "new"  # the list's row for signatures not saved yet, when nothing current is signed


@dataclass(frozen=True)
class SignSubject:
    """What is signed: `make_write()` gathers the records now (on the GUI thread) and returns
    the report writer, bound to them, that the thread pool runs (see services.signoff)."""

    kind: SignedKind
    subject_id: uuid.UUID
    enterprise_id: uuid.UUID
    title: str
    file_stem: str
    language: str
    make_write: Callable[[], Callable[..., object]]


def signed_when(signature: Signature) -> str:
    return signature.signed_at.strftime("%Y-%m-%d %H:%M UTC")


class SignatureDialog(QDialog):
    """One signature: name and role (the profile's, to change for another signer) and a
    drawing, optional."""

    def __init__(self, person: Person | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add signature"))
        self.name_edit = QLineEdit(person.name if person else "", self)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.role_combo = QComboBox(self)
        for role, label in role_labels().items():
            self.role_combo.addItem(label, role.value)
        if person is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(person.role.value))
        self.pad = SignaturePad(self)
        clear = QPushButton(self.tr("Clear drawing"), self)
        clear.clicked.connect(self.pad.clear)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #C0392B;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Drawn signature (optional):"), self))
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        row.addWidget(clear)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.signature: Signature | None = None

    def accept(self) -> None:
        from ..services.signoff import signature_now

        try:
            self.signature = signature_now(
                self.name_edit.text(), Role(self.role_combo.currentData()), self.pad.png()
            )
        except KnownProblemError:
            self.problem.setText(self.tr("Type the name of the person signing."))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()


class SignDialog(QDialog):
    """Signals:
    saved(str): a signed PDF was written to this path.
    """

    saved = Signal(str)

    def __init__(
        self,
        document: PortfolioDocument,
        settings: QSettings,
        subject: SignSubject,
        person: Person | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document, self.settings, self.subject, self.person = (
            document,
            settings,
            subject,
            person,
        )
        self.pending: list[Signature] = []
        self.reports: list[SignedReport] = []
        self.target: Path | None = None
        self.signature_dialog: SignatureDialog | None = None
        self.runner = ReportRunner(self)
        self.runner.finished.connect(self._on_signed)
        self.runner.failed.connect(self._show_problem)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.running_changed.connect(self._update_buttons)
        self.setWindowTitle(
            self.tr("Sign visit report")
            if subject.kind is SignedKind.VISIT
            else self.tr("Sign EIP report")
        )
        heading = QLabel(subject.title, self)
        heading.setStyleSheet("font-weight: bold;")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.copies = QListWidget(self)
        self.copies.setMaximumHeight(110)
        self.copies.currentRowChanged.connect(self._show_signatures)
        self.superseded = QLabel(self)
        self.superseded.setWordWrap(True)
        self.superseded.setTextFormat(Qt.TextFormat.PlainText)
        self.superseded.setStyleSheet("color: #C0392B;")
        self.superseded.hide()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Signed"), self.tr("Drawn")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        fit_columns(self.table, stretch=(0,))
        self.add_button = QPushButton(self.tr("Add signature…"), self)
        self.add_button.clicked.connect(self.add_signature)
        self.save_button = QPushButton(self.tr("Save signed PDF…"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Signed copies:"), self))
        layout.addWidget(self.copies)
        layout.addWidget(self.superseded)
        layout.addWidget(QLabel(self.tr("Signatures:"), self))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 460)
        self.refresh()

    # What is shown --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the signed copies again (whether an edit has superseded one is read now)."""
        try:
            self.reports = self._signoffs().signed_reports(
                self.subject.kind, self.subject.subject_id
            )
        except KnownProblemError as exc:
            self.reports = []
            self._show_problem(str(exc))
        self.copies.blockSignals(True)
        self.copies.clear()
        if self.pending and self.current() is None:
            item = QListWidgetItem(self.tr("The report as it is now: not signed yet"))
            item.setData(Qt.ItemDataRole.UserRole, NEW_REPORT)
            self.copies.addItem(item)
        for report in self.reports:
            self.copies.addItem(self._copy_item(report))
        self.copies.blockSignals(False)
        if self.copies.count() == 0:
            self.copies.addItem(QListWidgetItem(self.tr("Not signed yet")))
            self.copies.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.copies.setCurrentRow(0)
        self._show_signatures()
        self._show_superseded()
        self._update_buttons()

    def _copy_item(self, report: SignedReport) -> QListWidgetItem:
        when = report.created_at.strftime("%Y-%m-%d %H:%M UTC") if report.created_at else ""
        count = self.tr("%n signature(s)", "", len(report.signatures))
        state = self.tr("superseded") if report.superseded else self.tr("current")
        item = QListWidgetItem(f"{when} · {count} · {state}")
        item.setData(Qt.ItemDataRole.UserRole, str(report.id))
        if report.superseded:  # red, and an icon that still shows on a selected row
            item.setForeground(QBrush(SUPERSEDED))
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            item.setIcon(self.style().standardIcon(icon))
            item.setToolTip(self._superseded_text(report))
        return item

    def _show_superseded(self) -> None:
        latest = self.reports[0] if self.reports else None
        if latest is None or not latest.superseded:
            self.superseded.hide()
            return
        self.superseded.setText(
            self._superseded_text(latest)
            + " "
            + self.tr(
                "Its signed copies are kept as they were; new signatures sign the report as "
                "it is now."
            )
        )
        self.superseded.show()

    def _superseded_text(self, report: SignedReport) -> str:
        change = report.superseded_by
        if change is None:
            return ""
        return (
            self.tr("Superseded: changed after it was signed, on %1 by %2 (%3).")
            .replace("%1", change.at.strftime("%Y-%m-%d %H:%M UTC"))
            .replace("%2", change.author_name or self.tr("someone"))
            .replace("%3", change.action or change.record_kind)
        )

    def selected_report(self) -> SignedReport | None:
        item = self.copies.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.reports if str(r.id) == key), None)

    def current(self) -> SignedReport | None:
        """The newest signed copy, unless an edit superseded it: new signatures join it."""
        if self.reports and not self.reports[0].superseded:
            return self.reports[0]
        return None

    def _show_signatures(self, _row: int = -1) -> None:
        report = self.selected_report()
        shown: list[tuple[Signature, bool]] = []
        if report is not None:
            shown += [(s, False) for s in report.signatures]
        if report is None or report is self.current():
            shown += [(s, True) for s in self.pending]
        labels = role_labels()
        self.table.setRowCount(len(shown))
        for row, (signature, pending) in enumerate(shown):
            when = self.tr("not saved yet") if pending else signed_when(signature)
            drawn = self.tr("yes") if signature.drawing else ""
            cells = (signature.name, labels[signature.role], when, drawn)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if pending:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

    def _update_buttons(self, *_args) -> None:
        running = self.runner.running
        self.add_button.setEnabled(not running)
        can_save = bool(self.pending) or self.selected_report() is not None
        self.save_button.setEnabled(can_save and not running)

    # Signing --------------------------------------------------------------------------------

    def add_signature(self) -> SignatureDialog:
        dialog = SignatureDialog(self.person, self)
        dialog.accepted.connect(lambda: self._on_signature_given(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.signature_dialog = dialog
        dialog.open()
        return dialog

    def _on_signature_given(self, dialog: SignatureDialog) -> None:
        if dialog.signature is not None:
            self.pending.append(dialog.signature)
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("Signed by %1: save the signed PDF to keep it.").replace(
                    "%1", dialog.signature.name
                )
            )
            self.refresh()

    def save(self) -> None:
        """With new signatures: sign and save; without: save the selected signed copy."""
        if not self.pending and self.selected_report() is None:
            self._show_problem(self.tr("Add a signature first."))
            return
        path = ask_pdf_path(
            self, self.settings, self.tr("Save signed PDF"), f"{self.subject.file_stem}-signed"
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        from ..services import signoff

        self.target = path
        if not self.pending:
            report = self.selected_report()
            if report is not None:
                self._write_copy(report, path)
            return
        try:
            current = self.current()
            if current is None:
                write = self.subject.make_write()
                self.runner.start(
                    self.tr("Signing the report…"),
                    signoff.sign_new,
                    write,
                    list(self.pending),
                    enterprise_id=self.subject.enterprise_id,
                    kind=self.subject.kind,
                    subject_id=self.subject.subject_id,
                    report_title=self.subject.title,
                    signed_through=self._signoffs().last_sequence(),
                    language=self.subject.language,
                )
            else:
                content = self._signoffs().load_content(current)
                self.runner.start(
                    self.tr("Signing the report…"),
                    signoff.sign_again,
                    current,
                    content,
                    [*current.signatures, *self.pending],
                    self.subject.language,
                )
        except KnownProblemError as exc:
            self._show_problem(str(exc))

    def _on_signed(self, made) -> None:
        """Back from the thread pool: store, then write the file the user named."""
        words = self.tr("Sign %1").replace("%1", self.subject.title)
        try:
            with self.document.acting(words):
                self._signoffs().add_signatures(made.report, made.content, made.data, self.pending)
        except KnownProblemError as exc:
            self._show_problem(str(exc))
            self.refresh()
            return
        self.pending.clear()
        self.refresh()
        self._write(made.data)

    def _on_cancelled(self) -> None:
        self._show_problem(self.tr("Signing cancelled: nothing was saved."))

    def _write_copy(self, report: SignedReport, path: Path) -> None:
        try:
            data = self._signoffs().load_signed_pdf(report, report.signatures[-1].position)
        except KnownProblemError as exc:
            self._show_problem(str(exc))
            return
        self._write(data)

    def _write(self, data: bytes) -> None:
        from ..services.signoff import write_signed

        path = self.target
        if path is None:
            return
        try:
            write_signed(path, data)
        except OSError as exc:
            self._show_problem(
                self.tr("The signed PDF could not be written: %1").replace(
                    "%1", f"{exc.filename or ''} {exc.strerror or exc}".strip()
                )
            )
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Signed PDF saved: %1").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet("color: #C0392B;")
        self.status.setText(text)

    def _signoffs(self):
        if self.document.signoffs is None:
            raise KnownProblemError(
                QCoreApplication.translate("SignDialog", "No workspace is open.")
            )
        return self.document.signoffs

"""Create or edit an enterprise (form from ui/enterprise_dialog.ui)."""

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from ..domain.catalogues import SECTOR_SUGGESTIONS
from ..domain.enterprise import Enterprise, Headcount
from ..domain.errors import ValidationError
from .discard_guard import DiscardGuard
from .forms.ui_enterprise_dialog import Ui_EnterpriseDialog
from .i18n import translated
from .text_fields import show_from_start


class EnterpriseDialog(DiscardGuard, QDialog):
    """Shows an enterprise in the form; value() is the edited record once accepted.

    The dialog validates on OK and stays open listing the problems, so nothing typed is lost.
    """

    def __init__(self, enterprise: Enterprise | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EnterpriseDialog()
        self.ui.setupUi(self)
        self.ui.sectorCombo.addItems(SECTOR_SUGGESTIONS)
        # "garm" or "textile" finds its sector: words anywhere, not the start of the code
        completer = self.ui.sectorCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._original = enterprise or Enterprise(name="")
        self.setWindowTitle(
            self.tr("New enterprise") if enterprise is None else self.tr("Edit enterprise")
        )
        for spin in self._spins():
            spin.valueChanged.connect(self._on_headcount_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load(self._original)

    def _spins(self):
        u = self.ui
        return (u.workersWomenSpin, u.workersMenSpin, u.managersWomenSpin, u.managersMenSpin)

    def load(self, e: Enterprise) -> None:
        u = self.ui
        u.nameEdit.setText(e.name)
        u.sectorCombo.setCurrentText(e.sector)
        u.productsEdit.setText(e.products)
        u.countryEdit.setText(e.country)
        u.regionEdit.setText(e.region)
        u.addressEdit.setPlainText(e.address)
        u.buyersEdit.setText(e.main_buyers)
        u.currencyEdit.setText(e.currency)
        u.contactEdit.setText(e.contact_person)
        u.phoneEdit.setText(e.phone)
        u.emailEdit.setText(e.email)
        h = e.headcount
        for spin, value in zip(
            self._spins(),
            (h.workers_women, h.workers_men, h.managers_women, h.managers_men),
            strict=True,
        ):
            spin.setValue(value)
        u.unionCheck.setChecked(e.union_present)
        u.notesEdit.setPlainText(e.notes)
        self._on_headcount_changed()
        show_from_start(self)

    def value(self) -> Enterprise:
        u = self.ui
        return dataclasses.replace(
            self._original,
            name=u.nameEdit.text().strip(),
            sector=u.sectorCombo.currentText().strip(),
            products=u.productsEdit.text().strip(),
            country=u.countryEdit.text().strip(),
            region=u.regionEdit.text().strip(),
            address=u.addressEdit.toPlainText().strip(),
            main_buyers=u.buyersEdit.text().strip(),
            currency=u.currencyEdit.text().strip().upper(),
            contact_person=u.contactEdit.text().strip(),
            phone=u.phoneEdit.text().strip(),
            email=u.emailEdit.text().strip(),
            headcount=Headcount(*(spin.value() for spin in self._spins())),
            union_present=u.unionCheck.isChecked(),
            notes=u.notesEdit.toPlainText().rstrip(),
        )

    def is_changed(self) -> bool:
        return self.value() != self._original

    def accept(self) -> None:
        try:
            self.value().validate()
        except ValidationError as exc:
            self.ui.problemsLabel.setText("\n".join(self._messages(exc)))
            widget = {"name": self.ui.nameEdit, "email": self.ui.emailEdit}.get(
                next(iter(exc.problems))
            )
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def _messages(self, exc: ValidationError) -> list[str]:
        texts = {
            "name": self.tr("An enterprise needs a name."),
            "email": self.tr("The e-mail address is not valid."),
        }
        return [texts.get(field, translated(message)) for field, message in exc.problems.items()]

    def _on_headcount_changed(self) -> None:
        h = Headcount(*(spin.value() for spin in self._spins()))
        share = f"{100 * h.share_women:.0f}" if h.share_women is not None else "—"
        self.ui.totalLabel.setText(
            self.tr("Total: %1 people, %2 % women").replace("%1", str(h.total)).replace("%2", share)
        )

"""Create or edit a visit (form from ui/visit_dialog.ui)."""

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from ..document.portfolio import PortfolioDocument
from ..domain.catalogues import VisitType
from ..domain.errors import KnownProblemError, ValidationError
from ..domain.visit import Visit
from .discard_guard import DiscardGuard
from .forms.ui_visit_dialog import Ui_VisitDialog
from .i18n import error_text, translated
from .labels import module_label, visit_type_label
from .screen_fit import fit_to_screen
from .text_fields import show_from_start


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class VisitDialog(DiscardGuard, QDialog):
    """Shows a visit in the form; value() is the edited visit once accepted.

    A module typed into the module box that is not in the catalogue is added to it on OK.
    """

    def __init__(
        self,
        document: PortfolioDocument,
        visit: Visit,
        *,
        is_new: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, 640, 700)  # the form's size, as the screen allows
        self._document = document
        self._original = visit
        self.setWindowTitle(self.tr("New visit") if is_new else self.tr("Edit visit"))
        for visit_type in VisitType:
            self.ui.typeCombo.addItem(visit_type_label(visit_type), visit_type.value)
        for module in document.modules():
            self.ui.moduleCombo.addItem(module_label(module.title), module.code)
        self.ui.nextVisitCheck.toggled.connect(self.ui.nextVisitDateEdit.setEnabled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load(visit)

    @staticmethod
    def blank_for(document: PortfolioDocument, enterprise_id: uuid.UUID) -> Visit:
        """A new visit that continues from the last one (consultant, module, next type)."""
        previous = document.visits_of(enterprise_id)
        if not previous:
            return Visit(enterprise_id=enterprise_id, date=dt.date.today())
        last = previous[-1]
        follow_ups = [
            VisitType.INTAKE,
            VisitType.FOLLOW_UP_1,
            VisitType.FOLLOW_UP_2,
            VisitType.FOLLOW_UP_3,
        ]
        next_type = VisitType.EXTRA
        if last.visit_type in follow_ups[:-1]:
            next_type = follow_ups[follow_ups.index(last.visit_type) + 1]
        return Visit(
            enterprise_id=enterprise_id,
            date=last.next_visit_date or dt.date.today(),
            visit_type=next_type,
            module_code=last.module_code,
            consultant=last.consultant,
            inspector=last.inspector,
        )

    def load(self, v: Visit) -> None:
        u = self.ui
        u.dateEdit.setDate(to_qdate(v.date))
        u.typeCombo.setCurrentIndex(u.typeCombo.findData(v.visit_type.value))
        u.moduleCombo.setCurrentIndex(u.moduleCombo.findData(v.module_code))
        u.consultantEdit.setText(v.consultant)
        u.inspectorEdit.setText(v.inspector)
        u.attendeesEdit.setPlainText(v.attendees)
        u.objectivesEdit.setPlainText(v.objectives)
        u.observationsEdit.setPlainText(v.observations)
        u.nextStepsEdit.setPlainText(v.next_steps)
        u.nextVisitCheck.setChecked(v.next_visit_date is not None)
        u.nextVisitDateEdit.setEnabled(v.next_visit_date is not None)
        u.nextVisitDateEdit.setDate(to_qdate(v.next_visit_date or v.date + dt.timedelta(days=35)))
        show_from_start(self)

    def _module_code(self) -> str:
        combo = self.ui.moduleCombo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return combo.itemData(index)
        return "" if not text else self._document.ensure_module(text).code

    def value(self) -> Visit:
        u = self.ui
        next_visit = (
            from_qdate(u.nextVisitDateEdit.date()) if u.nextVisitCheck.isChecked() else None
        )
        return dataclasses.replace(
            self._original,
            date=from_qdate(u.dateEdit.date()),
            visit_type=VisitType(u.typeCombo.currentData()),
            module_code=self._module_code(),
            consultant=u.consultantEdit.text().strip(),
            inspector=u.inspectorEdit.text().strip(),
            attendees=u.attendeesEdit.toPlainText().strip(),
            objectives=u.objectivesEdit.toPlainText().strip(),
            observations=u.observationsEdit.toPlainText().rstrip(),
            next_steps=u.nextStepsEdit.toPlainText().rstrip(),
            next_visit_date=next_visit,
        )

    def accept(self) -> None:
        try:
            self._accepted_value = self.value()
            self._accepted_value.validate()
        except ValidationError as exc:
            texts = {
                "module_code": self.tr("Choose the SCORE module this visit belongs to."),
                "next_visit_date": self.tr("The next visit cannot be before this visit."),
            }
            self.ui.problemsLabel.setText(
                "\n".join(texts.get(f, translated(m)) for f, m in exc.problems.items())
            )
            return
        except KnownProblemError as exc:
            self.ui.problemsLabel.setText(error_text(exc))
            return
        super().accept()

    def accepted_value(self) -> Visit:
        """The visit as it was when OK was pressed (modules typed in are already added)."""
        return self._accepted_value

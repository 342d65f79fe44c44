"""File ▸ Sign visit report… and Sign EIP report… (also on a visit's context menu): what is
signed, rendered as the export dialog last chose, and the Sign dialog. Kept out of
main_window.py, which places the actions. Imports what signing needs when first asked."""

from __future__ import annotations

import datetime as dt
import functools
import uuid

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtWidgets import QWidget

from .actions import ActionId
from .profile import stored_person
from .report_actions import short_name
from .settings_keys import REPORT_LANGUAGE, REPORT_NORTH_ARROW, REPORT_PAPER, REPORT_SECTIONS


def remembered_options(settings: QSettings):
    """The options the export dialog last chose (sections, paper, language, logos)."""
    from ..domain.plan_style import PinStyle
    from ..services.reporting.options import Paper, ReportOptions, Section, report_language
    from .report_dialog import read_logos
    from .settings_keys import REPORT_PIN_STYLE

    stored = REPORT_SECTIONS.read(settings)
    known = {s.value for s in Section}
    sections = frozenset(Section(v) for v in stored or () if v in known) or frozenset(Section)
    try:
        paper, pins = Paper(REPORT_PAPER.read(settings)), PinStyle(REPORT_PIN_STYLE.read(settings))
    except ValueError:
        paper, pins = Paper.A4, PinStyle.CATEGORY
    language = REPORT_LANGUAGE.read(settings, report_language(QLocale().name()))
    logos, _problems = read_logos(settings)  # an unreadable logo is left out, as in an export
    return ReportOptions(
        sections=sections,
        paper=paper,
        language=language if language else "en",
        pin_style=pins,
        north_arrow=REPORT_NORTH_ARROW.read(settings),
        logos=tuple(logos),
    )


class SignoffActions(QObject):
    """Needs a window with `document`, `settings`, `actions`, `enterprise_panel`,
    `show_problem` and `current_enterprise_id()`."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.dialog = None
        actions = window.actions
        actions[ActionId.SIGN_VISIT_REPORT].triggered.connect(self.sign_current_visit)
        actions[ActionId.SIGN_EIP_REPORT].triggered.connect(self.sign_current_eip)

    def update_actions(self, has_visit: bool, has_enterprise: bool, busy: bool) -> None:
        actions = self.window.actions
        actions[ActionId.SIGN_VISIT_REPORT].setEnabled(has_visit and not busy)
        actions[ActionId.SIGN_EIP_REPORT].setEnabled(has_enterprise and not busy)

    def sign_current_visit(self):
        visit_id = self.window.enterprise_panel.current_visit_id()
        return self.sign_visit(visit_id) if visit_id is not None else None

    def sign_current_eip(self):
        enterprise_id = self.window.current_enterprise_id()
        return self.sign_eip(enterprise_id) if enterprise_id is not None else None

    def sign_visit(self, visit_id: uuid.UUID):
        from ..domain.signoff import SignedKind
        from ..services.signoff import signed_options, signed_title
        from .sign_dialog import SignSubject

        document, settings = self.window.document, self.window.settings
        visit = document.visit(visit_id)
        enterprise = document.enterprise(visit.enterprise_id)
        options = signed_options(remembered_options(settings))

        def make_write():
            from ..services.reporting.visit_report import write_visit_report
            from .report_content import visit_content

            now = document.enterprise(enterprise.id)
            content = visit_content(document, enterprise.id, dt.date.today())
            return functools.partial(
                write_visit_report,
                now,
                document.visit(visit_id),
                document.modules(),
                content=content,
                options=options,
            )

        subject = SignSubject(
            kind=SignedKind.VISIT,
            subject_id=visit_id,
            enterprise_id=enterprise.id,
            title=signed_title(SignedKind.VISIT, enterprise.name, visit.date, options.language),
            file_stem=f"visit-report-{short_name(enterprise.name)}-{visit.date}",
            language=options.language,
            make_write=make_write,
        )
        return self._open(subject)

    def sign_eip(self, enterprise_id: uuid.UUID):
        from ..domain.signoff import SignedKind
        from ..services.signoff import signed_options, signed_title
        from .sign_dialog import SignSubject

        document, settings = self.window.document, self.window.settings
        enterprise = document.enterprise(enterprise_id)
        options = signed_options(remembered_options(settings))
        today = dt.date.today()

        def make_write():
            from ..services.reporting.eip_report import write_eip_report
            from .report_content import visit_content

            content = visit_content(document, enterprise_id, dt.date.today())
            meetings = document.improvement.meetings_of(enterprise_id)
            return functools.partial(
                write_eip_report,
                document.enterprise(enterprise_id),
                content,
                meetings,
                options=options,
            )

        subject = SignSubject(
            kind=SignedKind.EIP,
            subject_id=enterprise_id,
            enterprise_id=enterprise_id,
            title=signed_title(SignedKind.EIP, enterprise.name, today, options.language),
            file_stem=f"EIP-{short_name(enterprise.name)}",
            language=options.language,
            make_write=make_write,
        )
        return self._open(subject)

    def _open(self, subject):
        from .sign_dialog import SignDialog

        window = self.window
        dialog = SignDialog(
            window.document, window.settings, subject, stored_person(window.settings), window
        )
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_saved(self, path: str) -> None:
        self.window.statusBar().showMessage(self.tr("Signed PDF saved: %1").replace("%1", path))

"""The Sign dialog on a workspace that received a signed report: current while nothing it
shows changed there (its log numbered otherwise than the signer's), superseded once an
edit of the inspector's own supersedes it."""

import dataclasses
import uuid

from score_desktop.document.commands import EditVisitCommand
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.domain.history import Person, Role
from score_desktop.gui.main_window import MainWindow
from score_desktop.gui.profile import store_person
from score_desktop.services.demo import seed_demo
from score_desktop.services.signoff import signature_now
from score_desktop.storage.exchange_store import SqlExchange
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.services.test_signoff import _enterprise_and_visit, sign_visit

INSPECTOR = Person("Tran Van Minh", Role.INSPECTOR, "Provincial labour inspectorate")


def received_window(qtbot, workspace, settings, tmp_path):
    """The inspector's window over a workspace holding an enterprise of its own and then
    the consultant's demo enterprise, received with its signed visit report."""
    hoa = make_laptop(tmp_path, "Hoa")
    seed_demo(hoa.repos)
    enterprise, visit = _enterprise_and_visit(hoa.repos)
    report, _ = sign_visit(hoa.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    repos = sql_repositories(workspace)
    repos.history.set_author(INSPECTOR)
    own = make_enterprise("Phuc Mechanical")
    repos.portfolio.add_enterprise(own)
    for _ in range(60):
        repos.portfolio.add_visit(make_visit(own))
    SqlExchange(workspace).merge(
        hoa.exchange.collect(enterprise.id),
        package_id=uuid.uuid4(),
        from_device=hoa.exchange.device_id(),
        from_name="Hoa",
        read_blob=hoa.exchange.read_blob,
    )
    hoa.workspace.close()
    store_person(settings, INSPECTOR)
    window = MainWindow(PortfolioDocument(sql_repositories(workspace)), settings, "inspector")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, visit.id, report


def test_a_received_signed_report_reads_current_until_edited_here(
    qtbot, workspace, settings, tmp_path
):
    window, visit_id, report = received_window(qtbot, workspace, settings, tmp_path)
    dialog = window.signoffs.sign_visit(visit_id)
    assert dialog.copies.count() == 1
    assert "1 signature · current" in dialog.copies.item(0).text()
    assert not dialog.superseded.isVisible()
    dialog.close()

    visit = window.document.visit(visit_id)
    window.document.push(
        EditVisitCommand(window.document, dataclasses.replace(visit, next_steps="Changed."))
    )
    dialog = window.signoffs.sign_visit(visit_id)
    assert "superseded" in dialog.copies.item(0).text()
    assert dialog.superseded.isVisible() and INSPECTOR.name in dialog.superseded.text()
    assert window.document.signoffs.get_signed_report(report.id).superseded

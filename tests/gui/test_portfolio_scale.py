"""The portfolio's first paint does work in proportion to the rows it shows, not to the
workspace: counted at two sizes (see benchmarks/bench_scale.py for the times)."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.document.record_index import GroupedRecords
from score_desktop.domain.enterprise import Enterprise
from score_desktop.domain.visit import Visit
from score_desktop.gui.main_window import MainWindow
from score_desktop.gui.portfolio_model import PortfolioTableModel
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories


def _workspace(path, enterprises: int):
    workspace = open_workspace(f"sqlite:///{path}")
    repos = sql_repositories(workspace)
    for n in range(enterprises):
        enterprise = Enterprise(name=f"Enterprise {n:04d}", country="Viet Nam")
        repos.portfolio.add_enterprise(enterprise)
        for k in range(2):
            repos.portfolio.add_visit(
                Visit(enterprise.id, dt.date(2026, 1 + k, 1 + n % 28), module_code="WC")
            )
    return workspace


def _work_of_first_paint(qtbot, monkeypatch, settings, workspace) -> dict[str, int]:
    counts = {"cells asked": 0, "visit lookups": 0}
    cell, lookup = PortfolioTableModel._display, GroupedRecords.of

    def counted_cell(self, enterprise, column):
        counts["cells asked"] += 1
        return cell(self, enterprise, column)

    def counted_lookup(self, grouping, key):
        counts["visit lookups"] += 1
        return lookup(self, grouping, key)

    monkeypatch.setattr(PortfolioTableModel, "_display", counted_cell)  # a cell's text
    monkeypatch.setattr(GroupedRecords, "of", counted_lookup)
    window = MainWindow(PortfolioDocument(), settings, "scale")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    counts.update({"cells asked": 0, "visit lookups": 0})
    window.document.attach(sql_repositories(workspace))
    window.repaint()
    QApplication.processEvents()
    monkeypatch.undo()
    return counts


def test_first_paint_work_grows_with_the_rows_shown_not_the_workspace(
    qtbot, monkeypatch, settings, tmp_path
):
    small = _workspace(tmp_path / "small.sqlite3", 30)
    large = _workspace(tmp_path / "large.sqlite3", 300)
    few = _work_of_first_paint(qtbot, monkeypatch, settings, small)
    many = _work_of_first_paint(qtbot, monkeypatch, settings, large)
    small.close()
    large.close()
    # ten times the enterprises; the same window shows the same ~25 rows
    for what in few:
        assert many[what] - few[what] <= 60, (what, few[what], many[what])


def test_an_enterprise_is_read_when_it_is_opened_and_its_last_visit_shown_before(
    qtbot, settings, tmp_path
):
    """At start only the enterprises are read (and each one's last visit, in one query);
    selecting one reads its visits, plans, hazards, photos, EIT/EIP and indicators."""
    workspace = _workspace(tmp_path / "w.sqlite3", 40)
    document = PortfolioDocument(sql_repositories(workspace))
    window = MainWindow(document, settings, "lazy")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sets = [document.visit_set, document.plan_set, document.hazards, document.photos]
    sets += [document.improvement, document.indicators]
    chosen = document.enterprises()[7]
    selected = window.enterprise_panel.enterprise_id  # the window opens on one enterprise
    assert selected != chosen.id
    unselected = [e for e in document.enterprises() if e.id != selected]
    assert not any(s.holds(e.id) for s in sets for e in unselected)
    model = window.portfolio_panel.table.model()
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert chosen.name in shown
    assert document.last_visit_date(chosen.id) == dt.date(2026, 2, 8)  # from the query
    window.portfolio_panel.select_enterprise(chosen.id)
    assert all(s.holds(chosen.id) for s in sets)
    assert len(document.visits_of(chosen.id)) == 2
    assert document.last_visit_date(chosen.id) == dt.date(2026, 2, 8)  # from the visits
    others = [e for e in unselected if e.id != chosen.id]
    assert not any(s.holds(e.id) for s in sets for e in others)
    workspace.close()

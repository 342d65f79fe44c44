"""Indicators over a selection of enterprises, for the programme office."""

import datetime as dt

from score_desktop.document.commands import AddEnterpriseCommand
from score_desktop.document.indicator_commands import SetEntriesCommand
from score_desktop.domain.indicators import BY_CODE, Entry, EntryKind
from score_desktop.gui.actions import ActionId
from score_desktop.gui.combo import index_of
from tests.builders import make_enterprise


def test_programme_view_averages_the_selection(qtbot, demo_window):
    document = demo_window.document
    other = make_enterprise(name="Hanoi Garments", country="Viet Nam", sector="C14")
    document.push(AddEnterpriseCommand(document, other))
    month = dt.date.today().replace(day=1)
    waste = BY_CODE["waste"]
    entries = [
        Entry.make(other.id, waste, EntryKind.MONTH, month, {"value": 1000}),
        Entry.make(other.id, waste, EntryKind.BASELINE, month, {"value": 1200}),
    ]
    document.push(SetEntriesCommand(document, other.id, entries, "Enter"))

    demo_window.actions[ActionId.PROGRAMME_INDICATORS].trigger()
    view = demo_window.improvement_tabs.programme
    assert demo_window.tabs.currentWidget() is view
    view.indicator_combo.setCurrentIndex(view.indicator_combo.findData("waste"))
    assert "2 enterprises selected; 2 with a baseline" in view.summary.text()
    view.country_combo.setCurrentIndex(index_of(view.country_combo, "Viet Nam"))
    assert view.selection() == [other.id]
    rows = {
        view.table.item(r, 0).text(): view.table.item(r, 1).text()
        for r in range(view.table.rowCount())
    }
    assert rows == {month.strftime("%Y-%m"): "1,000.00"}
    assert "-16.7 %" in view.summary.text()

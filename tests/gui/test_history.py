"""Who is using the app, a record's History, and an enterprise's activity, through the widgets."""

import csv
import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from score_desktop.document.commands import DeleteVisitCommand, EditEnterpriseCommand
from score_desktop.document.hazard_commands import RemoveHazardsCommand
from score_desktop.document.indicator_commands import SetEntriesCommand
from score_desktop.domain.history import Operation, Role
from score_desktop.domain.indicators import BY_CODE, Entry, EntryKind
from score_desktop.gui.history_dialog import HistoryDialog
from score_desktop.gui.history_format import RecordRef
from score_desktop.gui.history_values import FIELD_VALUES, LONG_VALUE, value_text
from score_desktop.gui.profile import ProfileDialog, stored_person
from score_desktop.gui.timeline_dialog import TimelineDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID


def answer_profile(qtbot, window, name: str, role: Role, organisation: str) -> ProfileDialog:
    dialog = window.history_actions.ask_person()
    qtbot.waitUntil(dialog.isVisible)
    fields = dialog.fields
    fields.name_edit.setText(name)
    fields.role_combo.setCurrentIndex(fields.role_combo.findData(role.value))
    fields.organisation_edit.setText(organisation)
    dialog.accept()
    return dialog


def test_first_start_asks_who_is_using_the_app_and_signs_later_edits(qtbot, demo_window):
    window = demo_window
    assert stored_person(window.settings) is None
    dialog = answer_profile(qtbot, window, "  Trần   Thị Mai ", Role.INSPECTOR, "DOSH Hanoi")
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    person = stored_person(window.settings)
    assert (person.name, person.role, person.organisation) == (
        "Trần Thị Mai",
        Role.INSPECTOR,
        "DOSH Hanoi",
    )
    enterprise = window.document.enterprise(DEMO_ENTERPRISE_ID)
    window.document.push(
        EditEnterpriseCommand(window.document, dataclasses.replace(enterprise, sector="Cables"))
    )
    last = window.document.history.record_history(DEMO_ENTERPRISE_ID)[-1]
    assert (last.author_id, last.author_name) == (person.id, "Trần Thị Mai")


def test_a_profile_without_a_name_stays_open_with_the_reason(qtbot, window):
    dialog = window.history_actions.ask_person()
    qtbot.waitUntil(dialog.isVisible)
    dialog.fields.name_edit.setText("   ")
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.fields.problem.isHidden()
    assert stored_person(window.settings) is None
    dialog.reject()


def test_history_dialog_lists_edit_undo_and_redo_with_old_and_new_values(qtbot, demo_window):
    window = demo_window
    answer_profile(qtbot, window, "Liu Yan", Role.CONSULTANT, "SCORE China")
    document = window.document
    old = document.enterprise(DEMO_ENTERPRISE_ID)
    document.push(EditEnterpriseCommand(document, dataclasses.replace(old, sector="Wire <&>")))
    document.undo_stack.undo()
    document.undo_stack.redo()
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    window.portfolio_panel.setFocus()
    dialog = window.history_actions.show_history()
    assert isinstance(dialog, HistoryDialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert len(rows) == 4  # newest first: redo, undo, edit, creation
    assert rows[0][1] == "Liu Yan" and rows[0][2].startswith("Changed\n(Redo: Edit enterprise")
    assert rows[0][3] == f"Sector: {old.sector} → Wire <&>"
    assert rows[1][2].startswith("Changed\n(Undo: Edit enterprise")
    assert rows[1][3] == f"Sector: Wire <&> → {old.sector}"
    assert rows[3][2].startswith("Created")
    assert "Last changed by Liu Yan" in dialog.summary.text()


def test_history_follows_the_focus_to_the_visit_list(qtbot, demo_window):
    window = demo_window
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    panel = window.enterprise_panel
    visit_id = panel.current_visit_id()
    assert visit_id is not None
    panel.visit_table.setFocus()
    qtbot.waitUntil(panel.visit_table.hasFocus)
    dialog = window.history_actions.show_history()
    assert dialog.ref.record_id == visit_id
    assert dialog.windowTitle().startswith("History of Visit")


def test_activity_filters_exports_and_restores_a_deleted_record(qtbot, demo_window, tmp_path):
    window = demo_window
    answer_profile(qtbot, window, "Wang Jun", Role.INSPECTOR, "Deyang Work Safety Bureau")
    document = window.document
    hazard = document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[0]
    visit = document.visits_of(DEMO_ENTERPRISE_ID)[-1]
    document.push(RemoveHazardsCommand(document, [hazard.id]))
    document.push(DeleteVisitCommand(document, visit.id))
    document.undo_stack.clear()  # as after a restart: beyond the undo stack
    assert not document.hazards.has(hazard.id)

    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    dialog = window.history_actions.show_activity()
    assert isinstance(dialog, TimelineDialog)
    model = dialog.model
    assert model.total > 100 and model.rowCount() == 200  # a page, more on scrolling
    dialog.person.setCurrentIndex(dialog.person.findText("Wang Jun"))
    assert model.total == 2
    dialog.kind.setCurrentIndex(dialog.kind.findData("hazards"))
    assert model.total == 1
    [change] = model.changes
    assert change.operation is Operation.DELETE
    assert model.data(model.index(0, 2)) == f"Hazard “{hazard.title}”"

    written = dialog.export_to(str(tmp_path / "activity.csv"))
    assert written == 1
    with open(tmp_path / "activity.csv", encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["operation"] for r in rows} == {"delete"}
    assert {r["person"] for r in rows} == {"Wang Jun"}
    assert any(r["field"] == "title" and r["before"] == hazard.title for r in rows)

    dialog.view.selectRow(0)
    assert dialog.restore_button.isEnabled()
    renamed = dataclasses.replace(document.enterprise(DEMO_ENTERPRISE_ID), name="Renamed")
    document.push(EditEnterpriseCommand(document, renamed))  # an edit made since
    dialog.restore_selected()
    assert document.hazards.has(hazard.id)
    assert document.undo_stack.count() == 1  # the restore reloaded nothing: undo is kept
    assert document.hazards.hazard(hazard.id) == hazard
    assert "is back" in dialog.count.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("visits"))
    dialog.view.selectRow(0)
    assert model.changes[0].operation is Operation.DELETE
    visits_shown = window.enterprise_panel.visit_model.rowCount()
    dialog.restore_selected()
    assert document.visit(visit.id) == visit
    assert window.enterprise_panel.visit_model.rowCount() == visits_shown + 1  # told as added


def test_an_indicator_values_figures_are_named_as_the_indicators_tab_names_them(qtbot, demo_window):
    """An edit of a figure carries only the figures; History and the activity name each as
    the indicators tab does, from the indicator the record's earlier changes give."""
    document = demo_window.document
    entry = document.indicators.entry(
        DEMO_ENTERPRISE_ID, "absenteeism", EntryKind.TARGET, dt.date(2026, 6, 1)
    )
    waste = document.indicators.entry(
        DEMO_ENTERPRISE_ID, "waste", EntryKind.TARGET, dt.date(2026, 6, 1)
    )
    assert entry is not None and waste is not None
    edited = [
        Entry.make(
            DEMO_ENTERPRISE_ID,
            BY_CODE["absenteeism"],
            entry.kind,
            entry.month,
            {"days_lost": 55, "possible_days": 2268},
        ),
        Entry.make(DEMO_ENTERPRISE_ID, BY_CODE["waste"], waste.kind, waste.month, {"value": 1600}),
    ]
    document.push(SetEntriesCommand(document, DEMO_ENTERPRISE_ID, edited, "Targets"))
    expected = {
        entry.id: "Figures: Days lost: 60, Possible working days: 2268"
        " → Days lost: 55, Possible working days: 2268; Value: 2.6455 → 2.425",
        waste.id: "Figures: Waste kg: 1700 → Waste kg: 1600; Value: 1700 → 1600",
    }

    for record_id, line in expected.items():
        ref = RecordRef(record_id, "Target")
        dialog = HistoryDialog(document, ref, demo_window)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 3).text() == line.replace("; ", "\n")

    demo_window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    timeline = demo_window.history_actions.show_activity()
    timeline.kind.setCurrentIndex(timeline.kind.findData("indicator_entries"))
    model = timeline.model
    details = {model.changes[row].record_id: model.data(model.index(row, 4)) for row in range(2)}
    assert details == expected


def test_a_programmes_own_indicator_names_its_figures_in_history(qtbot, demo_window):
    from score_desktop.document.indicator_commands import AddCatalogueItemCommand
    from score_desktop.domain.custom_indicators import custom_indicator, indicator_to_json
    from score_desktop.domain.indicators import Direction

    document = demo_window.document
    own = custom_indicator(
        "trainings", "Trainings held", "sessions", Direction.HIGHER_BETTER, "Sessions <b>&"
    )
    document.push(
        AddCatalogueItemCommand(document, "indicator", own.code, indicator_to_json(own), "Add")
    )
    month = dt.date(2026, 9, 1)
    for sessions in (3, 4):
        entry = Entry.make(DEMO_ENTERPRISE_ID, own, EntryKind.MONTH, month, {"value": sessions})
        document.push(SetEntriesCommand(document, DEMO_ENTERPRISE_ID, [entry], "Sessions"))
    stored = document.indicators.entry(DEMO_ENTERPRISE_ID, own.code, EntryKind.MONTH, month)
    dialog = HistoryDialog(document, RecordRef(stored.id, "Trainings"), demo_window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text().startswith("Figures: Sessions <b>&: 3 → Sessions <b>&: 4")


def test_activity_pages_in_as_the_view_scrolls(qtbot, demo_window):
    window = demo_window
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    dialog = window.history_actions.show_activity()
    model = dialog.model
    assert model.rowCount() < model.total
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == model.total
    sequences = [c.sequence for c in model.changes]
    assert sequences == sorted(sequences, reverse=True) and len(set(sequences)) == model.total
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_history_of_the_hazard_selected_in_the_plan_tab_in_front(qtbot, demo_window):
    """Without keyboard focus anywhere (the window not yet active), the tab in front says
    which record: the hazard selected in its register."""
    from score_desktop.services.demo import DEMO_PLAN_ID

    window = demo_window
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    hazard = window.document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[2]
    editor.hazards.panel.select_ids([hazard.id])
    ref = window.history_record()
    assert ref.record_id == hazard.id and hazard.title[:20] in ref.title
    editor.hazards.panel.select_ids([])
    assert window.history_record().record_id == DEMO_PLAN_ID


def test_every_recorded_field_has_words_of_its_own():
    """A new column shows in History under a translatable label, not as its name."""
    from score_desktop.gui.history_format import FIELD_LABELS
    from score_desktop.storage.history_recorder import is_recorded_class, recorded_columns
    from score_desktop.storage.schema import Base

    columns = {
        name
        for mapper in Base.registry.mappers
        if is_recorded_class(mapper.class_)
        for name in recorded_columns(mapper.class_)
    }
    assert columns - set(FIELD_LABELS) == set()


def test_the_enterprise_panel_says_who_changed_the_enterprise_last(qtbot, demo_window):
    window = demo_window
    answer_profile(qtbot, window, "Zhang Wei", Role.INSPECTOR, "Deyang Work Safety Bureau")
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    label = window.enterprise_panel.profile_labels["changed"]
    assert label.text().startswith("created ") and "last changed" not in label.text()
    old = window.document.enterprise(DEMO_ENTERPRISE_ID)
    window.document.push(
        EditEnterpriseCommand(window.document, dataclasses.replace(old, phone="+86 1"))
    )
    assert "last changed" in label.text() and "by Zhang Wei" in label.text()


def test_right_click_offers_history_on_the_lists_and_tables_of_records(qtbot, demo_window):
    from PySide6.QtCore import Qt as QtNamespace

    from score_desktop.gui.actions import ActionId
    from score_desktop.services.demo import DEMO_PLAN_ID

    window = demo_window
    history = window.actions[ActionId.HISTORY]
    views = [window.portfolio_panel.table, window.enterprise_panel.visit_table]
    views.append(window.plan_tabs.open_plan(DEMO_PLAN_ID).hazards.panel.table)
    page = window.improvement_tabs.open(DEMO_ENTERPRISE_ID)
    for panel in page.findChildren(QWidget):
        if hasattr(type(panel), "history_record"):
            views.append(getattr(panel, "table", None) or panel.grid)  # the indicator grid
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    views.append(window.enterprise_panel.gallery.list)
    assert len(views) >= 9
    for view in views:
        assert view.contextMenuPolicy() == QtNamespace.ContextMenuPolicy.ActionsContextMenu
        assert history in view.actions()


def test_structured_values_read_as_words_not_json():
    assert value_text({"likelihood": 4.0, "severity": 4.0}) == "Likelihood: 4, Severity: 4"
    controls = [
        {"text": "Interlocked guard", "level": "engineering"},
        {"text": "Lock-out training", "level": "administrative"},
    ]
    assert value_text(controls) == (
        "Interlocked guard (3 Engineering); Lock-out training (4 Administrative)"
    )
    assert value_text([[2450, 640.0], [2500.5, 700]]) == "(2450, 640); (2500.5, 700)"
    assert value_text({"text": "Note <b>&</b>"}) == "Note <b>&</b>"
    assert value_text(["a", "b"]) == "a, b"
    assert value_text(2.6455026455026456) == "2.6455"  # a rate worked out from its figures
    assert value_text(-0.5) == "-0.5" and value_text(0.00001234) == "1.234e-05"
    assert value_text(5e-05) == "5e-05" and value_text(0.123456) == "0.1235"
    assert value_text([]) == value_text({}) == value_text(None) == value_text("") == "—"
    assert value_text(True) == "yes"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES, st.sampled_from([("", ""), *FIELD_VALUES, ("indicator_entries", "indicator")]))
def test_any_stored_value_is_one_bounded_line(value, where):
    """What the change log stores (JSON): one line of at most LONG_VALUE characters, never
    an error, whatever text, controls or nesting it holds, in any field that has words."""
    text = value_text(value, *where)
    assert text and len(text) <= LONG_VALUE
    assert "\n" not in text and "\r" not in text

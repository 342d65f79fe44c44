"""A cell cut short shows its whole text when the pointer rests on it; one shown whole, none."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QToolTip

from score_desktop.gui.tables import TIP_CHARACTERS, fit_columns, tip_text


def tip_over(qtbot, table: QTableWidget, row: int, column: int) -> str:
    """The tip shown after the pointer rests on the cell ("" when none)."""
    QToolTip.hideText()  # a tip fades out: gone only some time later
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_only_a_cut_cell_shows_its_whole_text(qtbot):
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    fit_columns(table, stretch=(1,))
    names = "Wang Fang, Li Wei, Zhang Min, Chen Jie, Liu Yang, Huang Lei <b>&amp;"
    table.setItem(0, 0, QTableWidgetItem("2026-11-03"))
    table.setItem(0, 1, QTableWidgetItem(names))
    table.resize(260, 120)
    table.show()
    qtbot.waitExposed(table)
    assert tip_over(qtbot, table, 0, 1) == tip_text(names)
    assert "&lt;b&gt;&amp;amp;" in tip_over(qtbot, table, 0, 1)  # markup shown as typed
    assert tip_over(qtbot, table, 0, 0) == ""  # the date is whole
    table.resize(1400, 120)
    qtbot.waitUntil(lambda: table.columnWidth(1) > 800)
    assert tip_over(qtbot, table, 0, 1) == ""  # now shown whole


def test_a_cell_with_a_tip_of_its_own_keeps_it(qtbot):
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    fit_columns(table, stretch=(0,))
    item = QTableWidgetItem("x" * 300)
    item.setToolTip("Overdue since 2026-11-01")
    table.setItem(0, 0, item)
    table.resize(200, 100)
    table.show()
    qtbot.waitExposed(table)
    assert tip_over(qtbot, table, 0, 0) == "Overdue since 2026-11-01"


def test_a_very_long_text_is_shortened_in_its_tip():
    tip = tip_text("é" * 10_000)
    assert tip.count("é") == TIP_CHARACTERS and tip.endswith("…</p>")

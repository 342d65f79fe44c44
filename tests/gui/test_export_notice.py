"""Text stored before the text rule, exported from the window: the file holds U+FFFD where
the text held what the format cannot, and the user is told how many were replaced."""

import xml.etree.ElementTree as ET

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text as sql

from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.actions import ActionId
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.gui.main_window import MainWindow
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, seed_demo
from score_desktop.services.eip_export import COLUMNS
from score_desktop.storage.repositories import sql_repositories
from tests.gui.conftest import active_dialog


@pytest.fixture
def older_text(workspace):
    """The demo, with control characters put in by SQL, as a workspace written before the
    rule may hold them."""
    seed_demo(sql_repositories(workspace))
    with workspace.engine.begin() as connection:
        connection.execute(sql("update improvement_projects set action = 'Fit\x07 a guard'"))
        connection.execute(sql("update plan_items set label = label || '\x1b' where label != ''"))
    return workspace


def notice(qtbot) -> str:
    box = active_dialog(qtbot, QMessageBox)
    assert box.objectName() == "export_notice"
    text = box.text()
    box.accept()
    return text


def test_the_eip_export_says_how_many_characters_it_replaced(qtbot, older_text, settings, tmp_path):
    window = MainWindow(PortfolioDocument(sql_repositories(older_text)), settings, "older")
    qtbot.addWidget(window)
    window.show()
    window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    projects = window.improvement_tabs.pages[DEMO_ENTERPRISE_ID].projects
    count = len(projects.model.rows)
    assert projects.export_to(tmp_path / "eip.xlsx")
    assert f"{count} characters that the file cannot hold" in notice(qtbot)
    sheet = openpyxl.load_workbook(tmp_path / "eip.xlsx")["EIP"]
    measures = {r[COLUMNS.index("Measure")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert measures == {"Fit\ufffd a guard"}


def test_the_svg_export_is_valid_xml_and_says_what_it_replaced(qtbot, older_text, tmp_path):
    document = PortfolioDocument(sql_repositories(older_text))
    editor = PlanEditor(document.plan_document(DEMO_PLAN_ID))
    qtbot.addWidget(editor)
    labelled = sum(1 for item in editor.plan_document.items() if "\x1b" in item.label)
    path = tmp_path / "plan.svg"
    assert editor.files.export_svg(path)
    drawn = "".join(ET.parse(path).getroot().itertext())  # parses: no control characters
    assert "\ufffd" in drawn and "\x1b" not in path.read_text(encoding="utf-8")
    assert "that the file cannot hold" in notice(qtbot)
    assert labelled and list(tmp_path.glob(".plan-*")) == []

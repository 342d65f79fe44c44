"""The programme's checklist items most often answered *no*, per sector and country, over
the enterprises the programme view has selected (each enterprise's latest walk-through of
each template, counted by the database)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...document.portfolio import PortfolioDocument
from ...domain.walkthrough_review import MissedItem, most_missed
from ..text_fields import leave_on_tab

ITEM, CHECKLIST, SECTOR, COUNTRY, NOES, SHARE, ENTERPRISES = range(7)


class MostMissedTable(QTableWidget):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(0, 7, parent)
        self.document = document
        self.language = QLocale().name()
        self.found: list[MissedItem] = []
        leave_on_tab(self)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Checklist"),
                self.tr("Sector"),
                self.tr("Country"),
                self.tr("Answered no"),
                self.tr("Share of no"),
                self.tr("Enterprises"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)

    def refresh(self, enterprise_ids: list[uuid.UUID]) -> None:
        book = self.document.checklists
        tallies = book.answer_tallies(enterprise_ids) if enterprise_ids else []
        templates = book.stored_templates()
        self.found = most_missed(tallies, templates, self.language)
        self.setRowCount(len(self.found))
        for row, missed in enumerate(self.found):
            tally = missed.tally
            cells = (
                f"{tally.item_key}  {missed.text}",
                missed.template_title,
                tally.sector,
                tally.country,
                str(tally.noes),
                self.tr("%1% of %2")
                .replace("%1", str(round(missed.share * 100)))
                .replace("%2", str(tally.answered)),
                str(tally.enterprises_with_no),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= NOES:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, cell)
